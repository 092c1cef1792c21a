/**
 * The inset locator: the Middle East at small scale (Natural Earth 1:110m, world-atlas) with
 * the map's frame outlined, so a reader sees where the region sits.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import type { Box } from './clip';
import { clipPolygons, type Position } from './clip';
import { FOCUS_COUNTRY } from './basemap';

const AREA: Box = { west: 24, south: 12, east: 64, north: 43 };

export interface Inset {
  width: number;
  height: number;
  land: string;
  focus: string;
  frame: { x: number; y: number; width: number; height: number };
}

/** The inset's land never changes: it is drawn once per build, only its frame follows the view. */
let land: ReturnType<typeof drawLand> | undefined;

export function insetLocator(view: Box, width = 84, height = 62): Inset {
  if (land?.width !== width || land.height !== height) land = drawLand(width, height);
  const { projection } = land;
  const [x0, y0] = projection([view.west, view.north])!;
  const [x1, y1] = projection([view.east, view.south])!;
  const r = (v: number) => Math.round(v * 10) / 10;
  return { width, height, land: land.land, focus: land.focus, frame: { x: r(x0), y: r(y0), width: r(x1 - x0), height: r(y1 - y0) } };
}

function drawLand(width: number, height: number) {
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const projection = geoMercator().fitSize([width, height], {
    type: 'MultiPoint',
    coordinates: [[AREA.west, AREA.south], [AREA.east, AREA.north]],
  });
  const path = geoPath(projection).digits(0);
  let land = '';
  let focus = '';
  for (const country of feature(topology, topology.objects.countries).features) {
    const g = country.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon | null;
    if (!g) continue;
    const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Position[][][];
    const clipped = clipPolygons(polygons, AREA);
    if (!clipped.length) continue;
    const d = path({ type: 'MultiPolygon', coordinates: clipped }) ?? '';
    if (country.properties.name === FOCUS_COUNTRY) focus = d;
    else land += d;
  }
  return { width, height, land, focus, projection };
}
