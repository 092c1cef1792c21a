/**
 * The Open Graph card of an event, as SVG: the site's static map with the event's base
 * highlighted, beside the title, the date with its precision and the status. Text arrives as
 * path data from a `Typesetter`, so the card looks the same on every machine that builds it.
 */
import type { StaticMapFrame, StaticMapLayers } from '../geo/static-map';
import type { ReferencePlace } from '../geo/places';
import { baseMarkerScale, circleRadius, markerExtent, markerSvg, type BaseState } from '../markers';
import { areaAnchors, circleBox, placeLabels, pointAnchors, type LabelRequest } from '../placement';
import type { Lang, Status } from '../schema';
import { palette, statusStyle, type MarkerShape } from '../theme';
import { statuses } from '../vocabulary';
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

export interface OgMapSite {
  id: string;
  name: string;
  lon: number;
  lat: number;
  /** Explorer card: the events at the base, by status (the site's marker, drawn larger). */
  state?: BaseState;
  /** Drawn with a dashed circle, as on the site. */
  approximate?: boolean;
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
  sites: OgMapSite[];
  /** Event card: the event's base. None on the explorer's card, which shows every base's events. */
  highlight?: string;
  lang: Lang;
  places: ReferencePlace[];
  /** Explorer card: the status names for its legend, in place of one event's status. */
  legend?: Record<Status, string>;
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

/** Markers on the explorer's card are the site's, this much larger. */
const CARD_MARKER_SCALE = 1.6;

/**
 * The map panel. Every label (bases, the capital, towns, countries) is placed by the site's
 * placement module with the card's own type sizes, so none overprints another or a marker.
 */
function mapPanel(card: OgCard, { frame, layers }: OgMap, type: Typesetter): string {
  const top = (OG_HEIGHT - frame.height) / 2;
  const countryStyle: TextStyle = { size: 16, weight: 700, letterSpacing: 0.15 };
  const labelStyle: TextStyle = { size: 24, weight: 700 };
  const quietStyle: TextStyle = { size: 20, weight: 400 };
  const capitalStyle: TextStyle = { size: 20, weight: 700 };
  const townStyle: TextStyle = { size: 18, weight: 400 };
  const parts = [
    `<clipPath id="map-panel"><rect x="${PANEL}" width="${OG_MAP_WIDTH}" height="${OG_HEIGHT}"/></clipPath>`,
    `<rect x="${PANEL}" width="${OG_MAP_WIDTH}" height="${OG_HEIGHT}" fill="${palette.water}"/>`,
    `<g clip-path="url(#map-panel)"><g transform="translate(${PANEL} ${n(top)})">`,
    ...layers.countries.map(
      (c) => `<path d="${c.d}" fill="${c.focus ? palette.focusLand : palette.land}" fill-rule="evenodd"/>`,
    ),
    `<path d="${layers.lakes}" fill="${palette.water}"/>`,
    `<path d="${layers.rivers}" fill="none" stroke="${palette.river}" stroke-width="1.5" stroke-linejoin="round"/>`,
    `<path d="${layers.borders}" fill="none" stroke="${palette.border}" stroke-width="1.5"/>`,
  ];
  // Everything in panel coordinates (y from the panel's top), the frame the labels must stay in.
  const at = (lon: number, lat: number): [number, number] => {
    const [x, y] = frame.project(lon, lat);
    return [x, y + top];
  };
  const requests: LabelRequest[] = [];
  const obstacles: ReturnType<typeof circleBox>[] = [];
  const texts = new Map<string, { text: string; style: TextStyle; fill: string }>();
  const request = (id: string, text: string, style: TextStyle, fill: string, x: number, y: number, gap: number, priority: number, anchors = pointAnchors, required = false) => {
    texts.set(id, { text, style, fill });
    requests.push({ id, x, y, width: type.width(text, style) + 6, height: style.size * 1.25, gap, priority, anchors, required });
  };
  const maxCount = Math.max(1, ...card.sites.map((b) => b.state?.count ?? 0));
  const scale = baseMarkerScale(maxCount);
  const markers: string[] = [];
  for (const site of card.sites) {
    const [x, y] = at(site.lon, site.lat);
    if (site.state) {
      const svg = markerSvg(site.state, scale, { approximate: site.approximate });
      const inner = svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '');
      markers.push(`<g transform="translate(${n(x)} ${n(y)}) scale(${CARD_MARKER_SCALE})">${inner}</g>`);
      const extent = markerExtent(circleRadius(scale, site.state.count)) * CARD_MARKER_SCALE;
      obstacles.push(circleBox(x, y, extent, site.id));
      request(site.id, `${site.name} (${site.state.count})`, labelStyle, palette.ink, x, y, extent + 4, 0, pointAnchors, true);
    } else if (site.id === card.highlight) {
      const { colour, shape } = statusStyle[card.status];
      markers.push(marker(x, y, 16, colour, shape));
      obstacles.push(circleBox(x, y, 19, site.id));
      request(site.id, site.name, labelStyle, palette.ink, x, y, 24, 0, pointAnchors, true);
    } else {
      // The other bases, quietly: a grey ring and their name, so none is an unexplained mark.
      markers.push(marker(x, y, 7, palette.muted, 'quiet'));
      obstacles.push(circleBox(x, y, 9, site.id));
      request(site.id, site.name, quietStyle, palette.muted, x, y, 12, 0.5, pointAnchors, true);
    }
  }
  for (const place of card.places) {
    const [x, y] = at(place.lon, place.lat);
    if (x < 0 || x > OG_MAP_WIDTH || y < 0 || y > OG_HEIGHT) continue;
    const r = place.capital ? 6 : 3.5;
    // Towns under the bases; the capital's symbol over them (the airport's marker is beside it).
    markers[place.capital ? 'push' : 'unshift'](
      place.capital
        ? `<circle cx="${n(x)}" cy="${n(y)}" r="${r}" fill="${palette.paper}" stroke="${palette.ink}" stroke-width="3"/>`
        : `<circle cx="${n(x)}" cy="${n(y)}" r="${r}" fill="${palette.place}" data-place="${place.id}"/>`,
    );
    obstacles.push(circleBox(x, y, r + 1, place.id));
    request(place.id, place.name[card.lang], place.capital ? capitalStyle : townStyle, place.capital ? palette.ink : palette.place, x, y, r + 5, place.capital ? 0.2 : 3 + place.rank / 10, pointAnchors, place.capital);
  }
  for (const l of layers.labels) {
    request(`country-${l.text}`, l.text.toUpperCase(), countryStyle, palette.muted, l.x, l.y + top, 40, 2, areaAnchors);
  }
  const placed = placeLabels(requests, { width: OG_MAP_WIDTH, height: OG_HEIGHT, padding: 12, obstacles });
  const labels: string[] = [];
  const dropped = new Set<string>();
  for (const req of requests) {
    const p = placed.get(req.id);
    const t = texts.get(req.id)!;
    if (!p) {
      dropped.add(req.id);
      continue;
    }
    const baseline = p.box.y + p.box.height * 0.78;
    labels.push(haloText(type.path(t.text, p.box.x + 3, baseline - top, t.style), t.fill));
  }
  // A town whose name had no room is not drawn at all.
  const kept = markers.filter((m) => !/data-place="([^"]+)"/.test(m) || !dropped.has(/data-place="([^"]+)"/.exec(m)![1]!));
  // Markers in panel coordinates; label paths were set in the frame's (baseline - top).
  parts.push(`<g transform="translate(0 ${n(-top)})">`, ...kept, '</g>', ...labels);
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
    { ...block(card.title, title, palette.ink, 14, 6), lineHeight: Math.round(titleSize * 1.15) },
    block(card.place, { size: 24, weight: 400 }, palette.ink, 22, 2),
    block(card.when, { size: 24, weight: 700 }, palette.ink, 6, 2),
    ...(card.precision ? [block(`(${card.precision})`, { size: 21, weight: 400 }, palette.muted, 2, 2)] : []),
  ];
}

