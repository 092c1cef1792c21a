/** What an event's Open Graph card shows, and how pages point to it. */
import { formatWhen } from '../format';
import { absoluteUrl, ogImagePath } from '../permalinks';
import type { AttackRecord, RecordSet } from '../records';
import type { Lang } from '../schema';
import type { ReferencePlace } from '../geo/places';
import { hasSharingPages } from '../sharing';
import { OG_HEIGHT, OG_WIDTH, type OgCard } from './card';

export function eventOgCard(record: AttackRecord, records: RecordSet, lang: Lang, places: ReferencePlace[]): OgCard {
  const dict = records.dictionaries[lang];
  const { attack, site } = record;
  return {
    kicker: dict.kicker,
    title: attack.title[lang],
    place: site.data.name[lang],
    when: formatWhen(attack.when, dict),
    precision: dict.precision[attack.when.precision],
    status: attack.status,
    statusLabel: dict.status[attack.status],
    credit: dict.siteName,
    sites: records.sites.map((s) => ({ id: s.id, name: s.data.shortName[lang], lon: s.data.position.lon, lat: s.data.position.lat })),
    highlight: site.id,
    lang,
    places,
  };
}

/** The `image` of an event page's sharing metadata, or undefined when it has no card. */
export function eventOgImage(record: AttackRecord, records: RecordSet, lang: Lang, address: URL | string, base: string) {
  if (!hasSharingPages(record)) return undefined;
  return {
    url: absoluteUrl(address, ogImagePath(base, lang, record.slug)),
    alt: records.dictionaries[lang].ogImageAlt(records.dictionaries[lang].mapName, record.site.data.shortName[lang], record.attack.title[lang]),
    width: OG_WIDTH,
    height: OG_HEIGHT,
  };
}
