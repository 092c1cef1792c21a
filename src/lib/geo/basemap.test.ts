import { describe, expect, it } from 'vitest';
import { buildBasemap } from './basemap';
import { region, testGeography } from '../fixtures/geography';

describe('buildBasemap', () => {
  const basemap = buildBasemap(testGeography);

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

  it('places one label per country with room for its name, Iraq’s inside Iraq', () => {
    const labelled = basemap.labels.features.map((f) => f.properties.name_en).sort();
    // Kuwait and Jordan show only a sliver inside the region box.
    expect(labelled).toEqual(['Iran', 'Iraq', 'Saudi Arabia', 'Syria', 'Turkey']);
    const iraq = basemap.labels.features.find((f) => f.properties.name_en === 'Iraq');
    const [lon, lat] = iraq!.geometry.coordinates as [number, number];
    expect(lon).toBeGreaterThan(40);
    expect(lon).toBeLessThan(47);
    expect(lat).toBeGreaterThan(31);
    expect(lat).toBeLessThan(36);
  });

  it('puts labels inside the view the maps open on, so the frame never cuts a name', () => {
    const view = { west: 39.5, south: 31.75, east: 47.27, north: 38 };
    const { labels } = buildBasemap(testGeography, view);
    expect(labels.features.length).toBeGreaterThanOrEqual(4);
    for (const label of labels.features) {
      const [lon, lat] = label.geometry.coordinates as [number, number];
      expect(lon).toBeGreaterThan(view.west);
      expect(lon).toBeLessThan(view.east);
      expect(lat).toBeGreaterThan(view.south);
      expect(lat).toBeLessThan(view.north);
    }
  });

  it('stays small enough to ship with every page view', () => {
    expect(JSON.stringify(basemap).length).toBeLessThan(60_000);
  });
});
