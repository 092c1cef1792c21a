/**
 * Meta and sharing descriptions (`<meta name="description">`, `og:description`,
 * `twitter:description`): search results and link previews show about 160 characters, so a longer
 * summary is cut at the last word boundary before that and ends with an ellipsis.
 */
export const META_DESCRIPTION_LENGTH = 160;

export function metaDescription(text: string, max = META_DESCRIPTION_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const room = flat.slice(0, max - 1); // leave room for the ellipsis
  const cut = room.lastIndexOf(' ');
  // One word longer than the room (a URL…) is cut where it must be.
  const kept = (cut > 0 ? room.slice(0, cut) : room).replace(/[\s,;:.!?…–—-]+$/, '');
  return `${kept}…`;
}
