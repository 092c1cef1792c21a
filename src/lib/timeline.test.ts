import { describe, expect, it } from 'vitest';
import {
  dayTicks,
  trackPaths,
  trackPosition,
  hasBegun,
  markFor,
  stepAtTime,
  stepCount,
  timeAfter,
  timeAtStep,
  timelineScale,
  timelineSpan,
} from './timeline';
import { intervalOf } from './time';

const baghdad = { timeZone: 'Asia/Baghdad' as const, otherDates: [] };
const firstDay = intervalOf({ precision: 'day', date: '2023-10-18', ...baghdad });
const noonish = intervalOf({ precision: 'minute', at: '2023-10-18T12:18', ...baghdad });
const lastDay = intervalOf({ precision: 'day', date: '2023-10-21', ...baghdad });
const span = timelineSpan([noonish, lastDay, firstDay], 'Asia/Baghdad');

describe('timelineSpan', () => {
  it('runs from Wednesday 18 Oct 00:00 to Saturday 21 Oct 24:00, Baghdad time, for the records', () => {
    expect(new Date(span.start).toISOString()).toBe('2023-10-17T21:00:00.000Z');
    expect(new Date(span.end).toISOString()).toBe('2023-10-21T21:00:00.000Z');
  });

  it('grows when a record falls on a later day', () => {
    const later = intervalOf({ precision: 'minute', at: '2023-10-22T08:00', ...baghdad });
    const longer = timelineSpan([firstDay, later], 'Asia/Baghdad');
    expect(new Date(longer.end).toISOString()).toBe('2023-10-22T21:00:00.000Z');
  });
});

describe('timeline geometry', () => {
  const scale = timelineScale(span);

  it('puts one tick at each local midnight', () => {
    const ticks = dayTicks(span);
    expect(ticks).toHaveLength(4);
    expect(ticks.map((t) => scale(t))).toEqual([0, 25, 50, 75]);
  });

  it('draws a day-precision event as a band over its day', () => {
    expect(markFor(lastDay, scale)).toEqual({ left: 75, width: 25 });
  });

  it('draws an event known to the minute as a point', () => {
    const mark = markFor(noonish, scale);
    expect(mark.width).toBe(0);
    expect(mark.left).toBeCloseTo((12.3 / 96) * 100, 5);
  });
});

describe('slider steps', () => {
  it('has one step per hour, both ends included', () => {
    expect(stepCount(span)).toBe(96);
    expect(timeAtStep(span, 96)).toBe(span.end);
    expect(stepAtTime(span, span.start - 1e9)).toBe(0);
  });

  it('shows an event once its window has opened, and not at the opening instant', () => {
    expect(hasBegun(firstDay, timeAtStep(span, 0))).toBe(false);
    expect(hasBegun(firstDay, timeAtStep(span, 1))).toBe(true);
    expect(hasBegun(noonish, timeAtStep(span, 12))).toBe(false);
    expect(hasBegun(noonish, timeAtStep(span, 13))).toBe(true);
  });

  it('finds the first step after an event has fully passed', () => {
    expect(timeAfter(span, noonish)).toBe(timeAtStep(span, 13));
    expect(timeAfter(span, lastDay)).toBe(span.end);
  });
});

describe('trackPaths', () => {
  it('draws point events as strokes and day events as bands, one path pair per status', () => {
    const scale = timelineScale(span);
    const paths = trackPaths(
      [
        { ...noonish, status: 'confirmed' },
        { ...lastDay, status: 'disputed' },
        { ...firstDay, status: 'confirmed' },
      ],
      scale,
    );
    expect(paths).toHaveLength(2);
    const confirmed = paths.find((p) => p.status === 'confirmed')!;
    expect(confirmed.points).toMatch(/^M12\.812 0V10$/);
    expect(confirmed.bands).toBe('M0.000 0h25.000v10h-25.000z');
    expect(paths.find((p) => p.status === 'disputed')!.bands).toBe('M75.000 0h25.000v10h-25.000z');
  });
});

describe('trackPosition', () => {
  it('agrees with the d3 time scale the server draws the track with', () => {
    const scale = timelineScale(span);
    for (const time of [span.start - 1, span.start, noonish.start, lastDay.start, span.end, span.end + 1]) {
      expect(trackPosition(span, time)).toBeCloseTo(scale(time), 9);
    }
  });
});
