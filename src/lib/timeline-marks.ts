/**
 * How each event is drawn on the timeline, and in which lane, so that marks never overlap.
 * Pure arithmetic on track positions (0–100 %), no dependencies: the build draws the marks and
 * the island reads the same layout to outline the selected event.
 *
 * - An event known to the minute or the hour is a **tick**: a moment.
 * - An event known only to the day, or to a range of days, is a **span**: a bracket over the
 *   whole window, which reads as "some time in this day / these days", never as a bar that
 *   lasted all day.
 * - Marks go in lanes, first fit in time order: a mark joins the first lane whose last mark ends
 *   before it begins (a tick reserves room either side, so it never touches a bracket's end).
 */
import { HOUR, type Interval } from './time';
import type { Status } from './vocabulary';

export type MarkShape = 'tick' | 'span';

export interface LaidOutMark {
  slug: string;
  status: Status;
  shape: MarkShape;
  /** Left edge and width of what is drawn, % of the track (width 0 for a tick). */
  left: number;
  width: number;
  lane: number;
}

export interface MarkLayout {
  marks: LaidOutMark[];
  /** Number of lanes used (at least 1). */
  lanes: number;
  /** True when `maxLanes` was reached and some marks share room (only at thousands of events). */
  crowded: boolean;
}

export interface MarkLayoutOptions {
  /** Room a tick keeps clear on each side, % of the track: 1 % is 3 px on a 320 px track. */
  tickRoom?: number;
  /** What a bracket leaves clear at each end, % of the track, so brackets on consecutive days part (4 px apart on a 300 px track). */
  spanInset?: number;
  /** Lanes stop here; further marks go in the lane that frees soonest (they may then touch). */
  maxLanes?: number;
}

export const markDefaults = { tickRoom: 1, spanInset: 0.7, maxLanes: 6 } as const;

export function markShape(interval: Interval): MarkShape {
  return interval.end - interval.start <= HOUR ? 'tick' : 'span';
}

/** Events in chronological order; `position` maps an instant to % of the track. */
export function layoutMarks(
  events: (Interval & { slug: string; status: Status })[],
  position: (time: number) => number,
  options: MarkLayoutOptions = {},
): MarkLayout {
  const { tickRoom, spanInset, maxLanes } = { ...markDefaults, ...options };
  const laneEnds: number[] = [];
  let crowded = false;
  const ordered = [...events].sort((a, b) => a.start - b.start || b.end - a.end);
  const marks = ordered.map((event): LaidOutMark => {
    const shape = markShape(event);
    const start = position(event.start);
    const end = position(event.end);
    const left = shape === 'tick' ? start : start + spanInset;
    const width = shape === 'tick' ? 0 : Math.max(0, end - start - 2 * spanInset);
    // The room a mark takes in its lane, ends included.
    const from = shape === 'tick' ? start - tickRoom : start;
    const to = shape === 'tick' ? start + tickRoom : end;
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= from + 1e-9);
    if (lane === -1 && laneEnds.length < maxLanes) lane = laneEnds.length;
    if (lane === -1) {
      crowded = true;
      lane = laneEnds.indexOf(Math.min(...laneEnds));
    }
    laneEnds[lane] = Math.max(laneEnds[lane] ?? -Infinity, to);
    return { slug: event.slug, status: event.status, shape, left, width, lane };
  });
  return { marks, lanes: Math.max(1, laneEnds.length), crowded };
}

/** Height of one lane in the track's SVG viewBox units (the SVG is one lane unit per 12 px). */
export const LANE_HEIGHT = 12;

export interface MarkPaths {
  /** Ticks: a stroke over the lane's height. */
  ticks: string;
  /** Spans' end caps: short strokes at each end of the window. */
  caps: string;
  /** Spans' lines between the caps, drawn dotted: somewhere in here. */
  lines: string;
}

/**
 * SVG path data for marks, in a viewBox 100 wide and LANE_HEIGHT per lane (drawn 1:1 in
 * height, stretched in width, with non-scaling strokes). Several marks may share one set of
 * paths (at thousands of events), so the DOM stays small.
 */
export function markPaths(marks: LaidOutMark[]): MarkPaths {
  const ticks: string[] = [];
  const caps: string[] = [];
  const lines: string[] = [];
  for (const { shape, left, width, lane } of marks) {
    const top = lane * LANE_HEIGHT + 1;
    const bottom = (lane + 1) * LANE_HEIGHT - 1;
    const x = left.toFixed(3);
    if (shape === 'tick') {
      ticks.push(`M${x} ${top}V${bottom}`);
      continue;
    }
    const right = (left + width).toFixed(3);
    caps.push(`M${x} ${top + 2}V${bottom - 2}M${right} ${top + 2}V${bottom - 2}`);
    lines.push(`M${x} ${(top + bottom) / 2}H${right}`);
  }
  return { ticks: ticks.join(''), caps: caps.join(''), lines: lines.join('') };
}
