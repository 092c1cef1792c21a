/**
 * The explorer's state and its transitions, without the DOM: the island holds one state, turns
 * the reader's gestures into actions, and renders what `reduce` returns. What can be computed
 * from the state (the events the filters show, how many have begun) is computed, never stored.
 * The URL's keys are bound to this state in src/lib/url-state.ts.
 */
import type { ExplorerData, ExplorerEvent } from './explorer-data';
import { matchesFilters, normalizeFilter, type Filters } from './filters';
import { hasBegun, stepAtTime, stepCount, timeAfter, timeAtStep, type TimelineSpan } from './timeline';
import type { MapView } from './url-state';
import { statuses } from './vocabulary';

export interface ExplorerState {
  /** Slider time, epoch ms, on one of the slider's steps. */
  time: number;
  /** Slug of the selected event, one the filters show. */
  selected: string | undefined;
  filters: Filters;
  /** Map centre and zoom, once the reader has moved the map; undefined frames the events. */
  view: MapView | undefined;
  listShown: boolean;
  playing: boolean;
}

/** What the transitions read but never change: the page's events and choices. */
export interface ExplorerContext {
  span: TimelineSpan;
  /** In chronological order. */
  events: ExplorerEvent[];
  eventBySlug: ReadonlyMap<string, ExplorerEvent>;
  /** Every value each filter offers. */
  choices: { [K in keyof Filters]-?: readonly string[] };
  /** The explorer page shows the list; embeds open compact unless asked. */
  listByDefault: boolean;
  /** Time between two steps of play. */
  playStepMs: number;
}

export function explorerContext(
  data: Pick<ExplorerData, 'span' | 'events' | 'sites' | 'weapons'>,
  options: { listByDefault: boolean; playStepMs: number },
): ExplorerContext {
  return {
    span: data.span,
    events: data.events,
    eventBySlug: new Map(data.events.map((e) => [e.slug, e])),
    choices: { sites: data.sites.map((b) => b.id), weapons: data.weapons.map((w) => w.id), statuses },
    listByDefault: options.listByDefault,
    playStepMs: options.playStepMs,
  };
}

/** The explorer with nothing chosen: the end of the span, every event, the page's list. */
export function initialState(context: ExplorerContext): ExplorerState {
  return { time: context.span.end, selected: undefined, filters: {}, view: undefined, listShown: context.listByDefault, playing: false };
}

export type ExplorerAction =
  /** `moveTime` moves the slider to just after the event even when it has begun. */
  | { type: 'select'; slug: string; moveTime?: boolean }
  | { type: 'deselect' }
  /** Previous / next event among those the filters show. */
  | { type: 'step'; direction: 1 | -1 }
  | { type: 'setTime'; time: number }
  /** `animate: false` (reduced motion) goes straight to the end. */
  | { type: 'play'; animate: boolean }
  | { type: 'pause' }
  | { type: 'tick' }
  | { type: 'filter'; filters: Filters }
  | { type: 'resetFilters' }
  | { type: 'clickBase'; siteId: string }
  | { type: 'setView'; view: MapView | undefined }
  | { type: 'toggleList' };

/** The slider's step nearest to `time`. */
export function snapTime(context: ExplorerContext, time: number): number {
  return timeAtStep(context.span, stepAtTime(context.span, time));
}

/** The events the filters show, in chronological order. */
export function visibleEvents(context: ExplorerContext, filters: Filters): ExplorerEvent[] {
  const { sites, weapons, statuses } = filters;
  return sites || weapons || statuses ? context.events.filter((e) => matchesFilters(e, filters)) : context.events;
}

/** How many of `events` (in chronological order) have begun at `time`: a binary search. */
export function countBegun(events: readonly ExplorerEvent[], time: number): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (hasBegun(events[middle]!, time)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Filters as the state keeps them: a filter naming a value the page does not offer is dropped,
 * and one that lets everything through is no filter (so URLs stay minimal).
 */
export function normalizeFilters(filters: Filters, context: ExplorerContext): Filters {
  const normalized: Filters = {};
  for (const name of Object.keys(context.choices) as (keyof Filters)[]) {
    const chosen = filters[name] as string[] | undefined;
    const all = context.choices[name];
    if (chosen && chosen.every((value) => all.includes(value))) {
      (normalized as Record<string, string[] | undefined>)[name] = normalizeFilter([...new Set(chosen)], all);
    }
  }
  return normalized;
}

/** An event the filters hide cannot stay selected. */
export function withoutHiddenSelection(state: ExplorerState, context: ExplorerContext): ExplorerState {
  const event = state.selected === undefined ? undefined : context.eventBySlug.get(state.selected);
  return state.selected !== undefined && !(event && matchesFilters(event, state.filters)) ? { ...state, selected: undefined } : state;
}

/** A link to (or a choice of) an event always shows that event, whatever time it carries. */
export function showingSelected(state: ExplorerState, context: ExplorerContext): ExplorerState {
  const event = state.selected === undefined ? undefined : context.eventBySlug.get(state.selected);
  return event && !hasBegun(event, state.time) ? { ...state, time: timeAfter(context.span, event) } : state;
}

/**
 * Clicking a base selects its latest event shown (filtered in and begun); clicking again steps
 * back through the others, and from the earliest round to the latest.
 */
function eventToSelectAt(state: ExplorerState, context: ExplorerContext, siteId: string): string | undefined {
  const here = visibleEvents(context, state.filters).filter((e) => e.siteId === siteId && hasBegun(e, state.time));
  const current = here.findIndex((e) => e.slug === state.selected);
  return (current > 0 ? here[current - 1] : here[here.length - 1])?.slug;
}

function select(state: ExplorerState, context: ExplorerContext, slug: string, moveTime = false): ExplorerState {
  const event = context.eventBySlug.get(slug);
  if (!event) return state;
  const selected = { ...state, selected: slug };
  return moveTime ? { ...selected, time: timeAfter(context.span, event) } : showingSelected(selected, context);
}

export function reduce(state: ExplorerState, action: ExplorerAction, context: ExplorerContext): ExplorerState {
  const { span } = context;
  switch (action.type) {
    case 'select':
      return select(state, context, action.slug, action.moveTime);
    case 'deselect':
      return { ...state, selected: undefined };
    case 'step': {
      const visible = visibleEvents(context, state.filters);
      const index = visible.findIndex((e) => e.slug === state.selected);
      const first = action.direction === 1 ? visible[0] : visible[visible.length - 1];
      const next = index === -1 ? first : visible[index + action.direction];
      return next ? select(state, context, next.slug, true) : state;
    }
    case 'setTime':
      return { ...state, time: snapTime(context, action.time), playing: false };
    case 'play': {
      if (!action.animate) return { ...state, time: span.end, playing: false };
      return { ...state, time: state.time >= span.end ? span.start : state.time, playing: true };
    }
    case 'pause':
      return { ...state, playing: false };
    case 'tick': {
      if (!state.playing) return state;
      const time = timeAtStep(span, Math.min(stepCount(span), stepAtTime(span, state.time) + 1));
      return { ...state, time, playing: time < span.end };
    }
    case 'filter':
      return withoutHiddenSelection({ ...state, filters: normalizeFilters(action.filters, context) }, context);
    case 'resetFilters':
      return { ...state, filters: {} };
    case 'clickBase': {
      const slug = eventToSelectAt(state, context, action.siteId);
      return slug ? select(state, context, slug) : state;
    }
    case 'setView':
      return { ...state, view: action.view };
    case 'toggleList':
      return { ...state, listShown: !state.listShown };
  }
}
