/**
 * The messages between an embed and the page that hosts it. The embed announces its height in
 * the two shapes newsroom host pages already understand:
 * - AMP's `embed-size` object, which amp-iframe, public/embed.js and @newswire/frames read;
 * - Pym.js's string `pymxPYMx<childId>xPYMxheightxPYMx<px>`, which `pym.Parent` reads (the
 *   parent adds `childId` to the iframe's URL and only listens to messages carrying it).
 * A host that starts listening late asks again: embed.js with `embed-size-request`,
 * @newswire/frames' `observeIframe()` with `{ sentinel: 'amp', type: 'frames-init' }`, Pym.js
 * with its `width` message (sent on load and whenever the host resizes).
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
/** What @newswire/frames' `observeIframe()` sends the frame it starts observing. */
export const FRAMES_INIT_TYPE = 'frames-init';

export function isSizeRequest(data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const { type, sentinel } = data as { type?: unknown; sentinel?: unknown };
  return type === SIZE_REQUEST_TYPE || (sentinel === 'amp' && type === FRAMES_INIT_TYPE);
}

const PYM_DELIMITER = 'xPYMx';

/**
 * The id `pym.Parent` gave this frame (its `childId` query parameter), if any. Pym uses the
 * host element's id; anything with spaces or the delimiter could not round-trip, so it is refused.
 */
export function pymChildId(search: string): string | undefined {
  const id = new URLSearchParams(search).get('childId');
  if (!id || id.length > 200 || /\s/.test(id) || id.includes(PYM_DELIMITER)) return undefined;
  return id;
}

/** Pym.js's message shape: `pym`, the child id, a type and a value, joined by `xPYMx`. */
export function pymMessage(id: string, type: string, value: string | number): string {
  return ['pym', id, type, String(value)].join(PYM_DELIMITER);
}

/** The parent's `width` message to this child: sent on load and on every host resize. */
export function isPymWidthMessage(data: unknown, id: string): boolean {
  return typeof data === 'string' && data.startsWith(`pym${PYM_DELIMITER}${id}${PYM_DELIMITER}width${PYM_DELIMITER}`);
}
