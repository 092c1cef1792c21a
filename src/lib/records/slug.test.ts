import { describe, expect, it } from 'vitest';
import { eventSlug, slugPattern } from './slug';

const known = [
  { id: 'drone', slugWord: 'drones' },
  { id: 'rocket', slugWord: 'rockets' },
];

describe('eventSlug', () => {
  it('names the first day, the site and the weapons, in their slug words', () => {
    expect(eventSlug({ date: '2023-10-22', site: 'ain-al-asad', weapons: ['rocket'] }, known)).toBe(
      '2023-10-22-ain-al-asad-rockets',
    );
  });

  it('lists weapons in one order whatever order they are given in', () => {
    const a = eventSlug({ date: '2023-10-19', site: 'ain-al-asad', weapons: ['rocket', 'drone'] }, known);
    const b = eventSlug({ date: '2023-10-19', site: 'ain-al-asad', weapons: ['drone', 'rocket', 'drone'] }, known);
    expect(a).toBe('2023-10-19-ain-al-asad-drones-rockets');
    expect(b).toBe(a);
  });

  it('says "attack" when no weapon is known yet, and is always a valid slug', () => {
    const slug = eventSlug({ date: '2023-10-22', site: 'al-harir', weapons: [] }, known);
    expect(slug).toBe('2023-10-22-al-harir-attack');
    expect(slug).toMatch(slugPattern);
  });

  it("follows another story's weapon kinds", () => {
    const shells = [{ id: 'artillery', slugWord: 'shelling' }];
    expect(eventSlug({ date: '2024-03-02', site: 'valley-camp', weapons: ['artillery'] }, shells)).toBe('2024-03-02-valley-camp-shelling');
  });
});
