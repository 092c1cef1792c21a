/**
 * The static map: the basemap projected to SVG path data at build time (d3-geo), so pages
 * show the bases without JavaScript or WebGL, in the same frame the interactive map uses.
 */
import { geoMercator, geoPath } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import type { Lang } from '../schema';
import { countryName, type Basemap } from './basemap';
import type { Box } from './clip';

export const STATIC_MAP_WIDTH = 600;

export interface StaticMapFrame {
  width: number;
  height: number;
  project: (lon: number, lat: number) => [number, number];
}

/** A Mercator frame that fits `box` into the given width; height follows the box's shape. */
export function staticMapFrame(box: Box, width = STATIC_MAP_WIDTH): StaticMapFrame {
  const corners: MultiPoint = { type: 'MultiPoint', coordinates: [[box.west, box.south], [box.east, box.north]] };
  const projection = geoMercator().fitWidth(width, corners);
  const [[, top], [, bottom]] = geoPath(projection).bounds(corners);
  const height = Math.round(bottom - top);
  return {
    width,
    height,
    project: (lon, lat) => {
      const [x, y] = projection([lon, lat]) ?? [0, 0];
      return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
    },
  };
}

export interface StaticMapLayers {
  countries: { d: string; focus: boolean }[];
  borders: string;
  rivers: string;
  lakes: string;
  labels: { x: number; y: number; lon: number; lat: number; text: string }[];
}

export function staticMapLayers(basemap: Basemap, frame: StaticMapFrame, lang: Lang): StaticMapLayers {
  // Project by hand (no spherical clipping): the basemap is already cut to the frame.
  const path = (rings: [number, number][][]) =>
    rings
      .map((ring) => `M${ring.map(([lon, lat]) => frame.project(lon, lat).join(',')).join('L')}Z`)
      .join('');
  const line = (lines: [number, number][][]) =>
    lines.map((l) => `M${l.map(([lon, lat]) => frame.project(lon, lat).join(',')).join('L')}`).join('');
  return {
    countries: basemap.countries.features.map((f) => ({
      d: f.geometry.coordinates.map((polygon) => path(polygon as [number, number][][])).join(''),
      focus: f.properties.focus,
    })),
    borders: line(basemap.borders.geometry.coordinates as [number, number][][]),
    rivers: line(basemap.rivers.geometry.coordinates as [number, number][][]),
    lakes: basemap.lakes.geometry.coordinates.map((polygon) => path(polygon as [number, number][][])).join(''),
    labels: basemap.labels.features.map((f) => {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      const [x, y] = frame.project(lon, lat);
      return { x, y, lon, lat, text: countryName(f.properties, lang) };
    }),
  };
}
