/**
 * Every URL the site emits, in one place, aware of the deployment base path.
 * `base` is Astro's BASE_URL ("/" or "/sub/path/"); paths returned always end in "/".
 */
import type { Lang } from './schema';
import { formatUrlState, type UrlState } from './url-state';

/** A page's path in each of the story's languages, for canonical links, hreflang and the language switcher. */
export type LanguagePaths = Partial<Record<Lang, string>>;

export function languagePaths(languages: readonly Lang[], pathIn: (lang: Lang) => string): LanguagePaths {
  return Object.fromEntries(languages.map((lang) => [lang, pathIn(lang)]));
}

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

/** The iframe page for one event: the explorer opened at it, canonical to the event page. */
export function embedEventPath(base: string, lang: Lang, slug: string, state: Partial<UrlState> = {}): string {
  return `${join(base, lang, 'embed', 'events', slug)}${formatUrlState(state)}`;
}

export interface EmbedOptions {
  /** Open at this event; the whole explorer when absent. */
  event?: string;
  /** true adds the event list and its filters (`list=1`); embeds are compact without. */
  list?: boolean;
}

/**
 * What an embed code's iframe points at. An event gets its own embed page, which still carries
 * `event=` because the explorer island selects from the query string.
 */
export function embedFramePath(base: string, lang: Lang, { event, list }: EmbedOptions = {}): string {
  const state: Partial<UrlState> = list ? { list } : {};
  return event ? embedEventPath(base, lang, event, { event, ...state }) : embedPath(base, lang, state);
}

/** The explorer's Open Graph card (1200×630 PNG), beside its page. */
export function explorerOgImagePath(base: string, lang: Lang): string {
  return `${explorerPath(base, lang)}og.png`;
}

/** The Open Graph card of an event (1200×630 PNG), beside its page. */
export function ogImagePath(base: string, lang: Lang, slug: string): string {
  return `${eventPath(base, lang, slug)}og.png`;
}

/** Static oEmbed JSON of the explorer, or of one event when `slug` is given. */
export function oembedPath(base: string, lang: Lang, slug?: string): string {
  return `${slug ? eventPath(base, lang, slug) : join(base, lang)}oembed.json`;
}

export function feedPath(base: string, lang: Lang): string {
  return `${join(base, lang)}feed.xml`;
}

export const dataFormats = ['json', 'geojson', 'csv'] as const;
export type DataFormat = (typeof dataFormats)[number];

/** The downloadable data set, one file per format, shared by all languages. */
export function dataPath(base: string, format: DataFormat): string {
  return assetPath(base, `data/attacks.${format}`);
}

/** The host-page script that resizes the site's iframes (public/embed.js). */
export function embedScriptPath(base: string): string {
  return assetPath(base, 'embed.js');
}

export function sitemapPath(base: string): string {
  return assetPath(base, 'sitemap.xml');
}

/** A site-relative asset or file, e.g. `assetPath(base, 'basemap.json')`. */
export function assetPath(base: string, file: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${file}`;
}

/** The absolute form of a path, for canonical links, Open Graph and sharing. */
export function absoluteUrl(address: URL | string, path: string): string {
  return new URL(path, address).href;
}
