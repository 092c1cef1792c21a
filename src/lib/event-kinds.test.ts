import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { countKinds, kindCounter } from './event-kinds';
import { dictionaries } from './i18n';
import { statuses } from './vocabulary';

const events = (['confirmed', 'false-alarm', 'confirmed', 'confirmed', 'confirmed', 'unconfirmed', 'disputed'] as const).map(
  (status) => ({ status }),
);

describe('countKinds', () => {
  it('counts confirmed and disputed events as attacks, unconfirmed as claims, false alarms apart', () => {
    expect(countKinds(events)).toEqual({ attacks: 5, claims: 1, falseAlarms: 1 });
    expect(countKinds([])).toEqual({ attacks: 0, claims: 0, falseAlarms: 0 });
  });

  it('gives every status a kind', () => {
    for (const status of statuses) expect(Object.values(countKinds([{ status }])).reduce((a, b) => a + b)).toBe(1);
  });

  it('agrees with the records and the headline: five attacks', () => {
    const dir = new URL('../../content/events/', import.meta.url);
    const records = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => parse(readFileSync(new URL(f, dir), 'utf8')) as { status: (typeof statuses)[number] });
    expect(countKinds(records)).toEqual({ attacks: 5, claims: 1, falseAlarms: 1 });
    const story = parse(readFileSync(new URL('../../content/story/explorer.yaml', import.meta.url), 'utf8'));
    expect(story.title.en).toMatch(/\bfive attacks\b/i);
    expect(story.title.fr).toMatch(/\bcinq attaques\b/i);
  });
});

describe('kindCounter', () => {
  it('counts the first n events', () => {
    const count = kindCounter(events);
    expect(count(0)).toEqual({ attacks: 0, claims: 0, falseAlarms: 0 });
    expect(count(2)).toEqual({ attacks: 1, claims: 0, falseAlarms: 1 });
    expect(count(7)).toEqual(countKinds(events));
    expect(count(99)).toEqual(countKinds(events));
  });
});

describe('the readout’s words', () => {
  it('reads the counts by kind in each language', () => {
    const counts = countKinds(events);
    expect(dictionaries.en.kinds(counts)).toBe('5 attacks, 1 unconfirmed claim, 1 false alarm');
    expect(dictionaries.fr.kinds(counts)).toBe('5 attaques, 1 revendication non confirmée, 1 fausse alerte');
    expect(dictionaries.en.kinds({ attacks: 1, claims: 2, falseAlarms: 0 })).toBe('1 attack, 2 unconfirmed claims');
    expect(dictionaries.fr.kinds({ attacks: 0, claims: 0, falseAlarms: 2 })).toBe('2 fausses alertes');
    expect(dictionaries.en.kinds({ attacks: 0, claims: 0, falseAlarms: 0 })).toBe('no events yet');
  });
});
