/**
 * The Open Graph card of an event, as SVG: the site's static map with the event's base
 * highlighted, beside the title, the date with its precision and the status. Text arrives as
 * path data from a `Typesetter`, so the card looks the same on every machine that builds it.
 */
import type { StaticMapFrame, StaticMapLayers } from '../geo/static-map';
import type { Status } from '../schema';
import { palette, statusStyle, type MarkerShape } from '../theme';
import { wrapText } from './wrap';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** The map's width: the right-hand panel, about square like the site's map. */
export const OG_MAP_WIDTH = 640;

const PANEL = OG_WIDTH - OG_MAP_WIDTH;
const PAD = 56;
const TEXT_WIDTH = PANEL - 2 * PAD;
const FOOTER_BASELINE = OG_HEIGHT - 44;
/** The lowest the details may reach, leaving room for the footer rule. */
const DETAILS_BOTTOM = FOOTER_BASELINE - 56;

export interface TextStyle {
  size: number;
  weight: 400 | 700;
  /** Extra space after each character, in em. */
  letterSpacing?: number;
}

export interface Typesetter {
  width(text: string, style: TextStyle): number;
  /** SVG path data for one line of text with its baseline starting at (x, y). */
  path(text: string, x: number, y: number, style: TextStyle): string;
}

export interface OgMapBase {
  id: string;
  name: string;
  lon: number;
  lat: number;
}

export interface OgCard {
  kicker: string;
  title: string;
  /** Where, in words (the base's full name). */
  place: string;
  /** When, only as precisely as known, and that precision in words. */
  when: string;
  precision: string;
  status: Status;
  statusLabel: string;
  /** The site's name, at the foot of the card. */
  credit: string;
  bases: OgMapBase[];
  highlight: string;
}

export interface OgMap {
  frame: StaticMapFrame;
  layers: StaticMapLayers;
}

const n = (value: number) => Math.round(value * 10) / 10;

function marker(x: number, y: number, r: number, colour: string, shape: MarkerShape | 'quiet'): string {
  const circle = (radius: number, fill: string, stroke = 'none', width = 0) =>
    `<circle cx="${n(x)}" cy="${n(y)}" r="${n(radius)}" fill="${fill}" stroke="${stroke}" stroke-width="${width}"/>`;
  switch (shape) {
    case 'quiet':
      return circle(r, palette.paper, palette.muted, 2);
    case 'filled':
      return circle(r, colour, palette.paper, 3);
    case 'dot':
      return circle(r, colour, palette.paper, 3) + circle(r * 0.4, palette.paper);
    case 'ring':
      return circle(r, palette.paper, colour, 6);
    case 'cross': {
      const d = r * 0.5;
      return (
        circle(r, palette.paper, colour, 3) +
        `<path d="M${n(x - d)},${n(y - d)}l${n(2 * d)},${n(2 * d)}m0,${n(-2 * d)}l${n(-2 * d)},${n(2 * d)}" stroke="${colour}" stroke-width="4" stroke-linecap="round"/>`
      );
    }
  }
}

/** Text drawn twice, a paper-coloured halo under the ink, so labels read over borders. */
function haloText(d: string, fill: string): string {
  return `<path d="${d}" fill="none" stroke="${palette.paper}" stroke-width="6" stroke-linejoin="round"/><path d="${d}" fill="${fill}"/>`;
}

function mapPanel(card: OgCard, { frame, layers }: OgMap, type: Typesetter): string {
  const top = (OG_HEIGHT - frame.height) / 2;
  const countryStyle: TextStyle = { size: 15, weight: 700, letterSpacing: 0.15 };
  const labelStyle: TextStyle = { size: 26, weight: 700 };
  const parts = [
    `<clipPath id="map-panel"><rect x="${PANEL}" width="${OG_MAP_WIDTH}" height="${OG_HEIGHT}"/></clipPath>`,
    `<rect x="${PANEL}" width="${OG_MAP_WIDTH}" height="${OG_HEIGHT}" fill="${palette.water}"/>`,
    // Labels near the edge (e.g. Jordan's) would spill over the text without the clip.
    `<g clip-path="url(#map-panel)"><g transform="translate(${PANEL} ${n(top)})">`,
    ...layers.countries.map(
      (c) => `<path d="${c.d}" fill="${c.focus ? palette.focusLand : palette.land}" fill-rule="evenodd"/>`,
    ),
    `<path d="${layers.borders}" fill="none" stroke="${palette.border}" stroke-width="1.5"/>`,
    ...layers.labels.map((l) => {
      const text = l.text.toUpperCase();
      return `<path d="${type.path(text, l.x - type.width(text, countryStyle) / 2, l.y, countryStyle)}" fill="${palette.muted}"/>`;
    }),
  ];
  const highlighted = card.bases.find((b) => b.id === card.highlight);
  for (const base of card.bases) {
    if (base === highlighted) continue;
    const [x, y] = frame.project(base.lon, base.lat);
    parts.push(marker(x, y, 7, palette.muted, 'quiet'));
  }
  if (highlighted) {
    const [x, y] = frame.project(highlighted.lon, highlighted.lat);
    const { colour, shape } = statusStyle[card.status];
    const r = 16;
    const width = type.width(highlighted.name, labelStyle);
    // The label goes on whichever side of the marker has room for it.
    const labelX = x + r + 10 + width <= OG_MAP_WIDTH - 12 ? x + r + 10 : x - r - 10 - width;
    parts.push(marker(x, y, r, colour, shape));
    parts.push(haloText(type.path(highlighted.name, labelX, y + labelStyle.size * 0.35, labelStyle), palette.ink));
  }
  parts.push('</g></g>');
  return parts.join('');
}

