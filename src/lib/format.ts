/** Reader-facing text for dates and numbers, honest about precision. */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Chrome as Dictionary } from './i18n';
import type { SourceData, When } from './schema';
import type { SourceLanguage } from './vocabulary';
import { localInstant } from './time';

function formatLocal(instant: Date, pattern: string, dict: Dictionary, timeZone: string): string {
  return format(new TZDate(instant.getTime(), timeZone), pattern, { locale: dict.dateLocale });
}

/** A calendar day in words, e.g. "mercredi 18 octobre 2023". Zone-free: it is a local day. */
export function formatDay(date: string, dict: Dictionary): string {
  return formatLocal(localInstant(date, undefined, 'UTC'), dict.formats.day, dict, 'UTC');
}

/**
 * A verbatim quote set apart (a blockquote), in the quotation marks of its own language: the
 * marks of what is quoted, whatever the page's language.
 */
const quotationMarks: Record<SourceLanguage, readonly [string, string]> = {
  fr: ['«\u00a0', '\u00a0»'],
  en: ['“', '”'],
  ar: ['«', '»'],
  de: ['„', '“'],
};
export const quotedIn = (text: string, lang: SourceLanguage) => `${quotationMarks[lang][0]}${text}${quotationMarks[lang][1]}`;

/** When an event happened, only as precisely as it is known. */
export function formatWhen(when: When, dict: Dictionary): string {
  switch (when.precision) {
    case 'minute':
    case 'hour': {
      const [date, time] = when.at.split('T') as [string, string];
      const clock = formatLocal(localInstant(date, time, 'UTC'), dict.formats.time, dict, 'UTC');
      return `${formatDay(date, dict)}, ${when.precision === 'hour' ? dict.formats.around(clock) : clock}`;
    }
    case 'day':
      return formatDay(when.date, dict);
    case 'range':
      return dict.formats.between(formatDay(when.from, dict), formatDay(when.to, dict));
  }
}

/**
 * The slider readout: a moment on the timeline in the records' zone. The midnight that ends
 * the timeline reads as the end of the last day ("Sat 21 Oct, end of day"), not as 24:00.
 */
export function formatMoment(instant: number, dict: Dictionary, timeZone: string, endOfDay = false): string {
  const local = new TZDate(instant, timeZone);
  if (endOfDay && local.getHours() === 0 && local.getMinutes() === 0) {
    return `${formatLocal(new Date(instant - 1), dict.formats.readoutDay, dict, timeZone)}, ${dict.formats.endOfDay}`;
  }
  const pattern = `${dict.formats.readoutDay}, ${dict.formats.time}`;
  return formatLocal(new Date(instant), pattern, dict, timeZone);
}

/** A day on the timeline: "Wed 18 Oct", "18 Oct" where room is short, "18" where it is shorter. */
export function formatDayTick(instant: number, dict: Dictionary, timeZone: string, room: 'long' | 'short' | 'number' = 'long'): string {
  const pattern = { long: dict.formats.dayShort, short: dict.formats.dayNarrow, number: 'd' }[room];
  return formatLocal(new Date(instant), pattern, dict, timeZone);
}

/** The `datetime` attribute for an event: only as precise as the record (a day stays a day). */
export function machineReadable(when: When, start: number): string {
  switch (when.precision) {
    case 'minute':
    case 'hour':
      return format(new TZDate(start, when.timeZone), "yyyy-MM-dd'T'HH:mmxxx");
    case 'day':
      return when.date;
    case 'range':
      return when.from;
  }
}

/** How a source is named in text: the wire first when the publisher carries its copy. */
export function sourceName(source: SourceData, dict: Dictionary): string {
  return source.via ? dict.via(source.via, source.publisher) : source.publisher;
}
