import { describe, expect, it } from 'vitest';
import { region } from '../fixtures/geography';
import { eventsView } from './region';
import { staticMapFrame } from './static-map';

const bases = [
  { lon: 42.4412, lat: 33.7857 }, // Ain al-Asad
  { lon: 44.34, lat: 36.53 }, // al-Harir
  { lon: 44.2561, lat: 33.284 }, // near Baghdad airport
];

describe('eventsView', () => {
  const view = eventsView(bases, region);

  it('holds every base with room around it', () => {
    for (const { lon, lat } of bases) {
      expect(lon).toBeGreaterThan(view.west + 1);
      expect(lon).toBeLessThan(view.east - 1);
      expect(lat).toBeGreaterThan(view.south + 1);
      expect(lat).toBeLessThan(view.north - 1);
    }
  });

  it('is closer than the whole region, and inside it', () => {
    expect(view.east - view.west).toBeLessThan(region.east - region.west);
    expect(view.west).toBeGreaterThanOrEqual(region.west);
    expect(view.east).toBeLessThanOrEqual(region.east);
    expect(view.south).toBeGreaterThanOrEqual(region.south);
    expect(view.north).toBeLessThanOrEqual(region.north);
  });

  it("keeps the region's shape, so the map frame has the same size whatever the events", () => {
    const shape = (box: typeof region) => {
      const frame = staticMapFrame(box);
      return frame.height / frame.width;
    };
    expect(shape(view)).toBeCloseTo(shape(region), 2);
    expect(shape(eventsView([{ lon: 43, lat: 33 }], region))).toBeCloseTo(shape(region), 2);
  });

  it('follows the events: a base far west widens the view, up to the whole region', () => {
    const withSyria = eventsView([...bases, { lon: 38.6, lat: 33.5 }], region);
    expect(withSyria.west).toBeLessThan(view.west);
    expect(withSyria.west).toBeGreaterThanOrEqual(region.west);
    expect(eventsView([{ lon: 38.2, lat: 29.2 }, { lon: 48.8, lat: 37.8 }], region)).toEqual(region);
    expect(eventsView([], region)).toEqual(region);
  });
});
