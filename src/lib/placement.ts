/**
 * Where map labels go, and which ones drop, for a frame of a given size in CSS pixels. One pure
 * module for the static map (at build time and in the page script), the MapLibre map (HTML
 * labels on markers) and the share cards, so the three place the same labels the same way.
 *
 * Greedy, in priority order: each label takes the first of its candidate positions that stays
 * inside the frame (less a padding), off every obstacle (markers, controls, the inset) and off
 * every label already placed; a label with no such position is dropped.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Anchor = 'center' | 'right' | 'left' | 'top' | 'bottom' | 'top-right' | 'top-left' | 'bottom-right' | 'bottom-left';

export interface LabelRequest {
  id: string;
  /** The point labelled, in frame pixels. */
  x: number;
  y: number;
  /** The label's size in pixels (measured, or estimated with `estimateWidth`). */
  width: number;
  height: number;
  /** Distance kept between the point and the label (the marker's radius and a margin). */
  gap: number;
  /** Lower goes first: it gets the better place and is dropped last. */
  priority: number;
  anchors: readonly Anchor[];
  /** Must not be dropped: placed at its first anchor even if it collides (the capital, the sites). */
  required?: boolean;
}

export interface Placed {
  id: string;
  anchor: Anchor;
  box: Rect;
  /** A required label with no free position, placed anyway: the caller may shorten or wrap it and try again. */
  forced?: boolean;
}

export interface PlacementFrame {
  width: number;
  height: number;
  /** Kept clear along the frame's edges. */
  padding?: number;
  /** Markers, controls, the inset: no label may cover them. */
  obstacles?: (Rect & { owner?: string })[];
}

export const pointAnchors: readonly Anchor[] = ['right', 'left', 'top', 'bottom', 'top-right', 'bottom-right', 'top-left', 'bottom-left'];
export const areaAnchors: readonly Anchor[] = ['center', 'bottom', 'top', 'right', 'left'];

/** The label's box for an anchor: 'right' puts the label to the right of the point, and so on. */
export function labelBox(req: LabelRequest, anchor: Anchor): Rect {
  const { x, y, width: w, height: h, gap } = req;
  const diagonal = gap * Math.SQRT1_2;
  switch (anchor) {
    // An area's name: on its point, or `gap` away on either side if something is in the way.
    case 'center':
      return { x: x - w / 2, y: y - h / 2, width: w, height: h };
    case 'right':
      return { x: x + gap, y: y - h / 2, width: w, height: h };
    case 'left':
      return { x: x - gap - w, y: y - h / 2, width: w, height: h };
    case 'top':
      return { x: x - w / 2, y: y - gap - h, width: w, height: h };
    case 'bottom':
      return { x: x - w / 2, y: y + gap, width: w, height: h };
    case 'top-right':
      return { x: x + diagonal, y: y - diagonal - h, width: w, height: h };
    case 'bottom-right':
      return { x: x + diagonal, y: y + diagonal, width: w, height: h };
    case 'top-left':
      return { x: x - diagonal - w, y: y - diagonal - h, width: w, height: h };
    case 'bottom-left':
      return { x: x - diagonal - w, y: y + diagonal, width: w, height: h };
  }
}

export function overlaps(a: Rect, b: Rect, margin = 0): boolean {
  return (
    a.x < b.x + b.width + margin &&
    b.x < a.x + a.width + margin &&
    a.y < b.y + b.height + margin &&
    b.y < a.y + a.height + margin
  );
}

export function inside(box: Rect, frame: PlacementFrame): boolean {
  const p = frame.padding ?? 0;
  return box.x >= p && box.y >= p && box.x + box.width <= frame.width - p && box.y + box.height <= frame.height - p;
}

/** Labels keep this far from one another. */
const LABEL_MARGIN = 2;

/** Places every label it can; the map holds null for a dropped one. */
export function placeLabels(requests: LabelRequest[], frame: PlacementFrame): Map<string, Placed | null> {
  const result = new Map<string, Placed | null>();
  const taken: Rect[] = [];
  const obstacles = frame.obstacles ?? [];
  const order = [...requests].sort((a, b) => a.priority - b.priority);
  for (const req of order) {
    const fits = (box: Rect) =>
      inside(box, frame) &&
      !obstacles.some((o) => o.owner !== req.id && overlaps(box, o)) &&
      !taken.some((t) => overlaps(box, t, LABEL_MARGIN));
    let placed: Placed | null = null;
    // Beside the point first; a required label may also stand a little further off.
    const gaps = req.required ? [req.gap, req.gap + 6, req.gap + 14] : [req.gap];
    search: for (const gap of gaps) {
      for (const anchor of req.anchors) {
        const box = labelBox({ ...req, gap }, anchor);
        if (fits(box)) {
          placed = { id: req.id, anchor, box };
          break search;
        }
      }
    }
    if (!placed && req.required) {
      // Still inside the frame: the anchor that keeps the most of it clear.
      const anchor = req.anchors.find((a) => inside(labelBox(req, a), frame)) ?? req.anchors[0]!;
      placed = { id: req.id, anchor, box: labelBox(req, anchor), forced: true };
    }
    if (placed) taken.push(placed.box);
    result.set(req.id, placed);
  }
  return result;
}

/** A circle's bounding square, as an obstacle owned by its label. */
export const circleBox = (x: number, y: number, r: number, owner?: string): Rect & { owner?: string } => ({
  x: x - r,
  y: y - r,
  width: 2 * r,
  height: 2 * r,
  owner,
});

/**
 * A label's width without a browser, for build-time placement and share cards: average advance
 * widths of a humanist sans (Noto Sans, system-ui) in ems, a little generous so a label placed
 * with the estimate still fits once measured.
 */
export function estimateWidth(text: string, size: number, { bold = false, letterSpacing = 0 } = {}): number {
  let ems = 0;
  for (const ch of text) {
    if (ch === ' ') ems += 0.26;
    else if ('il.,:;\'’()|!'.includes(ch)) ems += 0.3;
    else if ('fjrtI-'.includes(ch)) ems += 0.38;
    else if ('mwMW'.includes(ch)) ems += 0.88;
    else if (ch >= 'A' && ch <= 'Z') ems += 0.68;
    else ems += 0.57;
    ems += letterSpacing;
  }
  return Math.ceil(ems * size * (bold ? 1.07 : 1));
}
