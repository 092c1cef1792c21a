import { describe, expect, it } from 'vitest';
import { ref, testSettings } from './fixtures/record-set';
import { attackSchema, missingHeadline, settingsSchema, sourceSchema } from './schema';

const minimal = {
  slug: '2023-10-22-test',
  title: { fr: 'Titre', en: 'Title' },
  summary: { fr: 'Résumé', en: 'Summary' },
  when: { precision: 'day', date: '2023-10-22' },
  site: 'test-base',
  status: 'unconfirmed',
  accounts: [{ source: 'wire', attribution: { fr: 'Un officiel', en: 'An official' }, says: { fr: 'Oui', en: 'Yes' } }],
};

describe('attackSchema', () => {
  it('reads a field left blank as not reported, the same as a missing one', () => {
    const blank = attackSchema(ref).parse({
      ...minimal,
      outcome: { fr: '', en: '' },
      damage: null,
      researchId: '',
      casualties: { killed: null, injured: null, note: { fr: ' ', en: '' } },
    });
    const missing = attackSchema(ref).parse(minimal);
    expect(blank).toEqual(missing);
    expect(blank.outcome).toBeUndefined();
    expect(blank.corrections).toEqual([]);
  });

  it('keeps corrections with the update date', () => {
    const corrected = attackSchema(ref).parse({
      ...minimal,
      updated: '2023-10-25',
      corrections: [{ date: '2023-10-25', note: { fr: 'Date corrigée.', en: 'Date corrected.' } }],
    });
    expect(corrected.updated).toBe('2023-10-25');
    expect(corrected.corrections[0]?.note.en).toBe('Date corrected.');
  });
});

describe('sourceSchema', () => {
  const source = { publisher: 'Wire', url: 'https://example.org/a', language: 'en' };
  const description = { fr: 'Communiqué sur une attaque', en: 'Statement on an attack' };
  const messages = (data: object) => {
    const result = sourceSchema.safeParse(data);
    return result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message]);
  };

  it('takes the headline as published', () => {
    expect(messages({ ...source, title: 'Drones hit base' })).toEqual([]);
  });

  it('takes a description, in both languages, for a source whose headline is not known', () => {
    expect(sourceSchema.parse({ ...source, description })).toMatchObject({ description });
    expect(sourceSchema.parse({ ...source, description }).title).toBeUndefined();
    expect(messages({ ...source, description: { fr: 'Communiqué' } })).toEqual([['description.en', 'Invalid input: expected string, received undefined']]);
  });

  it('refuses a source with neither a headline nor a description', () => {
    expect(messages(source)).toEqual([['title', missingHeadline]]);
  });

  it('refuses a source with both, so a headline is never doubled by a description', () => {
    expect(messages({ ...source, title: 'Drones hit base', description })).toEqual([
      ['description', 'a source has either its headline (title) or, when the headline is not known, a description; not both'],
    ]);
  });
});

describe('attackSchema otherDates', () => {
  it('takes another date without a time zone, for a difference no time zone explains', () => {
    const parsed = attackSchema(ref).parse({
      ...minimal,
      when: { precision: 'day', date: '2023-10-22', otherDates: [{ date: '2023-10-21', source: 'wire' }] },
    });
    expect(parsed.when.otherDates[0]?.timeZone).toBeUndefined();
  });
});

describe('settingsSchema', () => {
  const problems = (change: object) =>
    settingsSchema.safeParse({ ...testSettings, ...change }).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

  it("accepts a story's clock, country and copy", () => {
    expect(problems({})).toBeUndefined();
  });
  it('refuses a time zone the runtime does not know, and a country code that is not ISO', () => {
    expect(problems({ timeZone: 'Asia/Bagdad' })).toEqual([
      'timeZone: "Asia/Bagdad" is not a time zone name (IANA, e.g. Asia/Baghdad or UTC)',
    ]);
    expect(problems({ country: 'Iraq' })).toEqual([
      'country: "Iraq" is not an ISO 3166-1 alpha-2 country code (two capitals, e.g. IQ)',
    ]);
    expect(problems({ country: 'XX' })).toHaveLength(1);
  });
  it('asks for every piece of copy, in both languages', () => {
    const copy = { ...testSettings.copy, kicker: { fr: 'Test' } };
    expect(problems({ copy })).toEqual([expect.stringMatching(/^copy\.kicker\.en: /)]);
  });
});
