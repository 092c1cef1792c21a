/**
 * The timeline's geometry: its span from the records, a d3 time scale onto 0–100 %, day ticks
 * at local midnights and the slider's steps. How each event is drawn, and in which lane, is
 * src/lib/timeline-marks.ts.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, startOfDay } from 'date-fns';
import { scaleTime, type ScaleTime } from 'd3-scale';
import { HOUR, type Interval } from './time';

export interface TimelineSpan extends Interval {
  timeZone: string;
}

/** From the local midnight before the first event to the one after the last. */
export function timelineSpan(intervals: Interval[], timeZone: string): TimelineSpan {
  if (intervals.length === 0) throw new Error('A timeline needs at least one event');
  const first = Math.min(...intervals.map((i) => i.start));
  const last = Math.max(...intervals.map((i) => i.end));
  const start = startOfDay(new TZDate(first, timeZone));
  const lastDay = startOfDay(new TZDate(last - 1, timeZone));
  return { start: start.getTime(), end: addDays(lastDay, 1).getTime(), timeZone };
}

export type TimelineScale = ScaleTime<number, number>;

/**
 * Where an instant sits on the track, in % (clamped): the same as `timelineScale(span)(time)`
 * for the two-point domain, as plain arithmetic so the page's script need not ship d3.
 */
export function trackPosition(span: Interval, time: number): number {
  const clamped = Math.min(span.end, Math.max(span.start, time));
  return ((clamped - span.start) / (span.end - span.start)) * 100;
}

export function timelineScale(span: Interval): TimelineScale {
  return scaleTime().domain([span.start, span.end]).range([0, 100]).clamp(true);
}

/** Local midnights inside the span, the day boundaries readers think in. */
export function dayTicks(span: TimelineSpan): number[] {
  const ticks: number[] = [];
  for (let day = new TZDate(span.start, span.timeZone); day.getTime() < span.end; day = addDays(day, 1)) {
    ticks.push(day.getTime());
  }
  return ticks;
}

/** Slider positions: one per step from the start to the end of the span, both included. */
export function stepCount(span: Interval, stepMs = HOUR): number {
  return Math.round((span.end - span.start) / stepMs);
}

export function timeAtStep(span: Interval, step: number, stepMs = HOUR): number {
  return Math.min(span.end, span.start + step * stepMs);
}

export function stepAtTime(span: Interval, time: number, stepMs = HOUR): number {
  const clamped = Math.min(span.end, Math.max(span.start, time));
  return Math.round((clamped - span.start) / stepMs);
}

/** The first slider time at which the whole of an event's window has passed. */
export function timeAfter(span: Interval, interval: Interval, stepMs = HOUR): number {
  return timeAtStep(span, Math.ceil((interval.end - span.start) / stepMs), stepMs);
}

/** An event is shown once its window has opened: a day-precision event appears as its day begins. */
export function hasBegun(interval: Interval, time: number): boolean {
  return interval.start < time;
}

/** Seconds "Play" spends on each day when the story does not say: four days play in 12 s. */
const PLAY_SECONDS_PER_DAY = 3;

/**
 * How long "Play" takes to cross the whole timeline, in milliseconds: the story's setting, or
 * 3 s a day kept between 8 and 30 s, so a long story does not play for minutes.
 */
export function playDuration(settings: { play?: { seconds: number } }, span: TimelineSpan): number {
  const days = (span.end - span.start) / 86_400_000;
  const seconds = settings.play?.seconds ?? Math.min(30, Math.max(8, days * PLAY_SECONDS_PER_DAY));
  return Math.round(seconds * 1000);
}

/**
 * Room each way of labelling a day takes on the track, in CSS pixels: the weekday ("Wed 18
 * Oct"), the day and month ("18 Oct"), the day alone ("18"); the six-hourly hour labels need
 * more. The story's number of days sets where the timeline switches from one to the next.
 */
export const dayLabelRoom = { long: 104, short: 50, number: 22, hours: 120 } as const;

/**
 * The timeline's container queries for a span of `days` days: which day label shows at which
 * track width, and, when even day numbers are too many, every 2nd, 4th or 7th. CSS because the
 * track's width is only known in the browser (and without JavaScript).
 */
export function dayLabelRules(days: number): string {
  const rem = (px: number) => `${Math.round((px * days) / 16 * 100) / 100}rem`;
  const thin = [2, 4, 7].map(
    (every) =>
      `@container (max-width: ${rem(dayLabelRoom.number / every)}) { .timeline .timeline__day:not(:nth-child(${every}n+1)) .timeline__day-number { visibility: hidden; } }`,
  );
  // `.timeline` first: these come before the site's stylesheet, and must win over its defaults.
  return [
    `@container (min-width: ${rem(dayLabelRoom.hours)}) { .timeline .timeline__hours { height: 0.95rem; } .timeline .timeline__hour { visibility: visible; } }`,
    `@container (max-width: ${rem(dayLabelRoom.long)}) { .timeline .timeline__day-long { display: none; } .timeline .timeline__day-short { display: inline; } }`,
    `@container (max-width: ${rem(dayLabelRoom.short)}) { .timeline .timeline__day-short { display: none; } .timeline .timeline__day-number { display: inline; } }`,
    ...thin,
  ].join('\n');
}
