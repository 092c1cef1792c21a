import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { languages } from './vocabulary';
import { mapStyle } from './map-style';

describe('mapStyle', () => {
  it.each(languages)('is a valid MapLibre style in %s, per the style specification', (lang) => {
    const style = mapStyle({ basemapUrl: '/basemap.json', fontUrl: '/font.woff2', lang });
    expect(validateStyleMin(style).map((error) => error.message)).toEqual([]);
  });
});
