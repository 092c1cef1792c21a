/** Line breaking for text drawn as paths, where no browser lays it out for us. */

/**
 * Greedy breaking at spaces (never at no-break spaces, which French puts before « : ; ? ! »).
 * When the text needs more than `maxLines`, the last line ends with an ellipsis.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  measure: (line: string) => number,
  maxLines = Number.POSITIVE_INFINITY,
): string[] {
  const words = text.split(/ +/).filter(Boolean);
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && measure(`${last} ${word}`) <= maxWidth) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept.at(-1)!}…`;
  // Drop words until the ellipsis fits; a single long word keeps its ellipsis regardless.
  while (measure(last) > maxWidth && last.includes(' ')) last = `${last.slice(0, last.lastIndexOf(' '))}…`;
  kept[kept.length - 1] = last;
  return kept;
}
