import { describe, expect, it } from 'vitest';
import { insetLocator } from './inset';
import { testGeography } from '../fixtures/geography';

/** The x coordinates a path's absolute commands reach (geoPath writes M and L pairs). */
const xs = (d: string) => [...d.matchAll(/[ML](-?\d+),(-?\d+)/g)].map((m) => Number(m[1]));

describe('the inset locator', () => {
  it('draws land to both edges when the region is taller than the inset (no false coast)', () => {
    // Central Chile: a tall region in a wide inset. Argentina runs on past the inset's right edge.
    const chile = { region: { west: -74, south: -38, east: -69, north: -32 }, country: 'CL' };
    const inset = insetLocator(chile.region, chile);
    expect(inset.focus).not.toBe('');
    expect(Math.max(...xs(inset.land))).toBeGreaterThanOrEqual(inset.width);
  });

  it('frames the view inside the inset', () => {
    const inset = insetLocator(testGeography.region, testGeography);
    expect(inset.focus).not.toBe('');
    expect(inset.frame.x).toBeGreaterThan(0);
    expect(inset.frame.y).toBeGreaterThan(0);
    expect(inset.frame.x + inset.frame.width).toBeLessThan(inset.width);
    expect(inset.frame.y + inset.frame.height).toBeLessThan(inset.height);
  });
});
