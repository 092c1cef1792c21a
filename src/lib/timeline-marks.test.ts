import { describe, expect, it } from 'vitest';
import { layoutMarks, markPaths, markShape } from './timeline-marks';
import { intervalOf } from './time';
import { timelineSpan, trackPosition } from './timeline';

const baghdad = { timeZone: 'Asia/Baghdad' as const, otherDates: [] };
const day = (date: string) => intervalOf({ precision: 'day', date, ...baghdad });
const at = (time: string) => intervalOf({ precision: 'minute', at: time, ...baghdad });
const range = (from: string, to: string) => intervalOf({ precision: 'range', from, to, ...baghdad });

// The seven real records, in their shapes (content/events/).
const records = [
  { slug: 'a', status: 'confirmed' as const, ...day('2023-10-18') },
  { slug: 'b', status: 'false-alarm' as const, ...day('2023-10-18') },
  { slug: 'c', status: 'confirmed' as const, ...at('2023-10-18T12:18') },
  { slug: 'd', status: 'confirmed' as const, ...day('2023-10-19') },
  { slug: 'e', status: 'confirmed' as const, ...range('2023-10-19', '2023-10-20') },
  { slug: 'f', status: 'unconfirmed' as const, ...day('2023-10-20') },
  { slug: 'g', status: 'disputed' as const, ...day('2023-10-21') },
];
const span = timelineSpan(records, 'Asia/Baghdad');
const position = (t: number) => trackPosition(span, t);

/** Room each mark takes, as drawn, with ticks as the room they reserve. */
function boxes(layout: ReturnType<typeof layoutMarks>, tickRoom = 1) {
  return layout.marks.map((m) => ({
    lane: m.lane,
    from: m.shape === 'tick' ? m.left - tickRoom : m.left,
    to: m.shape === 'tick' ? m.left + tickRoom : m.left + m.width,
  }));
}

describe('markShape', () => {
  it('draws a time known to the minute or hour as a tick, a day or a range as a span', () => {
    expect(markShape(at('2023-10-18T12:18'))).toBe('tick');
    expect(markShape(intervalOf({ precision: 'hour', at: '2023-10-18T12:00', ...baghdad }))).toBe('tick');
    expect(markShape(day('2023-10-18'))).toBe('span');
    expect(markShape(range('2023-10-19', '2023-10-20'))).toBe('span');
  });
});

describe('layoutMarks', () => {
  const layout = layoutMarks(records, position);

  it('puts the real records in three lanes, none overlapping another in its lane', () => {
    expect(layout.lanes).toBe(3);
    expect(layout.crowded).toBe(false);
    const all = boxes(layout);
    for (const [i, a] of all.entries()) {
      for (const b of all.slice(i + 1)) {
        if (a.lane === b.lane) expect(a.to <= b.from || b.to <= a.from, JSON.stringify([a, b])).toBe(true);
      }
    }
  });

  it('gives two events of the same day their own lanes, and reuses a lane once it is free', () => {
    const lanes = Object.fromEntries(layout.marks.map((m) => [m.slug, m.lane]));
    expect(new Set([lanes.a, lanes.b, lanes.c]).size).toBe(3);
    expect([lanes.a, lanes.b]).toContain(lanes.d);
    expect(layout.lanes).toBeLessThan(records.length);
    expect(lanes.f).not.toBe(lanes.e);
  });

  it('draws a day as a bracket over that day, inset so consecutive days part', () => {
    const first = layout.marks.find((m) => m.slug === 'a')!;
    expect(first).toMatchObject({ shape: 'span', left: 0.7 });
    expect(first.width).toBeCloseTo(25 - 1.4);
    const twoDays = layout.marks.find((m) => m.slug === 'e')!;
    expect(twoDays.left).toBeCloseTo(25.7);
    expect(twoDays.width).toBeCloseTo(50 - 1.4);
  });

  it('draws an exact time as a tick at that time', () => {
    const tick = layout.marks.find((m) => m.slug === 'c')!;
    expect(tick).toMatchObject({ shape: 'tick', width: 0 });
    expect(tick.left).toBeCloseTo((12.3 / 96) * 100);
  });

  it('keeps ticks of nearby times apart', () => {
    const close = [
      { slug: 'x', status: 'confirmed' as const, ...at('2023-10-18T12:00') },
      { slug: 'y', status: 'confirmed' as const, ...at('2023-10-18T12:30') },
    ];
    const { marks } = layoutMarks(close, position);
    expect(marks[0]!.lane).not.toBe(marks[1]!.lane);
  });

  it('stops at maxLanes and says the track is crowded', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ slug: `s${i}`, status: 'confirmed' as const, ...day('2023-10-18') }));
    const crowded = layoutMarks(many, position, { maxLanes: 4 });
    expect(crowded.lanes).toBe(4);
    expect(crowded.crowded).toBe(true);
  });
});

describe('markPaths', () => {
  it('draws ticks as strokes, and spans as end caps with a line between', () => {
    const { marks } = layoutMarks(records.slice(0, 3), position);
    const paths = markPaths(marks);
    expect(paths.ticks.match(/M/g)).toHaveLength(1);
    expect(paths.caps.match(/M/g)).toHaveLength(4);
    expect(paths.lines.match(/M/g)).toHaveLength(2);
  });
});
