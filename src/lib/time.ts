/**
 * Time as data with a precision: every record's `when` becomes a half-open interval of instants
 * in its own zone, so a day-only date covers its whole day instead of pretending to be noon.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, addHours, addMinutes } from 'date-fns';
import type { When } from './schema';

/** Epoch milliseconds, `end` exclusive. */
export interface Interval {
  start: number;
  end: number;
}

export const HOUR = 3_600_000;

/** The instant at a local wall-clock time (`YYYY-MM-DD`, optional `HH:mm`) in `timeZone`. */
export function localInstant(date: string, time: string | undefined, timeZone: string): TZDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = (time ?? '00:00').split(':').map(Number) as [number, number];
  return new TZDate(year, month - 1, day, hours, minutes, timeZone);
}

function splitDateTime(value: string): [string, string] {
  return value.split('T') as [string, string];
}

export function intervalOf(when: When): Interval {
  const zone = when.timeZone;
  const span = (start: TZDate, end: Date): Interval => ({
    start: start.getTime(),
    end: end.getTime(),
  });
  switch (when.precision) {
    case 'minute': {
      const start = localInstant(...splitDateTime(when.at), zone);
      return span(start, addMinutes(start, 1));
    }
    case 'hour': {
      const start = localInstant(...splitDateTime(when.at), zone);
      return span(start, addHours(start, 1));
    }
    case 'day': {
      const start = localInstant(when.date, undefined, zone);
      return span(start, addDays(start, 1));
    }
    case 'range':
      return span(
        localInstant(when.from, undefined, zone),
        addDays(localInstant(when.to, undefined, zone), 1),
      );
  }
}

/** Offset of `timeZone` at `instant`, as readers see it: "UTC+3", "UTC−4". */
export function utcOffsetLabel(instant: number, timeZone: string): string {
  const minutes = -new TZDate(instant, timeZone).getTimezoneOffset();
  const sign = minutes < 0 ? '−' : '+';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}
