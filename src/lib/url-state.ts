/**
 * The explorer's query string, declared once: each key with its reader and writer.
 * Readers return undefined for anything malformed, so a garbled link opens the default view.
 */

export interface UrlState {
  /** Slider time, epoch ms; written as a UTC instant to the minute, e.g. 2023-10-19T11:00Z. */
  time: number;
  /** Slug of the selected event. */
  event: string;
}

interface KeySpec<V> {
  key: string;
  parse: (raw: string) => V | undefined;
  format: (value: V) => string;
}

const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/;
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const urlKeys: { [K in keyof UrlState]: KeySpec<UrlState[K]> } = {
  time: {
    key: 't',
    parse: (raw) => {
      if (!instantPattern.test(raw)) return undefined;
      const time = Date.parse(raw);
      return Number.isNaN(time) || new Date(time).toISOString().slice(0, 16) + 'Z' !== raw
        ? undefined
        : time;
    },
    format: (time) => `${new Date(time).toISOString().slice(0, 16)}Z`,
  },
  event: {
    key: 'event',
    parse: (raw) => (slugPattern.test(raw) && raw.length <= 120 ? raw : undefined),
    format: (slug) => slug,
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
