import { testSlugWeapons } from '../fixtures/record-set';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../schema';
import type { CsvRow, ImportColumn } from './csv-table';
import {
  normalizeUrl,
  readRow,
  recordFields,
  sourceFields,
  sourceIdFromUrl,
  splitList,
  titleFromUrl,
  type RowDraft,
} from './row-to-record';

const frEn: Lang[] = ['fr', 'en'];
const base: Partial<Record<ImportColumn, string>> = {
  date: '2023-10-22',
  site: 'ain-al-asad',
  status: 'unconfirmed',
  weapons: 'rocket',
  title_fr: 'Titre',
  title_en: 'Title',
  summary_fr: 'Résumé',
  summary_en: 'Summary',
  sources: 'ifpnews-contractor',
  account_attribution_fr: 'Une source',
  account_attribution_en: 'A source',
  account_says_fr: 'Elle dit',
  account_says_en: 'It says',
};
const row = (cells: Partial<Record<ImportColumn, string>>, at = 4): CsvRow => ({
  row: at,
  cells: { ...base, ...cells },
});
const draftOf = (cells: Partial<Record<ImportColumn, string>>): RowDraft => {
  const { draft, problems } = readRow(row(cells), frEn, testSlugWeapons);
  expect(problems).toEqual([]);
  return draft!;
};
const problemsOf = (cells: Partial<Record<ImportColumn, string>>) => readRow(row(cells), frEn, testSlugWeapons).problems;
const fieldsOf = (draft: RowDraft, ids = ['ifpnews-contractor']) =>
  Object.fromEntries(recordFields(draft, ids, frEn).map((f) => [f.path.join('.'), f.value]));

describe('readRow: when', () => {
  it('infers the precision from the cells', () => {
    expect(draftOf({}).when).toEqual({ precision: 'day', date: '2023-10-22' });
    expect(draftOf({ time: '9:05' }).when).toEqual({ precision: 'minute', at: '2023-10-22T09:05' });
    expect(draftOf({ time: '21:30:00' }).when).toEqual({ precision: 'minute', at: '2023-10-22T21:30' });
    expect(draftOf({ date_to: '2023-10-23' }).when).toEqual({
      precision: 'range',
      from: '2023-10-22',
      to: '2023-10-23',
    });
    expect(draftOf({ precision: 'hour', time: '21:00' }).when).toEqual({
      precision: 'hour',
      at: '2023-10-22T21:00',
    });
  });

  it('refuses dates spreadsheets reformat, and impossible ones, by row and column', () => {
    expect(problemsOf({ date: '22/10/2023' })).toEqual([
      {
        row: 4,
        column: 'date',
        message: expect.stringMatching(/^"22\/10\/2023" is not a real date; write it as YYYY-MM-DD/),
      },
    ]);
    expect(problemsOf({ date: '2023-02-30' })[0]).toMatchObject({ column: 'date' });
    expect(problemsOf({ date: '' })[0]).toMatchObject({ column: 'date', message: 'required' });
    expect(problemsOf({ time: '25:00' })[0]).toMatchObject({
      column: 'time',
      message: expect.stringContaining('not a time'),
    });
    expect(problemsOf({ date_to: '2023-13-01' })[0]).toMatchObject({ column: 'date_to' });
  });

  it('refuses cells that contradict the precision', () => {
    expect(problemsOf({ time: '10:00', date_to: '2023-10-23' })[0]).toMatchObject({ column: 'date_to' });
    expect(problemsOf({ precision: 'minute' })[0]).toMatchObject({
      column: 'time',
      message: 'precision minute needs a time',
    });
    expect(problemsOf({ precision: 'day', time: '10:00' })[0]).toMatchObject({ column: 'time' });
    expect(problemsOf({ precision: 'range' })[0]).toMatchObject({ column: 'date_to' });
    expect(problemsOf({ precision: 'days' })[0]).toMatchObject({
      column: 'precision',
      message: expect.stringContaining('did you mean "day"?'),
    });
  });
});

