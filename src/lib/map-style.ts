/**
 * The MapLibre style, generated from the theme tokens: the site's own basemap GeoJSON, no tile,
 * glyph or sprite server. It draws the basemap only: bases, places and every label are HTML pins
 * shared with the static map (src/islands/map-overlay.ts), placed by src/lib/placement.ts.
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { palette } from './theme';

const kindIs = (kind: string): ExpressionSpecification => ['==', ['get', 'kind'], kind];

export function mapStyle({ basemapUrl }: { basemapUrl: string }): StyleSpecification {
  return {
    version: 8,
    sources: {
      basemap: { type: 'geojson', data: basemapUrl },
    },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': palette.water } },
      {
        id: 'land',
        type: 'fill',
        source: 'basemap',
        filter: kindIs('country'),
        paint: { 'fill-color': ['case', ['get', 'focus'], palette.focusLand, palette.land] },
      },
      {
        id: 'lakes',
        type: 'fill',
        source: 'basemap',
        filter: kindIs('lake'),
        paint: { 'fill-color': palette.water },
      },
      {
        id: 'rivers',
        type: 'line',
        source: 'basemap',
        filter: kindIs('river'),
        paint: { 'line-color': palette.river, 'line-width': 1.2 },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'basemap',
        filter: kindIs('border'),
        paint: { 'line-color': palette.border, 'line-width': 1 },
      },
    ],
  };
}
