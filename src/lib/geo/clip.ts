/**
 * Cutting geometry to a longitude/latitude box, so the basemap ships only the region it shows.
 * Polygons: Sutherland–Hodgman against each edge; lines: split where they leave the box.
 */
export type Position = [number, number];
export interface Box {
  west: number;
  south: number;
  east: number;
  north: number;
}

type Edge = { inside: (p: Position) => boolean; cross: (a: Position, b: Position) => Position };

const atLon = (a: Position, b: Position, lon: number): Position => [
  lon,
  a[1] + ((b[1] - a[1]) * (lon - a[0])) / (b[0] - a[0]),
];
const atLat = (a: Position, b: Position, lat: number): Position => [
  a[0] + ((b[0] - a[0]) * (lat - a[1])) / (b[1] - a[1]),
  lat,
];

function edgesOf(box: Box): Edge[] {
  return [
    { inside: (p) => p[0] >= box.west, cross: (a, b) => atLon(a, b, box.west) },
    { inside: (p) => p[0] <= box.east, cross: (a, b) => atLon(a, b, box.east) },
    { inside: (p) => p[1] >= box.south, cross: (a, b) => atLat(a, b, box.south) },
    { inside: (p) => p[1] <= box.north, cross: (a, b) => atLat(a, b, box.north) },
  ];
}

/** A closed ring cut to the box; fewer than 4 positions means nothing is left. */
export function clipRing(ring: Position[], box: Box): Position[] {
  let points = ring.slice(0, -1);
  for (const edge of edgesOf(box)) {
    if (points.length === 0) break;
    const input = points;
    points = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i]!;
      const previous = input[(i + input.length - 1) % input.length]!;
      if (edge.inside(current)) {
        if (!edge.inside(previous)) points.push(edge.cross(previous, current));
        points.push(current);
      } else if (edge.inside(previous)) {
        points.push(edge.cross(previous, current));
      }
    }
  }
  return points.length >= 3 ? [...points, points[0]!] : [];
}

/** Polygons (as MultiPolygon coordinates) cut to the box; emptied polygons are dropped. */
export function clipPolygons(polygons: Position[][][], box: Box): Position[][][] {
  const result: Position[][][] = [];
  for (const [outer, ...holes] of polygons) {
    const clippedOuter = outer ? clipRing(outer, box) : [];
    if (clippedOuter.length === 0) continue;
    const clippedHoles = holes.map((hole) => clipRing(hole, box)).filter((h) => h.length > 0);
    result.push([clippedOuter, ...clippedHoles]);
  }
  return result;
}

const isInside = (p: Position, box: Box) =>
  p[0] >= box.west && p[0] <= box.east && p[1] >= box.south && p[1] <= box.north;

/** Liang–Barsky: the part of segment a→b inside the box, or undefined. */
function clipSegment(a: Position, b: Position, box: Box): [Position, Position] | undefined {
  let t0 = 0;
  let t1 = 1;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const checks: [number, number][] = [
    [-dx, a[0] - box.west],
    [dx, box.east - a[0]],
    [-dy, a[1] - box.south],
    [dy, box.north - a[1]],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return undefined;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
  }
  if (t0 > t1) return undefined;
  return [
    [a[0] + t0 * dx, a[1] + t0 * dy],
    [a[0] + t1 * dx, a[1] + t1 * dy],
  ];
}

/** Lines (as MultiLineString coordinates) cut to the box, split where they leave and re-enter it. */
export function clipLines(lines: Position[][], box: Box): Position[][] {
  const result: Position[][] = [];
  for (const line of lines) {
    let current: Position[] = [];
    for (let i = 1; i < line.length; i++) {
      const piece = clipSegment(line[i - 1]!, line[i]!, box);
      if (!piece) continue;
      if (current.length === 0) current.push(piece[0]);
      current.push(piece[1]);
      if (!isInside(line[i]!, box)) {
        result.push(current);
        current = [];
      }
    }
    if (current.length >= 2) result.push(current);
  }
  return result;
}
