import { describe, expect, it } from 'vitest';
import { intervalOf, utcOffsetLabel } from './time';

const baghdad = { timeZone: 'Asia/Baghdad' as const, otherDates: [] };
const iso = (ms: number) => new Date(ms).toISOString();

describe('intervalOf', () => {
  it('makes a day-only date cover the whole local day, not noon', () => {
    const { start, end } = intervalOf({ precision: 'day', date: '2023-10-21', ...baghdad });
    expect(iso(start)).toBe('2023-10-20T21:00:00.000Z');
    expect(iso(end)).toBe('2023-10-21T21:00:00.000Z');
  });

  it('reads an exact time as Baghdad wall-clock time (UTC+3)', () => {
    const { start, end } = intervalOf({ precision: 'minute', at: '2023-10-18T12:18', ...baghdad });
    expect(iso(start)).toBe('2023-10-18T09:18:00.000Z');
    expect(end - start).toBe(60_000);
  });

  it('gives an hour-precision time the whole hour', () => {
    const { start, end } = intervalOf({ precision: 'hour', at: '2023-10-19T21:00', ...baghdad });
    expect(iso(start)).toBe('2023-10-19T18:00:00.000Z');
    expect(end - start).toBe(3_600_000);
  });

  it('spans a range from the first day’s start to the last day’s end', () => {
    const { start, end } = intervalOf({ precision: 'range', from: '2023-10-19', to: '2023-10-20', ...baghdad });
    expect(iso(start)).toBe('2023-10-18T21:00:00.000Z');
    expect(iso(end)).toBe('2023-10-20T21:00:00.000Z');
  });
});

describe('utcOffsetLabel', () => {
  it('names the offset readers need to convert times', () => {
    const instant = Date.UTC(2023, 9, 18, 12);
    expect(utcOffsetLabel(instant, 'Asia/Baghdad')).toBe('UTC+3');
    expect(utcOffsetLabel(instant, 'America/New_York')).toBe('UTC−4');
    expect(utcOffsetLabel(instant, 'Asia/Kolkata')).toBe('UTC+5:30');
  });
});
