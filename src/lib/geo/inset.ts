/**
 * The inset locator: the story's part of the world at small scale (Natural Earth 1:110m,
 * world-atlas) with the map's frame outlined, so a reader sees where the region sits.
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import type { Box } from './clip';
import { clipPolygons, type Position } from './clip';
import { isStoryCountry, type StoryGeography } from './basemap';

/** How much wider than the region the inset shows: enough for neighbours and a coastline. */
const ZOOM_OUT = 3.6;

/** The inset's area: the region grown around its centre, kept on the globe. */
export function insetArea(region: Box): Box {
  const [cx, cy] = [(region.west + region.east) / 2, (region.south + region.north) / 2];
  const [hw, hh] = [((region.east - region.west) * ZOOM_OUT) / 2, ((region.north - region.south) * ZOOM_OUT) / 2];
  return { west: Math.max(cx - hw, -180), east: Math.min(cx + hw, 180), south: Math.max(cy - hh, -80), north: Math.min(cy + hh, 80) };
}

export interface Inset {
  width: number;
  height: number;
  land: string;
  focus: string;
  frame: { x: number; y: number; width: number; height: number };
}

/** The inset's land never changes: it is drawn once per build, only its frame follows the view. */
const drawn = new Map<string, ReturnType<typeof drawLand>>();

export function insetLocator(view: Box, geography: StoryGeography, width = 84, height = 62): Inset {
  const key = JSON.stringify([geography, width, height]);
  const land = drawn.get(key) ?? drawLand(geography, width, height);
  drawn.set(key, land);
  const { projection } = land;
  const [x0, y0] = projection([view.west, view.north])!;
  const [x1, y1] = projection([view.east, view.south])!;
  const r = (v: number) => Math.round(v * 10) / 10;
  return { width, height, land: land.land, focus: land.focus, frame: { x: r(x0), y: r(y0), width: r(x1 - x0), height: r(y1 - y0) } };
}

function drawLand(geography: StoryGeography, width: number, height: number) {
  const area = insetArea(geography.region);
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const projection = geoMercator().fitSize([width, height], {
    type: 'MultiPoint',
    coordinates: [[area.west, area.south], [area.east, area.north]],
  });
  const path = geoPath(projection).digits(0);
  const shown = shownArea(projection, width, height);
  let land = '';
  let focus = '';
  for (const country of feature(topology, topology.objects.countries).features) {
    const g = country.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon | null;
    if (!g) continue;
    const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Position[][][];
    const clipped = clipPolygons(polygons, shown);
    if (!clipped.length) continue;
    const d = path({ type: 'MultiPolygon', coordinates: clipped }) ?? '';
    if (isStoryCountry(country, geography)) focus = d;
    else land += d;
  }
  return { width, height, land, focus, projection };
}

/**
 * What the inset really shows: the whole box, a little beyond its edges. When the region's shape
 * differs from the inset's, `fitSize` leaves room beside the area on one axis; land cut at the
 * area there would end in a straight false coast (a tall region, central Chile, cut Argentina).
 */
function shownArea(projection: GeoProjection, width: number, height: number): Box {
  const margin = 0.05;
  const [west, north] = projection.invert!([-width * margin, -height * margin])!;
  const [east, south] = projection.invert!([width * (1 + margin), height * (1 + margin)])!;
  return { west: Math.max(west, -180), east: Math.min(east, 180), south: Math.max(south, -85), north: Math.min(north, 85) };
}
