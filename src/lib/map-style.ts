/**
 * The MapLibre style, generated from the theme tokens: the site's own basemap GeoJSON and
 * label font, no tile, glyph or sprite server.
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from './schema';
import { fonts, palette, statusStyle } from './theme';

export const BASES_SOURCE = 'bases';
export const BASES_LAYER = 'base-markers';

/**
 * Per-step state of a base (count, status, radius, selected, hover) is MapLibre feature state,
 * set by the map island on each slider step: paint expressions read it, so a step redraws one
 * frame without sending the source back through the worker. Filters and layout properties
 * cannot read feature state, so every layer draws every base and hides what does not apply
 * with an opacity.
 */
const state = (name: string): ExpressionSpecification => ['feature-state', name];
const status: ExpressionSpecification = ['coalesce', state('status'), 'none'];
const count: ExpressionSpecification = ['to-number', ['coalesce', state('count'), 0]];
const radius: ExpressionSpecification = ['to-number', ['coalesce', state('radius'), 0]];
const isStatus = (value: string): ExpressionSpecification => ['==', status, value];

const statusColour: ExpressionSpecification = [
  'match',
  status,
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
        paint: {
          'circle-radius': ['+', radius, 6],
          'circle-color': 'rgba(0,0,0,0)',
          'circle-stroke-color': palette.ink,
          'circle-stroke-width': 2,
          'circle-stroke-opacity': ['case', ['boolean', state('selected'), false], 1, 0],
        },
      },
      {
        id: BASES_LAYER,
        type: 'circle',
        source: BASES_SOURCE,
        paint: {
          'circle-radius': ['max', radius, 4],
          // Shapes as in theme.ts: unconfirmed and false alarms (and bases with nothing yet) are rings.
          'circle-color': [
            'case',
            ['any', ['==', count, 0], isStatus('unconfirmed'), isStatus('false-alarm')],
            palette.paper,
            statusColour,
          ],
          'circle-opacity': 0.9,
          'circle-stroke-color': ['case', ['==', count, 0], palette.muted, statusColour],
          'circle-stroke-width': [
            'case',
            ['boolean', state('hover'), false],
            4,
            isStatus('unconfirmed'),
            3,
            1.5,
          ],
        },
      },
      {
        id: 'base-marker-dot',
        type: 'circle',
        source: BASES_SOURCE,
        paint: {
          'circle-radius': ['*', radius, 0.4],
          'circle-color': palette.paper,
          'circle-opacity': ['case', isStatus('disputed'), 1, 0],
        },
      },
      // The false-alarm cross and the base labels are HTML markers (src/islands/map.ts): their
      // size, text and offset change with the count, and those are layout properties here.
      // This invisible layer keeps the labels' place (as drawn with every event begun) from the
      // city and country labels, which give way to it as they did to the labels themselves.
      {
        id: 'base-label-space',
        type: 'symbol',
        source: BASES_SOURCE,
        layout: {
          'text-field': ['format', ['get', 'name'], {}, '\n', {}, ['get', 'countSpace'], { 'font-scale': 0.85 }],
          'text-font': [fonts.mapLabel],
          'text-size': 13,
          'text-variable-anchor': ['left'],
          'text-radial-offset': ['+', ['/', ['max', ['get', 'radiusSpace'], 4], 13], 0.5],
          'text-allow-overlap': true,
        },
        paint: { 'text-opacity': 0 },
      },
    ],
  };
}
