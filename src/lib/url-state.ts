/**
 * The explorer's query string, declared once: each key with its reader and writer.
 * Readers return undefined for anything malformed, so a garbled link opens the default view.
 */
import { statuses, weaponKinds, type Status, type WeaponKind } from './vocabulary';

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
  /** Filters: only these bases, weapons, statuses (absent = all). */
  bases: string[];
  weapons: WeaponKind[];
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
}

const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/;
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isSlug = (raw: string) => slugPattern.test(raw) && raw.length <= 120;

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

export const urlKeys: { [K in keyof UrlState]: KeySpec<UrlState[K]> } = {
  time: {
    key: 't',
    parse: (raw) => {
      if (!instantPattern.test(raw)) return undefined;
      const time = Date.parse(raw);
      return Number.isNaN(time) || `${new Date(time).toISOString().slice(0, 16)}Z` !== raw ? undefined : time;
    },
    format: (time) => `${new Date(time).toISOString().slice(0, 16)}Z`,
  },
  event: { key: 'event', parse: (raw) => (isSlug(raw) ? raw : undefined), format: (slug) => slug },
  bases: { key: 'bases', parse: listOf((raw): raw is string => isSlug(raw)), format: (ids) => ids.join(',') },
  weapons: { key: 'weapons', parse: listOf(oneOf(weaponKinds)), format: (kinds) => kinds.join(',') },
  statuses: { key: 'status', parse: listOf(oneOf(statuses)), format: (values) => values.join(',') },
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
  },
  list: {
    key: 'list',
    parse: (raw) => (raw === '0' ? false : raw === '1' ? true : undefined),
    format: (shown) => (shown ? '1' : '0'),
  },
};

export function parseUrlState(search: string): Partial<UrlState> {
  const params = new URLSearchParams(search);
  const state: Partial<UrlState> = {};
  for (const name of Object.keys(urlKeys) as (keyof UrlState)[]) {
    const raw = params.get(urlKeys[name].key);
    const value = raw === null ? undefined : urlKeys[name].parse(raw);
    if (value !== undefined) (state as Record<string, unknown>)[name] = value;
  }
  return state;
}

/** "?t=…&event=…" for the keys present, or "" when there are none. */
export function formatUrlState(state: Partial<UrlState>): string {
  const params = new URLSearchParams();
  for (const name of Object.keys(urlKeys) as (keyof UrlState)[]) {
    const value = state[name];
    if (value !== undefined) params.set(urlKeys[name].key, (urlKeys[name].format as (v: unknown) => string)(value));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
