/**
 * The timeline's geometry: its span from the records, a d3 time scale onto 0–100 %, day ticks
 * at local midnights and one mark per event (a band when the event is an interval).
 */
import { TZDate } from '@date-fns/tz';
import { addDays, startOfDay } from 'date-fns';
import { scaleTime, type ScaleTime } from 'd3-scale';
import type { Status } from './schema';
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

export interface TimelineMark {
  /** Left edge, % of the track. */
  left: number;
  /** Width, % of the track; 0 for an event known to the minute or hour (drawn as a point). */
  width: number;
}

export function markFor(interval: Interval, scale: TimelineScale): TimelineMark {
  const left = scale(interval.start);
  const isPoint = interval.end - interval.start <= HOUR;
  return { left, width: isPoint ? 0 : scale(interval.end) - left };
}

/** Height of the track's SVG viewBox; its width is the scale's 0–100 range. */
export const TRACK_HEIGHT = 10;

export interface TrackPath {
  status: Status;
  /** Events known to the hour or better: vertical strokes (drawn with a non-scaling stroke). */
  points: string;
  /** Events known to the day or a range of days: filled bands over their whole window. */
  bands: string;
}

/**
 * Every event on the track as one pair of SVG paths per status, so the DOM stays the same size
 * whether there are seven events or ten thousand.
 */
export function trackPaths(events: (Interval & { status: Status })[], scale: TimelineScale): TrackPath[] {
  const paths = new Map<Status, { points: string[]; bands: string[] }>();
  for (const event of events) {
    const { left, width } = markFor(event, scale);
    const path = paths.get(event.status) ?? { points: [], bands: [] };
    paths.set(event.status, path);
    if (width === 0) path.points.push(`M${left.toFixed(3)} 0V${TRACK_HEIGHT}`);
    else path.bands.push(`M${left.toFixed(3)} 0h${width.toFixed(3)}v${TRACK_HEIGHT}h${(-width).toFixed(3)}z`);
  }
  return [...paths].map(([status, p]) => ({ status, points: p.points.join(''), bands: p.bands.join('') }));
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
