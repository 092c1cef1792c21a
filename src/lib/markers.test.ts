import { describe, expect, it } from 'vitest';
import {
  baseMarkerScale,
  siteStatesAt,
  siteSummary,
  eventMarks,
  markerSvg,
  maxEventsPerSite,
  type MarkerEvent,
} from './markers';
import { en } from './i18n/en';
import { fr } from './i18n/fr';
import { statusStyle } from './theme';

const hour = 3_600_000;
const events: MarkerEvent[] = [
  { siteId: 'a', status: 'confirmed', start: 0, end: hour },
  { siteId: 'b', status: 'unconfirmed', start: 2 * hour, end: 3 * hour },
  { siteId: 'a', status: 'disputed', start: 5 * hour, end: 6 * hour },
  { siteId: 'a', status: 'confirmed', start: 7 * hour, end: 8 * hour },
  { siteId: 'a', status: 'false-alarm', start: 8 * hour, end: 9 * hour },
];

describe('siteStatesAt', () => {
  it('counts the events begun at each base by status, not only the latest one', () => {
    const at = siteStatesAt(events, 10 * hour, ['a', 'b', 'c']);
    expect(at.get('a')).toEqual({ count: 4, byStatus: { confirmed: 2, disputed: 1, unconfirmed: 0, 'false-alarm': 1 } });
    expect(at.get('b')).toEqual({ count: 1, byStatus: { confirmed: 0, disputed: 0, unconfirmed: 1, 'false-alarm': 0 } });
    expect(at.get('c')!.count).toBe(0);
  });

  it('leaves out events that have not begun at the slider time', () => {
    expect(siteStatesAt(events, 4 * hour, ['a']).get('a')!.byStatus).toEqual({
      confirmed: 1,
      disputed: 0,
      unconfirmed: 0,
      'false-alarm': 0,
    });
  });
});

describe('baseMarkerScale', () => {
  it('grows marker area, not radius, with the count', () => {
    const radius = baseMarkerScale(maxEventsPerSite(events), 20);
    expect(radius(0)).toBe(0);
    expect(radius(4)).toBe(20);
    expect(radius(1) / radius(4)).toBeCloseTo(0.5, 5);
  });
});

describe('eventMarks', () => {
  it('draws one mark per event, grouped by status, on the rim', () => {
    const marks = eventMarks({ confirmed: 2, disputed: 1, unconfirmed: 0, 'false-alarm': 1 }, 20);
    expect(marks.map((m) => m.status)).toEqual(['confirmed', 'confirmed', 'disputed', 'false-alarm']);
    for (const m of marks) expect(Math.hypot(m.x, m.y)).toBeCloseTo(20, 1);
    expect(marks[0]).toMatchObject({ x: 0, y: -20 });
  });

  it('never overlaps marks, however many share a rim', () => {
    const marks = eventMarks({ confirmed: 30, disputed: 0, unconfirmed: 0, 'false-alarm': 0 }, 22);
    for (let i = 1; i < marks.length; i++) {
      const [a, b] = [marks[i - 1]!, marks[i]!];
      expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r);
    }
  });

  it('draws nothing for a base with no event yet', () => {
    expect(eventMarks({ confirmed: 0, disputed: 0, unconfirmed: 0, 'false-alarm': 0 }, 5)).toEqual([]);
  });
});

describe('markerSvg', () => {
  const scale = baseMarkerScale(4);
  const mixed = { count: 2, byStatus: { confirmed: 1, disputed: 0, unconfirmed: 1, 'false-alarm': 0 } };
  it('uses every status colour present, and only theme colours', () => {
    const svg = markerSvg(mixed, scale);
    expect(svg).toContain(statusStyle.confirmed.colour);
    expect(svg).toContain(statusStyle.unconfirmed.colour);
    expect(svg).not.toContain(statusStyle.disputed.colour);
  });
  it('dashes the circle of an approximate position and rings a selection', () => {
    expect(markerSvg(mixed, scale, { approximate: true })).toContain('stroke-dasharray');
    expect(markerSvg(mixed, scale).match(/<circle/g)!.length).toBe(4);
    expect(markerSvg(mixed, scale, { selected: true }).match(/<circle/g)!.length).toBe(5);
  });
});

describe('siteSummary', () => {
  const state = { count: 4, byStatus: { confirmed: 2, disputed: 1, unconfirmed: 0, 'false-alarm': 1 } };
  it('names every status present, in both languages', () => {
    expect(siteSummary('Ain al-Asad', state, en)).toBe('Ain al-Asad: 4 events (2 confirmed, 1 disputed, 1 false alarm)');
    expect(siteSummary('Aïn al-Assad', state, fr)).toBe('Aïn al-Assad: 4 événements (2 confirmés, 1 contesté, 1 fausse alerte)');
  });
});