/** The largest title size at which everything fits above the footer. */
function fitDetails(card: OgCard, type: Typesetter, statusHeight: number): Block[] {
  const sizes = [48, 42, 36, 32, 30];
  for (const size of sizes) {
    const blocks = detailBlocks(card, type, size);
    // A title cut short (ending in an ellipsis) does not fit: a smaller size says it whole.
    const titleWhole = !blocks[1]!.lines.at(-1)!.endsWith('…') || card.title.endsWith('…');
    if (titleWhole && PAD + blocks.reduce((sum, b) => sum + blockHeight(b), 0) + statusHeight <= DETAILS_BOTTOM) return blocks;
  }
  return detailBlocks(card, type, sizes.at(-1)!);
}

function textPanel(card: OgCard, type: Typesetter): string {
  const statusStyleText: TextStyle = { size: 26, weight: 700 };
  // The explorer's card lists the four statuses (two rows); an event's shows its own.
  const statusHeight = card.legend ? 20 + 2 * 40 : 20 + 36;
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
  const statusY = y + 20 + 18;
  if (card.legend) {
    const legendText: TextStyle = { size: 22, weight: 700 };
    const columns = [PAD, PAD + TEXT_WIDTH / 2];
    statuses.forEach((status, i) => {
      const { colour, shape } = statusStyle[status];
      const x = columns[i % 2]!;
      const rowY = statusY + Math.floor(i / 2) * 40;
      parts.push(marker(x + 13, rowY, 11, colour, shape));
      parts.push(`<path d="${type.path(card.legend![status], x + 34, rowY + 8, legendText)}" fill="${palette.ink}"/>`);
    });
  } else {
    const { colour, shape } = statusStyle[card.status];
    parts.push(marker(PAD + 13, statusY, 12, colour, shape));
    parts.push(`<path d="${type.path(card.statusLabel, PAD + 36, statusY + 9, statusStyleText)}" fill="${colour}"/>`);
  }
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
