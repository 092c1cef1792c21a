/**
 * The labels a map carries (bases, the capital, towns, countries) as requests for the placement
 * module (src/lib/placement.ts), with their type sizes: the static map, the MapLibre map and the
 * share cards all ask through here, so they agree.
 */
import { pointAnchors, areaAnchors, estimateWidth, type Anchor, type Rect } from '../placement';

export type PinKind = 'site' | 'capital' | 'town' | 'country' | 'water';

/** Type of each kind of label, in CSS pixels: none under 11 px at any width. */
export const labelType: Record<PinKind, { size: number; bold: boolean; letterSpacing: number; lineHeight: number }> = {
  site: { size: 14, bold: true, letterSpacing: 0, lineHeight: 17 },
  capital: { size: 13, bold: true, letterSpacing: 0, lineHeight: 16 },
  town: { size: 12, bold: false, letterSpacing: 0, lineHeight: 15 },
  country: { size: 12, bold: true, letterSpacing: 0.12, lineHeight: 15 },
  water: { size: 12, bold: false, letterSpacing: 0, lineHeight: 15 },
};

/** Lower is placed first and dropped last. */
// The capital first: it sits beside the airport's marker and must keep its label (the bases have more room).
const priorityOf: Record<PinKind, number> = { capital: 0, site: 1, country: 3, town: 4, water: 5 };

/** Radius of a town's dot and the capital's symbol, in pixels. */
export const TOWN_RADIUS = 2.5;
export const CAPITAL_RADIUS = 4.5;

export interface Pin {
  id: string;
  kind: PinKind;
  text: string;
  /** Rank among towns: 1 first. */
  rank?: number;
}

export function pinGap(kind: PinKind): number {
  // Countries and waters: how far their name may move off its point when that is taken.
  return kind === 'capital' ? CAPITAL_RADIUS + 3 : kind === 'town' ? TOWN_RADIUS + 3 : 24;
}

export function pinAnchors(kind: PinKind): readonly Anchor[] {
  return kind === 'country' || kind === 'water' ? areaAnchors : pointAnchors;
}

export function pinPriority(pin: Pin): number {
  return priorityOf[pin.kind] + (pin.rank ?? 0) / 100;
}

export function estimateLabel(pin: Pin): { width: number; height: number } {
  const type = labelType[pin.kind];
  return {
    width: estimateWidth(pin.text, type.size, { bold: type.bold, letterSpacing: type.letterSpacing }) + 4,
    height: type.lineHeight,
  };
}

/** Width of the map controls' column (MapLibre's zoom and reset buttons) and their margin. */
const CONTROL = { width: 29, margin: 10, buttons: 3 };
/** The inset locator, top left. */
export const INSET = { width: 84, height: 62, margin: 8 };

/**
 * What labels must keep clear of, the same before and after MapLibre takes over so the swap
 * moves nothing: the controls (top right), the scale bar (bottom left), the attribution button
 * (bottom right) and the inset (top left).
 */
export function frameObstacles(width: number, height: number, { inset = true } = {}): Rect[] {
  const controls = { x: width - CONTROL.width - CONTROL.margin - 2, y: 0, width: CONTROL.width + CONTROL.margin + 2, height: CONTROL.margin + CONTROL.buttons * CONTROL.width + 14 };
  const scale = { x: 0, y: height - 30, width: 110, height: 30 };
  const attribution = { x: width - 40, y: height - 40, width: 40, height: 40 };
  const locator = { x: 0, y: 0, width: INSET.width + INSET.margin + 2, height: INSET.height + INSET.margin + 2 };
  return inset ? [controls, scale, attribution, locator] : [controls, scale, attribution];
}
