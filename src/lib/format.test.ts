import { describe, expect, it } from 'vitest';
import { formatDayTick, formatMoment, formatWhen, machineReadable, quotedIn, sourceName } from './format';
import { dictionaries } from './i18n';
import { intervalOf } from './time';

const { fr, en } = dictionaries;
const baghdad = { timeZone: 'Asia/Baghdad' as const, otherDates: [] };

describe('formatWhen', () => {
  it('says the day only when only the day is known', () => {
    const when = { precision: 'day' as const, date: '2023-10-21', ...baghdad };
    expect(formatWhen(when, fr)).toBe('samedi 21 octobre 2023');
    expect(formatWhen(when, en)).toBe('Saturday 21 October 2023');
  });

  it('gives the local clock time when it is known', () => {
    const when = { precision: 'minute' as const, at: '2023-10-18T12:18', ...baghdad };
    expect(formatWhen(when, fr)).toBe('mercredi 18 octobre 2023, 12 h 18');
    expect(formatWhen(when, en)).toBe('Wednesday 18 October 2023, 12:18');
  });

  it('says "around" a time known to the hour only', () => {
    const when = { precision: 'hour' as const, at: '2023-10-18T21:00', ...baghdad };
    expect(formatWhen(when, fr)).toBe('mercredi 18 octobre 2023, vers 21 h 00');
    expect(formatWhen(when, en)).toBe('Wednesday 18 October 2023, around 21:00');
  });

  it('says "between" for a range of days', () => {
    const when = { precision: 'range' as const, from: '2023-10-19', to: '2023-10-20', ...baghdad };
    expect(formatWhen(when, fr)).toBe('entre le jeudi 19 octobre 2023 et le vendredi 20 octobre 2023');
    expect(formatWhen(when, en)).toBe('between Thursday 19 October 2023 and Friday 20 October 2023');
  });
});

describe('machineReadable', () => {
  it('keeps a day a day, and gives exact times their offset', () => {
    const day = { precision: 'day' as const, date: '2023-10-21', ...baghdad };
    expect(machineReadable(day, intervalOf(day).start)).toBe('2023-10-21');
    const exact = { precision: 'minute' as const, at: '2023-10-18T12:18', ...baghdad };
    expect(machineReadable(exact, intervalOf(exact).start)).toBe('2023-10-18T12:18+03:00');
  });
});

describe('timeline labels', () => {
  const saturdayMidnightEnd = Date.UTC(2023, 9, 21, 21);
  it('formats the slider time in Baghdad time, in the page language', () => {
    expect(formatMoment(Date.UTC(2023, 9, 19, 11), fr, 'Asia/Baghdad')).toBe('jeu. 19 oct., 14 h 00');
    expect(formatMoment(Date.UTC(2023, 9, 19, 11), en, 'Asia/Baghdad')).toBe('Thu 19 Oct, 14:00');
  });

  it('reads the end of the timeline as the end of the last day, not 24:00', () => {
    expect(formatMoment(saturdayMidnightEnd, en, 'Asia/Baghdad', true)).toBe('Sat 21 Oct, end of day');
    expect(formatMoment(saturdayMidnightEnd, fr, 'Asia/Baghdad', true)).toBe('sam. 21 oct., fin de journée');
  });

  it('labels day ticks with the local weekday, date and month', () => {
    expect(formatDayTick(Date.UTC(2023, 9, 17, 21), fr, 'Asia/Baghdad')).toBe('mer. 18 oct.');
    expect(formatDayTick(Date.UTC(2023, 9, 17, 21), en, 'Asia/Baghdad')).toBe('Wed 18 Oct');
    expect(formatDayTick(Date.UTC(2023, 9, 17, 21), fr, 'Asia/Baghdad', 'short')).toBe('18 oct.');
  });
});

describe('sourceName', () => {
  it('credits the wire first when the publisher carries its copy', () => {
    const source = { publisher: 'libe.ma', via: 'AFP', title: 't', language: 'fr' as const };
    expect(sourceName(source, fr)).toBe('AFP, repris par libe.ma');
    expect(sourceName(source, en)).toBe('AFP, via libe.ma');
    expect(sourceName({ ...source, via: undefined }, en)).toBe('libe.ma');
  });
});

describe('quotedIn', () => {
  it("quotes in the marks of the quote's own language", () => {
    expect(quotedIn('Nous frapperons', 'fr')).toBe('«\u00a0Nous frapperons\u00a0»');
    expect(quotedIn('We will respond', 'en')).toBe('“We will respond”');
    expect(quotedIn('Wir werden', 'de')).toBe('„Wir werden“');
  });
});
