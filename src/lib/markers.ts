/**
 * What a base marker shows at a moment, and how it is drawn: the same SVG on the static map and
 * on the interactive one (an HTML marker), so the two never disagree.
 *
 * A base's marker is a neutral circle whose area grows with the number of events begun there,
 * with one small mark per event on its rim, each in its status's colour and shape (theme.ts):
 * a base with two confirmed events, one disputed and one false alarm shows all four, never one
 * event's status for all.
 */
import type { Status } from './vocabulary';
import { hasBegun } from './timeline';
import type { Interval } from './time';
import { palette, statusStyle } from './theme';
import { statuses } from './vocabulary';

export interface MarkerEvent extends Interval {
  siteId: string;
  status: Status;
}

export type StatusCounts = Record<Status, number>;

export interface BaseState {
  count: number;
  /** Events begun at the base, by status. */
  byStatus: StatusCounts;
}

export const emptyCounts = (): StatusCounts => ({ confirmed: 0, disputed: 0, unconfirmed: 0, 'false-alarm': 0 });

/** Smallest circle drawn (a base with no event yet), in CSS pixels. */
export const MIN_RADIUS = 5;
/** Largest circle, for the base with the most events. */
export const MAX_RADIUS = 22;
/** Radius of one event's mark on the rim. */
export const MARK_RADIUS = 5.5;

/**
 * Marker area grows with the count, so the radius follows its square root (d3's scaleSqrt over
 * [0, maxCount], written out: the page script ships without d3-scale).
 */
export function baseMarkerScale(maxCount: number, maxRadius = MAX_RADIUS): (count: number) => number {
  const max = Math.max(1, maxCount);
  return (count) => maxRadius * Math.sqrt(Math.max(0, count) / max);
}

/** Per base id; events that have not begun at `time` are left out. */
export function siteStatesAt(events: MarkerEvent[], time: number, siteIds: string[]): Map<string, BaseState> {
  const states = new Map<string, BaseState>(siteIds.map((id) => [id, { count: 0, byStatus: emptyCounts() }]));
  for (const event of events) {
    if (!hasBegun(event, time)) continue;
    const state = states.get(event.siteId);
    if (state) {
      state.count += 1;
      state.byStatus[event.status] += 1;
    }
  }
  return states;
}

export function maxEventsPerSite(events: MarkerEvent[]): number {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.siteId, (counts.get(e.siteId) ?? 0) + 1);
  return Math.max(0, ...counts.values());
}

export interface Mark {
  status: Status;
  x: number;
  y: number;
  r: number;
}

/** The circle's radius for a count: never below MIN_RADIUS, so an empty base stays visible. */
export const circleRadius = (scale: (n: number) => number, count: number) => Math.max(MIN_RADIUS, scale(count));

/**
 * One mark per event on the circle's rim, clockwise from the top, grouped by status in the
 * legend's order. Marks shrink when many share a rim, so they never overlap one another.
 */
export function eventMarks(byStatus: StatusCounts, radius: number): Mark[] {
  const list = statuses.flatMap((status) => Array.from({ length: byStatus[status] }, () => status));
  const n = list.length;
  if (n === 0) return [];
  // Room on the rim for each mark, with a 1 px gap.
  const r = n === 1 ? MARK_RADIUS : Math.min(MARK_RADIUS, Math.max(2, Math.sin(Math.PI / n) * radius - 1));
  return list.map((status, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return { status, r, x: round(radius * Math.cos(angle)), y: round(radius * Math.sin(angle)) };
  });
}

const round = (v: number) => Math.round(v * 100) / 100;

/** Half the width of the drawn marker: the circle, its marks and the selection ring. */
export const markerExtent = (radius: number, selected = false) => radius + MARK_RADIUS + (selected ? 5 : 1.5);

/** One status mark as SVG, as in the legend (StatusIcon): filled, dot, ring, cross. */
export function markSvg({ status, x, y, r }: Mark): string {
  const { colour, shape } = statusStyle[status];
  const halo = `stroke="${palette.paper}" stroke-width="1.5"`;
  switch (shape) {
    case 'filled':
      return `<circle cx="${x}" cy="${y}" r="${r}" fill="${colour}" ${halo}/>`;
    case 'dot':
      return `<circle cx="${x}" cy="${y}" r="${r}" fill="${colour}" ${halo}/><circle cx="${x}" cy="${y}" r="${round(r * 0.4)}" fill="${palette.paper}"/>`;
    case 'ring':
      return `<circle cx="${x}" cy="${y}" r="${round(r - 1)}" fill="${palette.paper}" stroke="${colour}" stroke-width="${round(r * 0.5)}"/>`;
    case 'cross': {
      const a = round(r * 0.5);
      return `<circle cx="${x}" cy="${y}" r="${round(r - 0.5)}" fill="${palette.paper}" stroke="${colour}" stroke-width="1.5"/><path d="M${round(x - a)} ${round(y - a)}l${2 * a} ${2 * a}m0 ${-2 * a}l${-2 * a} ${2 * a}" stroke="${colour}" stroke-width="1.6" stroke-linecap="round"/>`;
    }
  }
}

/**
 * The whole marker as an `<svg>` element's markup, centred on the base: the size circle (dashed
 * for a base whose position is approximate), a dot at the exact point, the event marks, and a
 * ring when one of its events is selected.
 */
export function markerSvg(
  state: BaseState,
  scale: (n: number) => number,
  { selected = false, approximate = false, quiet = false }: { selected?: boolean; approximate?: boolean; quiet?: boolean } = {},
): string {
  const radius = circleRadius(scale, state.count);
  const half = Math.ceil(markerExtent(radius, true));
  const size = 2 * half;
  const circle = `<circle r="${round(radius)}" fill="${palette.paper}" fill-opacity="0.75" stroke="${quiet ? palette.muted : palette.ink}" stroke-width="1.25"${approximate ? ' stroke-dasharray="3 2"' : ''}/>`;
  const centre = `<circle r="1.5" fill="${quiet ? palette.muted : palette.ink}"/>`;
  const marks = quiet ? '' : eventMarks(state.byStatus, radius).map(markSvg).join('');
  const ring = selected
    ? `<circle r="${round(radius + MARK_RADIUS + 3)}" fill="none" stroke="${palette.ink}" stroke-width="2"/>`
    : '';
  return `<svg class="marker" width="${size}" height="${size}" viewBox="${-half} ${-half} ${size} ${size}" aria-hidden="true" focusable="false">${circle}${centre}${marks}${ring}</svg>`;
}

/** "Ain al-Asad: 4 events — 2 confirmed, 1 disputed, 1 false alarm": tooltip and accessible name. */
export function siteSummary(
  name: string,
  state: BaseState,
  words: { atSite: (n: number) => string; statusCount: (status: Status, n: number) => string },
): string {
  const parts = statuses.filter((s) => state.byStatus[s] > 0).map((s) => words.statusCount(s, state.byStatus[s]));
  return `${name}: ${words.atSite(state.count)}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}
