import type { Box } from './clip';

/** Mercator's y for a latitude, so boxes keep the shape they have on the map. */
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const latitudeOf = (y: number) => (Math.atan(Math.exp(y)) * 360) / Math.PI - 90;

/** Context kept around the events, in degrees: enough to show the nearest cities and borders. */
const MARGIN = 1.5;

/**
 * Where the maps open: the events' bases with a margin, widened to the region's shape so the
 * frame (and the page's layout) stays the same whatever the events, and kept inside the region.
 * Both the static map and MapLibre open on it, so one replaces the other without a shift.
 */
export function eventsView(points: { lon: number; lat: number }[], within: Box): Box {
  if (points.length === 0) return within;
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  const box = {
    west: Math.min(...lons) - MARGIN,
    east: Math.max(...lons) + MARGIN,
    south: mercatorY(Math.min(...lats) - MARGIN),
    north: mercatorY(Math.max(...lats) + MARGIN),
  };
  const outer = { ...within, south: mercatorY(within.south), north: mercatorY(within.north) };
  // Mercator x in the same unit as y: radians of longitude.
  const toX = (lon: number) => (lon * Math.PI) / 180;
  const aspect = (toX(outer.east) - toX(outer.west)) / (outer.north - outer.south);
  const width = toX(box.east) - toX(box.west);
  const height = box.north - box.south;
  // Grow the short side around the centre to the region's aspect, then slide it back inside.
  const grow = (low: number, high: number, size: number, min: number, max: number): [number, number] => {
    const size_ = Math.min(size, max - min);
    const centre = (low + high) / 2;
    const start = Math.min(Math.max(centre - size_ / 2, min), max - size_);
    return [start, start + size_];
  };
  const [x0, x1] = grow(toX(box.west), toX(box.east), Math.max(width, height * aspect), toX(outer.west), toX(outer.east));
  const [y0, y1] = grow(box.south, box.north, Math.max(height, width / aspect), outer.south, outer.north);
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return {
    west: round((x0 * 180) / Math.PI),
    east: round((x1 * 180) / Math.PI),
    south: round(latitudeOf(y0)),
    north: round(latitudeOf(y1)),
  };
}
