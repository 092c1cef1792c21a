/**
 * The MapLibre style, generated from the theme tokens: the site's own basemap GeoJSON and
 * label font, no tile, glyph or sprite server.
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from './schema';
import { fonts, palette, statusStyle } from './theme';

export const BASES_SOURCE = 'bases';
export const BASES_LAYER = 'base-markers';

const statusColour: ExpressionSpecification = [
  'match',
  ['get', 'status'],
  'confirmed',
  statusStyle.confirmed.colour,
  'disputed',
  statusStyle.disputed.colour,
  'unconfirmed',
  statusStyle.unconfirmed.colour,
  'false-alarm',
  statusStyle['false-alarm'].colour,
  palette.muted,
];

const kindIs = (kind: string): ExpressionSpecification => ['==', ['get', 'kind'], kind];

export function mapStyle({ basemapUrl, fontUrl, lang }: { basemapUrl: string; fontUrl: string; lang: Lang }): StyleSpecification {
  return {
    version: 8,
    'font-faces': { [fonts.mapLabel]: fontUrl },
    sources: {
      basemap: { type: 'geojson', data: basemapUrl },
      [BASES_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' },
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
        id: 'borders',
        type: 'line',
        source: 'basemap',
        filter: kindIs('border'),
        paint: { 'line-color': palette.border, 'line-width': 1 },
      },
      {
        id: 'country-labels',
        type: 'symbol',
        source: 'basemap',
        filter: kindIs('label'),
        layout: {
          'text-field': ['upcase', ['get', `name_${lang}`]],
          'text-font': [fonts.mapLabel],
          'text-size': 12,
          'text-letter-spacing': 0.15,
        },
        paint: { 'text-color': palette.muted, 'text-halo-color': palette.land, 'text-halo-width': 1 },
      },
      {
        id: 'city-dots',
        type: 'circle',
        source: 'basemap',
        filter: kindIs('city'),
        paint: { 'circle-radius': 3, 'circle-color': palette.muted },
      },
      {
        id: 'city-labels',
        type: 'symbol',
        source: 'basemap',
        filter: kindIs('city'),
        layout: {
          'text-field': ['get', `name_${lang}`],
          'text-font': [fonts.mapLabel],
          'text-size': 12,
          'text-anchor': 'top',
          'text-offset': [0, 0.4],
        },
        paint: { 'text-color': palette.muted, 'text-halo-color': palette.paper, 'text-halo-width': 1.5 },
      },
      {
        id: 'base-selection',
        type: 'circle',
        source: BASES_SOURCE,
        filter: ['boolean', ['get', 'selected'], false],
        paint: {
          'circle-radius': ['+', ['get', 'radius'], 6],
          'circle-color': 'rgba(0,0,0,0)',
          'circle-stroke-color': palette.ink,
          'circle-stroke-width': 2,
        },
      },
      {
        id: BASES_LAYER,
        type: 'circle',
        source: BASES_SOURCE,
        paint: {
          'circle-radius': ['max', ['get', 'radius'], 4],
          // Shapes as in theme.ts: unconfirmed and false alarms (and bases with nothing yet) are rings.
          'circle-color': [
            'case',
            ['any', ['==', ['get', 'count'], 0], ['match', ['get', 'status'], ['unconfirmed', 'false-alarm'], true, false]],
            palette.paper,
            statusColour,
          ],
          'circle-opacity': 0.9,
          'circle-stroke-color': ['case', ['==', ['get', 'count'], 0], palette.muted, statusColour],
          'circle-stroke-width': [
            'case',
            ['boolean', ['feature-state', 'hover'], false],
            4,
            ['==', ['get', 'status'], 'unconfirmed'],
            3,
            1.5,
          ],
        },
      },
      {
        id: 'base-marker-dot',
        type: 'circle',
        source: BASES_SOURCE,
        filter: ['==', ['get', 'status'], 'disputed'],
        paint: { 'circle-radius': ['*', ['get', 'radius'], 0.4], 'circle-color': palette.paper },
      },
      {
        id: 'base-marker-cross',
        type: 'symbol',
        source: BASES_SOURCE,
        filter: ['==', ['get', 'status'], 'false-alarm'],
        layout: {
          'text-field': '×',
          'text-font': [fonts.mapLabel],
          'text-size': ['max', ['*', ['get', 'radius'], 1.6], 12],
          'text-allow-overlap': true,
          'text-ignore-placement': true,
        },
        paint: { 'text-color': statusStyle['false-alarm'].colour },
      },
      {
        id: 'base-labels',
        type: 'symbol',
        source: BASES_SOURCE,
        layout: {
          'text-field': ['format', ['get', 'name'], {}, '\n', {}, ['get', 'countLabel'], { 'font-scale': 0.85 }],
          'text-font': [fonts.mapLabel],
          'text-size': 13,
          // Clear of the marker whatever its size; to the right if the left side is taken.
          'text-variable-anchor': ['left', 'right'],
          'text-radial-offset': ['+', ['/', ['max', ['get', 'radius'], 4], 13], 0.5],
          'text-allow-overlap': true,
        },
        paint: { 'text-color': palette.ink, 'text-halo-color': palette.paper, 'text-halo-width': 1.5 },
      },
    ],
  };
}
