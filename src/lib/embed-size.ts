/**
 * The messages between an embed and the page that hosts it. The embed announces its height
 * with AMP's `embed-size` message, which amp-iframe understands and public/embed.js reads on
 * any other page; the host may ask for it again if it started listening late.
 */

export interface EmbedSizeMessage {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

export function embedSizeMessage(height: number): EmbedSizeMessage {
  return { sentinel: 'amp', type: 'embed-size', height: Math.ceil(height) };
}

/** What public/embed.js sends each of the site's iframes once it is ready. */
export const SIZE_REQUEST_TYPE = 'embed-size-request';

export function isSizeRequest(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === SIZE_REQUEST_TYPE;
}
