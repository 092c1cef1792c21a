/** What a base marker shows at a moment: how many events have begun there and the latest status. */
import { scaleSqrt, type ScalePower } from 'd3-scale';
import type { Status } from './schema';
import { hasBegun } from './timeline';
import type { Interval } from './time';

export interface MarkerEvent extends Interval {
  siteId: string;
  status: Status;
}

export interface BaseState {
  count: number;
  /** Status of the latest event begun at the base, or null before any. */
  status: Status | null;
}

/** Marker area grows with the count, so the radius follows its square root. */
export function baseMarkerScale(maxCount: number, maxRadius = 22): ScalePower<number, number> {
  return scaleSqrt().domain([0, Math.max(1, maxCount)]).range([0, maxRadius]);
}

/** Per base id; `events` must be in chronological order. */
export function baseStatesAt(events: MarkerEvent[], time: number, siteIds: string[]): Map<string, BaseState> {
  const states = new Map<string, BaseState>(siteIds.map((id) => [id, { count: 0, status: null }]));
  for (const event of events) {
    if (!hasBegun(event, time)) continue;
    const state = states.get(event.siteId);
    if (state) {
      state.count += 1;
      state.status = event.status;
    }
  }
  return states;
}

export function maxEventsPerBase(events: MarkerEvent[]): number {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.siteId, (counts.get(e.siteId) ?? 0) + 1);
  return Math.max(0, ...counts.values());
}