describe('readRow: lists and numbers', () => {
  it('reads weapons with optional counts, in any case', () => {
    expect(draftOf({ weapons: 'drone:2; Rocket' }).weapons).toEqual([
      { kind: 'drone', count: 2 },
      { kind: 'rocket', count: null },
    ]);
    expect(draftOf({ weapons: '' }).weapons).toEqual([]);
  });

  it('refuses bad weapon counts, unknown weapons (with a near miss) and repeats', () => {
    expect(problemsOf({ weapons: 'drone:two' })).toEqual([
      {
        row: 4,
        column: 'weapons',
        message: expect.stringContaining('the count must be a whole number from 1'),
      },
    ]);
    expect(problemsOf({ weapons: 'drone:0' })[0]).toMatchObject({ column: 'weapons' });
    expect(problemsOf({ weapons: 'drones' })[0]!.message).toBe(
      'unknown weapon "drones"; did you mean "drone"? (use drone, rocket: the files in weapons/)',
    );
    expect(problemsOf({ weapons: 'drone; drone:2' })[0]!.message).toBe('"drone" is listed twice');
  });

  it('reads casualty counts; blank is "not reported"', () => {
    const draft = draftOf({ killed: '0', injured: '' });
    expect([draft.killed, draft.injured]).toEqual([0, null]);
    expect(problemsOf({ injured: 'a few' })[0]).toMatchObject({ column: 'injured' });
  });

  it('splits lists on semicolons and line breaks', () => {
    expect(splitList(' a ;b\nc;; a ')).toEqual(['a', 'b', 'c']);
    expect(draftOf({ sources: 'ifpnews-contractor;\nhttps://example.org/x' }).sources).toEqual([
      { id: 'ifpnews-contractor' },
      { url: 'https://example.org/x' },
    ]);
  });

  it('refuses sources that are neither ids nor full URLs, and rows without a source', () => {
    expect(problemsOf({ sources: 'www.example.org/page' })[0]).toMatchObject({ column: 'sources' });
    expect(problemsOf({ sources: '' })[0]).toMatchObject({
      column: 'sources',
      message: expect.stringContaining('at least one'),
    });
    expect(problemsOf({ sources: 'a; b', weapons: '' })[0]).toMatchObject({ column: 'sources' });
    expect(problemsOf({ source_language: 'es' })[0]).toMatchObject({ column: 'source_language' });
  });

  it('makes the default slug from date, site and weapons, and checks a given one', () => {
    expect(draftOf({ weapons: 'rocket; drone:2' }).slug).toBe('2023-10-22-ain-al-asad-drones-rockets');
    expect(draftOf({ slug: 'my-slug' }).slug).toBe('my-slug');
    expect(problemsOf({ slug: 'My Slug' })[0]).toMatchObject({ column: 'slug' });
    expect(problemsOf({ site: 'Ain al-Asad' })[0]).toMatchObject({ column: 'site' });
  });
});

describe('recordFields', () => {
  it('fills only what the cells give, citing the first source for account, counts and claims', () => {
    const draft = draftOf({ weapons: 'drone:2', claimed_by: 'islamic-resistance-in-iraq', sources: 'a; b' });
    const fields = fieldsOf(draft, ['a', 'b']);
    expect(Object.keys(fields)).toEqual([
      'slug',
      'title',
      'summary',
      'when',
      'site',
      'status',
      'weapons',
      'claims',
      'accounts.0',
    ]);
    expect(fields.weapons).toEqual([
      {
        kind: 'drone',
        reports: [
          { count: 2, source: 'a' },
          { count: null, source: 'b' },
        ],
      },
    ]);
    expect(fields.claims).toEqual([{ actor: 'islamic-resistance-in-iraq', source: 'a' }]);
    expect(fields['accounts.0']).toEqual({
      source: 'a',
      attribution: { fr: 'Une source', en: 'A source' },
      says: { fr: 'Elle dit', en: 'It says' },
    });
  });

  it('clears fields whose columns are present but blank, and owns nothing the file has no column for', () => {
    const draft = draftOf({ outcome_fr: '', outcome_en: '', killed: '', injured: '', research_id: '' });
    const fields = recordFields(draft, ['a'], frEn);
    expect(fields.find((f) => f.path[0] === 'outcome')).toEqual({ path: ['outcome'], value: undefined });
    expect(fields.find((f) => f.path[0] === 'casualties')).toEqual({
      path: ['casualties'],
      value: undefined,
    });
    expect(fields.find((f) => f.path[0] === 'researchId')).toEqual({
      path: ['researchId'],
      value: undefined,
    });
    expect(fields.find((f) => f.path[0] === 'damage')).toBeUndefined();
    expect(fields.find((f) => f.path[0] === 'when')!.owns).toEqual(['precision', 'at', 'date', 'from', 'to']);
  });

  it('keeps a half-filled text half-filled, for the checker to name the missing language', () => {
    expect(fieldsOf(draftOf({ title_en: '' })).title).toEqual({ fr: 'Titre', en: '' });
  });

  it('writes casualties with both counts once any is given', () => {
    expect(fieldsOf(draftOf({ killed: '0', injured: '' })).casualties).toEqual({ killed: 0, injured: null });
  });
});

