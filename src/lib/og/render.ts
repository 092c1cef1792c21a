/**
 * Rasterises Open Graph cards at build time. Text is set with opentype.js from the Noto Sans
 * files the site already depends on, turned into paths, so no system font is involved, then
 * sharp turns the SVG into a PNG.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import opentype from 'opentype.js';
import sharp from 'sharp';
import { regionBasemap, type StoryGeography } from '../geo/basemap';
import { staticMapFrame, staticMapLayers } from '../geo/static-map';
import type { Lang } from '../schema';
import { OG_MAP_WIDTH, ogCardSvg, type OgCard, type OgMap, type TextStyle, type Typesetter } from './card';

// Resolved from the project root: the build bundles this module elsewhere, but runs from there.
const require = createRequire(join(process.cwd(), 'package.json'));

function loadFont(weight: 400 | 700): opentype.Font {
  const file = require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`);
  const bytes = readFileSync(file);
  return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** The Latin subset lacks the narrow no-break space; the plain one looks the same at this size. */
const printable = (text: string) => text.replace(/\u202f/g, '\u00a0');

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * SVG path data, written here rather than by Path#toPathData, whose rounding cache returns NaN
 * for some coordinates (e.g. 203.00000000000006) and so cuts lines short.
 */
function pathData(commands: opentype.PathCommand[]): string {
  return commands
    .map((c) => {
      switch (c.type) {
        case 'M':
        case 'L':
          return `${c.type}${round(c.x)} ${round(c.y)}`;
        case 'Q':
          return `Q${round(c.x1)} ${round(c.y1)} ${round(c.x)} ${round(c.y)}`;
        case 'C':
          return `C${round(c.x1)} ${round(c.y1)} ${round(c.x2)} ${round(c.y2)} ${round(c.x)} ${round(c.y)}`;
        case 'Z':
          return 'Z';
      }
    })
    .join('');
}

export function noto(): Typesetter {
  const fonts = { 400: loadFont(400), 700: loadFont(700) };
  const options = (style: TextStyle) => ({ kerning: true, letterSpacing: style.letterSpacing ?? 0 });
  return {
    width: (text, style) => fonts[style.weight].getAdvanceWidth(printable(text), style.size, options(style)),
    path: (text, x, y, style) =>
      pathData(fonts[style.weight].getPath(printable(text), x, y, style.size, options(style)).commands),
  };
}

let typesetter: Typesetter | undefined;
const maps = new Map<string, OgMap>();

/** The card's map: the whole region, in one language. */
export function mapFor(lang: Lang, geography: StoryGeography): OgMap {
  const key = JSON.stringify([lang, geography]);
  let map = maps.get(key);
  if (!map) {
    const frame = staticMapFrame(geography.region, OG_MAP_WIDTH);
    map = { frame, layers: staticMapLayers(regionBasemap(geography), frame, lang) };
    maps.set(key, map);
  }
  return map;
}

/** The card as a 1200×630 PNG. Fonts and the projected basemap are prepared once per build. */
export function renderOgCard(card: OgCard, lang: Lang, geography: StoryGeography): Promise<Buffer> {
  typesetter ??= noto();
  const svg = ogCardSvg(card, mapFor(lang, geography), typesetter);
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}
