import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { mapStyle } from './map-style';

describe('mapStyle', () => {
  it('is a valid MapLibre style, per the style specification', () => {
    expect(validateStyleMin(mapStyle({ basemapUrl: '/basemap.json' })).map((error) => error.message)).toEqual([]);
  });
});
