/**
 * The explorer's query string, declared once: each key with its reader and writer, and the piece
 * of the explorer's state (src/lib/explorer-state.ts) it carries. Readers return undefined for
 * anything malformed, so a garbled link opens the default view.
 */
import {
  initialState,
  normalizeFilters,
  showingSelected,
  snapTime,
  withoutHiddenSelection,
  type ExplorerContext,
  type ExplorerState,
} from './explorer-state';
import type { Filters } from './filters';
import { statuses, type Status } from './vocabulary';

export interface MapView {
  lon: number;
  lat: number;
  zoom: number;
}

export interface UrlState {
  /** Slider time, epoch ms; written as a UTC instant to the minute, e.g. 2023-10-19T11:00Z. */
  time: number;
  /** Slug of the selected event. */
  event: string;
  /** Filters: only these sites, weapons, statuses (absent = all). The URL says `bases`, the readers' word. */
  sites: string[];
  /** Weapon ids: checked against the explorer's own when read into its state. */
  weapons: string[];
  statuses: Status[];
  /** Map centre and zoom, once the reader has moved the map. */
  view: MapView;
  /** false hides the list (embeds that need to stay short). */
  list: boolean;
}

interface KeySpec<V> {
  key: string;
  parse: (raw: string) => V | undefined;
  format: (value: V) => string;
  /** The key's value in an explorer state; undefined for the default, which is not written. */
  get: (state: ExplorerState, context: ExplorerContext) => V | undefined;
  /** The state given the key's value, or its default when the URL has none. */
  set: (state: ExplorerState, value: V | undefined, context: ExplorerContext) => ExplorerState;
}

const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/;
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isSlug = (raw: string): raw is string => slugPattern.test(raw) && raw.length <= 120;

/** A comma-separated list of allowed values; anything unknown makes the whole key ignored. */
function listOf<T extends string>(accepts: (raw: string) => raw is T): KeySpec<T[]>['parse'] {
  return (raw) => {
    const items = raw.split(',');
    return items.length > 0 && items.length <= 50 && items.every(accepts) ? [...new Set(items)] : undefined;
  };
}
const oneOf =
  <T extends string>(values: readonly T[]) =>
  (raw: string): raw is T =>
    (values as readonly string[]).includes(raw);

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** A filter key: its values are checked against the page's choices once all keys are read. */
const filterBinding = <K extends keyof Filters>(name: K) => ({
  get: (state: ExplorerState) => state.filters[name],
  set: (state: ExplorerState, value: Filters[K] | undefined) => ({ ...state, filters: { ...state.filters, [name]: value } }),
});

export const urlKeys: { [K in keyof UrlState]: KeySpec<UrlState[K]> } = {
  time: {
    key: 't',
    parse: (raw) => {
      if (!instantPattern.test(raw)) return undefined;
      const time = Date.parse(raw);
      return Number.isNaN(time) || `${new Date(time).toISOString().slice(0, 16)}Z` !== raw ? undefined : time;
    },
    format: (time) => `${new Date(time).toISOString().slice(0, 16)}Z`,
    get: (state, { span }) => (state.time === span.end ? undefined : state.time),
    set: (state, time, context) => ({ ...state, time: snapTime(context, time ?? context.span.end) }),
  },
  event: {
    key: 'event',
    parse: (raw) => (isSlug(raw) ? raw : undefined),
    format: (slug) => slug,
    get: (state) => state.selected,
    set: (state, slug, { eventBySlug }) => ({ ...state, selected: slug && eventBySlug.has(slug) ? slug : undefined }),
  },
  sites: { key: 'bases', parse: listOf(isSlug), format: (ids) => ids.join(','), ...filterBinding('sites') },
  weapons: {
    key: 'weapons',
    parse: listOf(isSlug),
    format: (ids) => ids.join(','),
    // Any slug here: stateFromUrl keeps only the weapons the page offers.
    ...(filterBinding('weapons') as Pick<KeySpec<string[]>, 'get' | 'set'>),
  },
  statuses: { key: 'status', parse: listOf(oneOf(statuses)), format: (values) => values.join(','), ...filterBinding('statuses') },
  view: {
    key: 'view',
    parse: (raw) => {
      const parts = raw.split(',');
      if (parts.length !== 3 || !parts.every((p) => /^-?\d+(\.\d+)?$/.test(p))) return undefined;
      const [lon, lat, zoom] = parts.map(Number) as [number, number, number];
      const valid = Math.abs(lon) <= 180 && Math.abs(lat) <= 85 && zoom >= 0 && zoom <= 22;
      return valid ? { lon, lat, zoom } : undefined;
    },
    format: ({ lon, lat, zoom }) => `${round(lon, 4)},${round(lat, 4)},${round(zoom, 2)}`,
    get: (state) => state.view,
    set: (state, view) => ({ ...state, view }),
  },
  list: {
    key: 'list',
    parse: (raw) => (raw === '0' ? false : raw === '1' ? true : undefined),
    format: (shown) => (shown ? '1' : '0'),
    get: (state, { listByDefault }) => (state.listShown === listByDefault ? undefined : state.listShown),
    set: (state, shown, { listByDefault }) => ({ ...state, listShown: shown ?? listByDefault }),
  },
};

const keyNames = Object.keys(urlKeys) as (keyof UrlState)[];

export function parseUrlState(search: string): Partial<UrlState> {
  const params = new URLSearchParams(search);
  const state: Partial<UrlState> = {};
  for (const name of keyNames) {
    const raw = params.get(urlKeys[name].key);
    const value = raw === null ? undefined : urlKeys[name].parse(raw);
    if (value !== undefined) (state as Record<string, unknown>)[name] = value;
  }
  return state;
}

/** "?t=…&event=…" for the keys present, or "" when there are none. */
export function formatUrlState(state: Partial<UrlState>): string {
  const params = new URLSearchParams();
  for (const name of keyNames) {
    const value = state[name];
    if (value !== undefined) params.set(urlKeys[name].key, (urlKeys[name].format as (v: unknown) => string)(value));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The explorer's state for a query string: each key's piece, or its default. */
export function stateFromUrl(search: string, context: ExplorerContext): ExplorerState {
  const values = parseUrlState(search);
  const state = keyNames.reduce(
    (state, name) => (urlKeys[name].set as KeySpec<unknown>['set'])(state, values[name], context),
    initialState(context),
  );
  const filtered = { ...state, filters: normalizeFilters(state.filters, context) };
  return showingSelected(withoutHiddenSelection(filtered, context), context);
}

/** The query string for an explorer state: only the keys away from their defaults. */
export function urlFromState(state: ExplorerState, context: ExplorerContext): string {
  const values: Partial<Record<keyof UrlState, unknown>> = {};
  for (const name of keyNames) values[name] = urlKeys[name].get(state, context);
  return formatUrlState(values as Partial<UrlState>);
}
