import { describe, expect, it } from 'vitest';
import { attackSlug, slugPattern } from './slug';

describe('attackSlug', () => {
  it('names the first day, the site and the weapons', () => {
    expect(attackSlug({ date: '2023-10-22', site: 'ain-al-asad', weapons: ['rocket'] })).toBe(
      '2023-10-22-ain-al-asad-rockets',
    );
  });

  it('lists weapons in one order whatever order they are given in', () => {
    const a = attackSlug({ date: '2023-10-19', site: 'ain-al-asad', weapons: ['rocket', 'drone'] });
    const b = attackSlug({ date: '2023-10-19', site: 'ain-al-asad', weapons: ['drone', 'rocket', 'drone'] });
    expect(a).toBe('2023-10-19-ain-al-asad-drones-rockets');
    expect(b).toBe(a);
  });

  it('says "attack" when no weapon is known yet, and is always a valid slug', () => {
    const slug = attackSlug({ date: '2023-10-22', site: 'al-harir', weapons: [] });
    expect(slug).toBe('2023-10-22-al-harir-attack');
    expect(slug).toMatch(slugPattern);
  });
});
