/**
 * Country names and codes. Natural Earth (world-atlas) identifies countries by ISO 3166-1
 * numeric code and names them in English; other languages come from the runtime's CLDR data.
 */
import countries from 'i18n-iso-countries';
import type { Lang } from '../schema';

/** The ISO 3166-1 alpha-2 code of a Natural Earth feature id (numeric code), if it has one. */
export const alpha2OfNumeric = (id: string | number | undefined): string | undefined =>
  id === undefined ? undefined : countries.numericToAlpha2(String(id).padStart(3, '0'));

/** A country's name in a language, e.g. ("IQ", "fr") → "Irak". */
export function countryName(code: string, lang: Lang): string {
  return new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' }).of(code) ?? code;
}