describe('sources from URLs', () => {
  const url =
    'https://www.theepochtimes.com/world/us-military-forces-in-syria-targeted-in-drones-attack-reports-5514369';

  it('derives a readable, stable id: host without www and TLD, then the last path segment', () => {
    expect(sourceIdFromUrl('https://ifpnews.com/rockets-iraqi-base-american-troops/')).toBe(
      'ifpnews-rockets-iraqi-base-american-troops',
    );
    expect(sourceIdFromUrl(url)).toBe('theepochtimes-us-military-forces-in-syria-targeted-in-drones');
    expect(sourceIdFromUrl(url).length).toBeLessThanOrEqual(60);
    expect(sourceIdFromUrl('https://npasyria.com/en/106429')).toBe('npasyria-106429');
    expect(sourceIdFromUrl('https://example.org/')).toBe('example');
  });

  it('guesses a title from the last wordy path segment, or uses the host', () => {
    expect(titleFromUrl(url)).toBe('Us military forces in syria targeted in drones attack reports');
    expect(titleFromUrl('https://trt.global/fran%C3%A7ais/article/15500208')).toBe('Article');
    expect(titleFromUrl('https://www.example.org/2023/10/')).toBe('example.org');
  });

  it('fills publisher, a description (the headline is not known), url and language, and nothing else', () => {
    expect(
      sourceFields(
        { id: 'x', url: 'https://ifpnews.com/rockets-iraqi-base-american-troops/', language: 'en' },
        frEn,
      ),
    ).toEqual({
      publisher: 'ifpnews.com',
      description: {
        fr: 'Page de ifpnews.com (mots de son adresse : Rockets iraqi base american troops)',
        en: 'Page on ifpnews.com (words from its address: Rockets iraqi base american troops)',
      },
      url: 'https://ifpnews.com/rockets-iraqi-base-american-troops/',
      language: 'en',
    });
    const bare = { id: 'y', url: 'https://www.example.org/2023/10/', language: 'en' };
    expect(sourceFields(bare, frEn).description).toEqual({
      fr: 'Page de example.org',
      en: 'Page on example.org',
    });
  });

  it('treats the same page pasted differently as one URL', () => {
    expect(normalizeUrl('https://IFPnews.com/a/')).toBe(normalizeUrl('https://ifpnews.com/a'));
    expect(normalizeUrl('https://ifpnews.com/a#top')).toBe('https://ifpnews.com/a');
    expect(normalizeUrl('https://ifpnews.com/a?x=1')).not.toBe(normalizeUrl('https://ifpnews.com/a'));
  });
});

describe("a story in other languages", () => {
  const en: Lang[] = ['en'];
  const enOnly = {
    date: '2023-10-22',
    site: 'ain-al-asad',
    status: 'unconfirmed',
    title_en: 'Title',
    summary_en: 'Summary',
    outcome_en: '',
    sources: 'a',
    account_attribution_en: 'A source',
    account_says_en: 'It says',
  };

  it('reads its texts in its languages only', () => {
    const { draft, problems } = readRow({ row: 2, cells: enOnly }, en, testSlugWeapons);
    expect(problems).toEqual([]);
    expect(draft).toMatchObject({ title: { en: 'Title' }, summary: { en: 'Summary' }, outcome: undefined });
    const fields = Object.fromEntries(recordFields(draft!, ['a'], en).map((f) => [f.path.join('.'), f.value]));
    expect(fields.title).toEqual({ en: 'Title' });
    expect(fields['accounts.0']).toEqual({ source: 'a', attribution: { en: 'A source' }, says: { en: 'It says' } });
    // outcome_en is a column of the file (blank): the import owns, and clears, the outcome.
    expect(fields).toHaveProperty('outcome', undefined);
    expect(Object.keys(fields)).not.toContain('damage');
  });

  it("ignores another language's cells (the header check refuses such columns first)", () => {
    const { draft } = readRow({ row: 2, cells: { ...enOnly, title_fr: 'Titre' } }, en, testSlugWeapons);
    expect(draft!.title).toEqual({ en: 'Title' });
  });

  it('describes a new source in its languages only', () => {
    const url = 'https://ifpnews.com/rockets-iraqi-base-american-troops/';
    expect(sourceFields({ id: 'x', url, language: 'en' }, en).description).toEqual({
      en: 'Page on ifpnews.com (words from its address: Rockets iraqi base american troops)',
    });
    expect(Object.keys(sourceFields({ id: 'x', url, language: 'en' }, ['en', 'fr']).description)).toEqual([
      'en',
      'fr',
    ]);
  });
});
