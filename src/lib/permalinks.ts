/**
 * Every URL the site emits, in one place, aware of the deployment base path.
 * `base` is Astro's BASE_URL ("/" or "/sub/path/"); paths returned always end in "/".
 */
import type { Lang } from './schema';
import { formatUrlState, type UrlState } from './url-state';

function join(base: string, ...segments: string[]): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${segments.map((s) => `${encodeURIComponent(s)}/`).join('')}`;
}

export function explorerPath(base: string, lang: Lang, state: Partial<UrlState> = {}): string {
  return `${join(base, lang)}${formatUrlState(state)}`;
}

export function eventPath(base: string, lang: Lang, slug: string): string {
  return join(base, lang, 'events', slug);
}

export function embedPath(base: string, lang: Lang, state: Partial<UrlState> = {}): string {
  return `${join(base, lang, 'embed')}${formatUrlState(state)}`;
}

/** A site-relative asset or file, e.g. `assetPath(base, 'basemap.json')`. */
export function assetPath(base: string, file: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${file}`;
}

/** The absolute form of a path, for canonical links, Open Graph and sharing. */
export function absoluteUrl(site: URL | string, path: string): string {
  return new URL(path, site).href;
}
