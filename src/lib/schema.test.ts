import { describe, expect, it } from 'vitest';
import { testSchemas, testSettingsFile, textsOnlyIn } from './fixtures/record-set';
import { missingHeadline, settingsSchema } from './schema';

const { events: eventSchema, sources: sourceSchema } = testSchemas();

const minimal = {
  slug: '2023-10-22-test',
  title: { fr: 'Titre', en: 'Title' },
  summary: { fr: 'Résumé', en: 'Summary' },
  when: { precision: 'day', date: '2023-10-22' },
  site: 'test-base',
  status: 'unconfirmed',
  accounts: [{ source: 'wire', attribution: { fr: 'Un officiel', en: 'An official' }, says: { fr: 'Oui', en: 'Yes' } }],
};

describe('eventSchema', () => {
  it('reads a field left blank as not reported, the same as a missing one', () => {
    const blank = eventSchema.parse({
      ...minimal,
      outcome: { fr: '', en: '' },
      damage: null,
      researchId: '',
      casualties: { killed: null, injured: null, note: { fr: ' ', en: '' } },
    });
    const missing = eventSchema.parse(minimal);
    expect(blank).toEqual(missing);
    expect(blank.outcome).toBeUndefined();
    expect(blank.corrections).toEqual([]);
  });

  it('keeps corrections with the update date', () => {
    const corrected = eventSchema.parse({
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
    expect(messages({ ...source, description: { fr: 'Communiqué' } })).toEqual([
      ['description.en', "missing the en text (this story's languages: fr, en, set in story/settings.yaml)"],
    ]);
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

describe('eventSchema otherDates', () => {
  it('takes another date without a time zone, for a difference no time zone explains', () => {
    const parsed = eventSchema.parse({
      ...minimal,
      when: { precision: 'day', date: '2023-10-22', otherDates: [{ date: '2023-10-21', source: 'wire' }] },
    });
    expect(parsed.when.otherDates[0]?.timeZone).toBeUndefined();
  });
});

describe('settingsSchema', () => {
  const problems = (change: object) =>
    settingsSchema.safeParse({ ...testSettingsFile, ...change }).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

  it("accepts a story's clock, country and copy", () => {
    expect(problems({})).toBeUndefined();
  });
  it('refuses a time zone the runtime does not know, and a country code that is not ISO', () => {
    expect(problems({ timeZone: 'Asia/Bagdad' })).toEqual([
      'timeZone: "Asia/Bagdad" is not a time zone name (IANA, e.g. Europe/Paris, America/New_York or UTC)',
    ]);
    expect(problems({ country: 'Iraq' })).toEqual([
      'country: "Iraq" is not an ISO 3166-1 alpha-2 country code (two capitals, e.g. IQ)',
    ]);
    expect(problems({ country: 'XX' })).toHaveLength(1);
  });
  it('asks for every piece of copy, in both languages', () => {
    const copy = { ...testSettingsFile.copy, kicker: { fr: 'Test' } };
    expect(problems({ copy })).toEqual([
      ['copy.kicker.en: missing the en text (this story\'s languages: fr, en)'],
    ].flat());
  });
});

describe('texts in the story\'s languages', () => {
  const messages = (schema: { safeParse(data: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, data: unknown) =>
    schema.safeParse(data).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

  it('are required in each listed language and refused in any other', () => {
    const english = testSchemas(['en']).events;
    expect(messages(english, { ...minimal, title: { en: 'Title' }, summary: { en: 'Summary' }, accounts: [{ source: 'wire', attribution: { en: 'An official' }, says: { en: 'Yes' } }] })).toEqual([]);
    expect(messages(english, { ...minimal, summary: { en: 'Summary' }, title: { en: 'Title' } })).toEqual([
      ['accounts.0.attribution', `"fr": not a language of this story (this story's languages: en, set in story/settings.yaml)`],
      ['accounts.0.says', `"fr": not a language of this story (this story's languages: en, set in story/settings.yaml)`],
    ]);
    expect(messages(testSchemas(['fr', 'en']).events, { ...minimal, title: { fr: 'Titre' } })).toEqual([
      ['title.en', "missing the en text (this story's languages: fr, en, set in story/settings.yaml)"],
    ]);
  });
});

describe('settingsSchema languages', () => {
  const settings = testSettingsFile;
  const messages = (data: { languages?: string[]; defaultLanguage?: string }) =>
    settingsSchema.safeParse(textsOnlyIn(data.languages ?? ['fr', 'en'], { ...settings, ...data })).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

  it('default to today\'s: French and English, French first', () => {
    expect(settingsSchema.parse(settings)).toMatchObject({ languages: ['fr', 'en'], defaultLanguage: 'fr' });
  });

  it('take one language, which is then the default', () => {
    expect(settingsSchema.parse(textsOnlyIn(['en'], { ...settings, languages: ['en'] }))).toMatchObject({ languages: ['en'], defaultLanguage: 'en' });
  });

  it('refuse a language without a dictionary, a default outside the list, and an empty list', () => {
    expect(messages({ languages: ['fr', 'ar'] })).toEqual([
      ['languages.1', 'no interface dictionary for "ar": add src/lib/i18n/ar.ts and register it in src/lib/i18n/index.ts (languages with one: fr, en)'],
    ]);
    expect(messages({ languages: ['en'], defaultLanguage: 'fr' })).toEqual([
      ['defaultLanguage', "the default language must be one of the story's languages (en)"],
    ]);
    expect(messages({ languages: [] })).toEqual([['languages', 'list at least one language']]);
  });
});
