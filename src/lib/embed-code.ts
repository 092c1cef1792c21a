/**
 * The embed codes web producers paste, and the oEmbed answers CMSs fetch: one iframe, written
 * once, so the dialog, the oEmbed files and the tests all agree on it.
 */

/**
 * Iframe heights before a host script (embed.js, Pym.js, @newswire/frames, amp-iframe) sizes the
 * frame to its content, or for good when a CMS strips scripts. The compact embed (no list) is
 * laid out so its height varies little with the column's width: these fit it, without cutting
 * anything, from 320 to 1,200 px wide, with at most 15 % blank space (measured by
 * e2e/embed-hosts.spec.ts). An embed opened at an event also shows that event's card. With the
 * list, the height is about the page's in a 700 px column: the frame scrolls when it is longer.
 */
export const embedHeights = { compact: 1120, compactWithEvent: 1400, withList: 2000 } as const;

export function embedHeight({ list = false, event = false }: { list?: boolean; event?: boolean } = {}): number {
  if (list) return embedHeights.withList;
  return event ? embedHeights.compactWithEvent : embedHeights.compact;
}

/** The width oEmbed consumers are told; the iframe itself takes the column's full width. */
export const OEMBED_WIDTH = 700;

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface EmbedCodeOptions {
  /** Absolute URL of the embed page. */
  src: string;
  /** What the frame shows, for screen readers (required on iframes). */
  title: string;
  height: number;
  /** Absolute URL of public/embed.js, to size the frame to its content. */
  resizeScript?: string;
}

export function embedCode({ src, title, height, resizeScript }: EmbedCodeOptions): string {
  const iframe = `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${height}" loading="lazy" style="border:0"></iframe>`;
  return resizeScript ? `${iframe}\n<script async src="${attribute(resizeScript)}"></script>` : iframe;
}

export interface OembedRich {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

export interface OembedOptions {
  title: string;
  /** The iframe's title, for screen readers. */
  frameTitle: string;
  providerName: string;
  providerUrl: string;
  /** The embed page's absolute URL and height, as in `embedCode`. */
  src: string;
  height: number;
  thumbnail?: { url: string; width: number; height: number };
}

/** A static oEmbed `rich` response. Its html is the bare iframe: consumers refuse scripts. */
export function oembedRich({ title, frameTitle, providerName, providerUrl, src, height, thumbnail }: OembedOptions): OembedRich {
  return {
    type: 'rich',
    version: '1.0',
    title,
    provider_name: providerName,
    provider_url: providerUrl,
    html: embedCode({ src, title: frameTitle, height }),
    width: OEMBED_WIDTH,
    height,
    ...(thumbnail && {
      thumbnail_url: thumbnail.url,
      thumbnail_width: thumbnail.width,
      thumbnail_height: thumbnail.height,
    }),
  };
}

/**
 * The address the embed code points at: the published address the site was built for. A build
 * for a local address (npm start, the tests; `local` is computed at build time with
 * isLocalAddress) that ends up served elsewhere offers the address it is read at instead, so
 * the dialog never hands a newsroom a localhost iframe.
 */
export function embedSite(builtFor: string, local: boolean, pageOrigin: string): string {
  // Another port on the same local host (a test server) keeps the address built for.
  return local && new URL(builtFor).hostname !== new URL(pageOrigin).hostname ? `${pageOrigin}/` : builtFor;
}