interface Block {
  lines: string[];
  style: TextStyle;
  lineHeight: number;
  fill: string;
  /** Space above the block's first line box. */
  gap: number;
}

function blockHeight(block: Block): number {
  return block.gap + block.lines.length * block.lineHeight;
}

function detailBlocks(card: OgCard, type: Typesetter, titleSize: number): Block[] {
  const wrap = (text: string, style: TextStyle, maxLines: number) =>
    wrapText(text, TEXT_WIDTH, (line) => type.width(line, style), maxLines);
  const block = (text: string, style: TextStyle, fill: string, gap: number, maxLines: number): Block => ({
    lines: wrap(text, style, maxLines),
    style,
    lineHeight: Math.round(style.size * 1.25),
    fill,
    gap,
  });
  const title: TextStyle = { size: titleSize, weight: 700 };
  return [
    block(card.kicker.toUpperCase(), { size: 20, weight: 700, letterSpacing: 0.08 }, statusStyle.confirmed.colour, 0, 1),
    { ...block(card.title, title, palette.ink, 14, 5), lineHeight: Math.round(titleSize * 1.15) },
    block(card.place, { size: 24, weight: 400 }, palette.ink, 22, 2),
    block(card.when, { size: 24, weight: 700 }, palette.ink, 6, 2),
    block(`(${card.precision})`, { size: 21, weight: 400 }, palette.muted, 2, 2),
  ];
}

/** The largest title size at which everything fits above the footer. */
function fitDetails(card: OgCard, type: Typesetter, statusHeight: number): Block[] {
  const sizes = [48, 42, 36, 32];
  for (const size of sizes) {
    const blocks = detailBlocks(card, type, size);
    if (PAD + blocks.reduce((sum, b) => sum + blockHeight(b), 0) + statusHeight <= DETAILS_BOTTOM) return blocks;
  }
  return detailBlocks(card, type, sizes.at(-1)!);
}

function textPanel(card: OgCard, type: Typesetter): string {
  const statusStyleText: TextStyle = { size: 26, weight: 700 };
  const statusHeight = 20 + 36;
  const parts: string[] = [];
  let y = PAD;
  for (const block of fitDetails(card, type, statusHeight)) {
    y += block.gap;
    for (const line of block.lines) {
      // Baseline about four fifths down the line box.
      const baseline = y + block.lineHeight * 0.8;
      parts.push(`<path d="${type.path(line, PAD, baseline, block.style)}" fill="${block.fill}"/>`);
      y += block.lineHeight;
    }
  }
  const { colour, shape } = statusStyle[card.status];
  const statusY = y + 20 + 18;
  parts.push(marker(PAD + 13, statusY, 12, colour, shape));
  parts.push(`<path d="${type.path(card.statusLabel, PAD + 36, statusY + 9, statusStyleText)}" fill="${colour}"/>`);
  parts.push(`<rect x="${PAD}" y="${FOOTER_BASELINE - 36}" width="${TEXT_WIDTH}" height="2" fill="${palette.ink}"/>`);
  const creditStyle: TextStyle = { size: 18, weight: 400 };
  const credit = wrapText(card.credit, TEXT_WIDTH, (l) => type.width(l, creditStyle), 1)[0] ?? '';
  parts.push(`<path d="${type.path(credit, PAD, FOOTER_BASELINE, creditStyle)}" fill="${palette.muted}"/>`);
  return parts.join('');
}

export function ogCardSvg(card: OgCard, map: OgMap, type: Typesetter): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${palette.paper}"/>`,
    mapPanel(card, map, type),
    textPanel(card, type),
    '</svg>',
  ].join('');
}
