/** Strict checks for the date strings records use; no Date parsing, so nothing rolls over. */

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTimePattern = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` naming a day that exists (so not `2023-13-45` nor `2023-02-29`). */
export function isCalendarDate(value: string): boolean {
  const match = datePattern.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** `YYYY-MM-DDTHH:mm` with a real day and a real wall-clock time. */
export function isLocalDateTime(value: string): boolean {
  const match = dateTimePattern.exec(value);
  if (!match) return false;
  const [, date, hours, minutes] = match as unknown as [string, string, string, string];
  return isCalendarDate(date) && Number(hours) < 24 && Number(minutes) < 60;
}

/**
 * A wall-clock time as editors type it or spreadsheets export it: `21:30`, `9:30` or `21:30:00`
 * → `21:30`; undefined when it is not a real time. `npm run new` and `npm run import` both read
 * times with this, so they accept the same ones.
 */
export function normalizeTime(value: string): string | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::00)?$/.exec(value.trim());
  if (!match) return undefined;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  return hours < 24 && minutes < 60 ? `${String(hours).padStart(2, '0')}:${match[2]}` : undefined;
}
