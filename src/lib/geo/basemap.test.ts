import { describe, expect, it } from 'vitest';
import { buildBasemap } from './basemap';
import { region } from './region';

describe('buildBasemap', () => {
  const basemap = buildBasemap();

  it('keeps the countries of the region, with Iraq as the focus and French names', () => {
    const names = basemap.countries.features.map((f) => f.properties.name_en).sort();
    expect(names).toEqual(['Iran', 'Iraq', 'Jordan', 'Kuwait', 'Saudi Arabia', 'Syria', 'Turkey']);
    const iraq = basemap.countries.features.find((f) => f.properties.focus);
    expect(iraq?.properties).toMatchObject({ name_en: 'Iraq', name_fr: 'Irak' });
  });

  it('cuts every coordinate to the region box', () => {
    const positions = [
      ...basemap.countries.features.flatMap((f) => f.geometry.coordinates.flat(2)),
      ...basemap.borders.geometry.coordinates.flat(),
    ];
    expect(positions.length).toBeGreaterThan(100);
    for (const [lon, lat] of positions as [number, number][]) {
      expect(lon).toBeGreaterThanOrEqual(region.west);
      expect(lon).toBeLessThanOrEqual(region.east);
      expect(lat).toBeGreaterThanOrEqual(region.south);
      expect(lat).toBeLessThanOrEqual(region.north);
    }
  });

  it('places one label per country, Iraq’s inside Iraq', () => {
    expect(basemap.labels.features).toHaveLength(basemap.countries.features.length);
    const iraq = basemap.labels.features.find((f) => f.properties.name_en === 'Iraq');
    const [lon, lat] = iraq!.geometry.coordinates as [number, number];
    expect(lon).toBeGreaterThan(40);
    expect(lon).toBeLessThan(47);
    expect(lat).toBeGreaterThan(31);
    expect(lat).toBeLessThan(36);
  });

  it('stays small enough to ship with every page view', () => {
    expect(JSON.stringify(basemap).length).toBeLessThan(60_000);
  });
});
