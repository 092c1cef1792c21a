import { describe, expect, it } from 'vitest';
import {
  dayLabelRules,
  dayTicks,
  trackPosition,
  hasBegun,
  stepAtTime,
  stepCount,
  timeAfter,
  timeAtStep,
  timelineScale,
  playDuration,
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

describe('trackPosition', () => {
  it('agrees with the d3 time scale the server draws the track with', () => {
    const scale = timelineScale(span);
    for (const time of [span.start - 1, span.start, noonish.start, lastDay.start, span.end, span.end + 1]) {
      expect(trackPosition(span, time)).toBeCloseTo(scale(time), 9);
    }
  });
});

describe('playDuration', () => {
  const days = (n: number) => ({ start: 0, end: n * 86_400_000, timeZone: 'UTC' });
  it('plays four days in twelve seconds (125 ms an hour), as the first story did', () => {
    expect(playDuration({}, days(4))).toBe(12_000);
    expect(playDuration({}, days(4)) / stepCount(days(4))).toBe(125);
  });
  it('keeps a long story under half a minute and a short one above eight seconds', () => {
    expect(playDuration({}, days(30))).toBe(30_000);
    expect(playDuration({}, days(1))).toBe(8_000);
  });
  it("takes the story's own pace when its settings give one", () => {
    expect(playDuration({ play: { seconds: 20 } }, days(30))).toBe(20_000);
  });
});

describe('dayLabelRules', () => {
  it('keeps the four-day story as it was: weekdays down to 26rem, hour labels from 30rem', () => {
    const rules = dayLabelRules(4);
    expect(rules).toContain('@container (max-width: 26rem) { .timeline .timeline__day-long { display: none; }');
    expect(rules).toContain('@container (min-width: 30rem) { .timeline .timeline__hours');
  });

  it('gives each day the same room whatever the number of days, so eight days switch at twice the width', () => {
    const widths = (days: number) => [...dayLabelRules(days).matchAll(/-width: (\d+(?:\.\d+)?)rem/g)].map((m) => Number(m[1]));
    const [four, eight] = [widths(4), widths(8)];
    expect(eight).toHaveLength(four.length);
    four.forEach((w, i) => expect(eight[i]).toBeCloseTo(w * 2, 1));
  });

  it('thins day numbers to every 2nd, 4th then 7th day where even numbers do not fit', () => {
    const rules = dayLabelRules(30);
    for (const every of [2, 4, 7]) expect(rules).toContain(`:not(:nth-child(${every}n+1)) .timeline__day-number { visibility: hidden; }`);
  });
});
