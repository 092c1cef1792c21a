import { describe, expect, it } from 'vitest';
import { matchesFilters, normalizeFilter } from './filters';

const drone = { siteId: 'ain-al-asad', status: 'confirmed' as const, weapons: ['drone' as const] };
const unarmed = { siteId: 'ain-al-asad', status: 'false-alarm' as const, weapons: [] };

describe('matchesFilters', () => {
  it('shows everything when no filter is set', () => {
    expect(matchesFilters(drone, {})).toBe(true);
    expect(matchesFilters(unarmed, {})).toBe(true);
  });

  it('requires every set filter to match', () => {
    expect(matchesFilters(drone, { sites: ['ain-al-asad'], statuses: ['confirmed'] })).toBe(true);
    expect(matchesFilters(drone, { sites: ['ain-al-asad'], statuses: ['disputed'] })).toBe(false);
    expect(matchesFilters(drone, { sites: ['al-harir'] })).toBe(false);
  });

  it('matches a weapon filter when the event used any of the chosen weapons, never when it used none', () => {
    expect(matchesFilters(drone, { weapons: ['rocket', 'drone'] })).toBe(true);
    expect(matchesFilters(unarmed, { weapons: ['rocket', 'drone'] })).toBe(false);
  });
});

describe('normalizeFilter', () => {
  it('treats "all selected" as no filter', () => {
    expect(normalizeFilter(['a', 'b'], ['a', 'b'])).toBeUndefined();
    expect(normalizeFilter(['a'], ['a', 'b'])).toEqual(['a']);
  });
});
