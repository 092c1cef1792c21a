import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { testSettingsFile, textsOnlyIn } from '../fixtures/record-set';
import { toCsv } from '../csv';
import { checkContent, type ContentFile } from '../records/check';
import { readContentFiles } from '../records/read-content';
import type { Lang } from '../schema';
import { importColumnsFor, type ImportColumn } from './csv-table';
import { columnForField, formatImportProblems, formatPlan, planImport, type ImportPlan } from './plan';

const file = (collection: ContentFile['collection'], id: string, text: string): ContentFile => ({
  collection,
  path: `content/${collection}/${id}.yaml`,
  text,
});

/** A small valid tree: one base, one source with a URL, one actor, two weapons, one hand-edited record. */
const tree: ContentFile[] = [
  file(
    'sites',
    'test-base',
    [
      'name: { fr: Base, en: Base }',
      'shortName: { fr: Base, en: Base }',
      'position: { lat: 33.78, lon: 42.44, precision: exact }',
      'region: { fr: Ouest, en: West }',
      'stationed: { fr: Des soldats, en: Troops }',
      '',
    ].join('\n'),
  ),
  file(
    'sources',
    'test-wire',
    `publisher: Test Wire\ntitle: A test dispatch\nurl: https://example.org/dispatch\nlanguage: en\n`,
  ),
  file('actors', 'test-group', `name: { fr: Groupe, en: Group }\n`),
  file(
    'events',
    '2023-10-21-test-base-drones',
    `# Hand-written comment.
slug: 2023-10-21-test-base-drones
aliases: [2023-10-21-old-name]
title: { fr: Titre, en: Title }
summary: { fr: Résumé, en: Summary }
when: { precision: day, date: "2023-10-21" }
site: test-base
status: disputed
accounts:
  - source: test-wire
    attribution: { fr: Un responsable, en: An official }
    says: { fr: Deux drones, en: Two drones }
  - source: test-wire
    attribution: { fr: Un autre, en: Another }
    says: { fr: Un drone, en: One drone }
`,
  ),
  file('story', 'explorer', `title: { fr: Titre, en: Title }\ndek: { fr: Chapô, en: Standfirst }\n`),
  file(
    'story',
    'settings',
    // Strings quoted, as editors write dates.
    stringify({ ...testSettingsFile, address: undefined }, { defaultStringType: 'QUOTE_DOUBLE' }),
  ),
  file('weapons', 'drone', `name: { fr: Drone, en: Drone }\nplural: { fr: Drones, en: Drones }\nslugWord: drones\n`),
  file('weapons', 'rocket', `name: { fr: Roquette, en: Rocket }\nplural: { fr: Roquettes, en: Rockets }\nslugWord: rockets\n`),
];

const frEn: Lang[] = ['fr', 'en'];
const importColumns = importColumnsFor(frEn);

type Cells = Partial<Record<ImportColumn, string>>;
const goodRow: Cells = {
  date: '2023-10-22',
  site: 'test-base',
  status: 'unconfirmed',
  weapons: 'rocket:2',
  title_fr: 'Roquettes',
  title_en: 'Rockets',
  summary_fr: 'Deux roquettes.',
  summary_en: 'Two rockets.',
  claimed_by: 'test-group',
  sources: 'https://news.example.com/two-rockets-hit-base/',
  source_language: 'en',
  account_attribution_fr: 'Un responsable',
  account_attribution_en: 'An official',
  account_says_fr: 'Deux roquettes.',
  account_says_en: 'Two rockets.',
};
const csv = (...rows: Cells[]) =>
  toCsv(
    importColumns,
    rows.map(
      (r) => Object.fromEntries(importColumns.map((c) => [c, r[c] ?? ''])) as Record<ImportColumn, string>,
    ),
  );
const plan = (csvText: string, files = tree) =>
  planImport({ csvText, csvName: 'test.csv', files, contentDir: 'content', languages: frEn });

/** The tree after writing a plan's files. */
function applied(files: ContentFile[], result: ImportPlan): ContentFile[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  for (const f of result.files) byPath.set(f.path, { collection: f.collection, path: f.path, text: f.text });
  return [...byPath.values()];
}

describe('planImport on good rows', () => {
  const result = plan(csv(goodRow));

  it('plans a new source for the new URL, then the record, with no problem', () => {
    expect(result.problems).toEqual([]);
    expect(result.files.map((f) => [f.action, f.path, f.row])).toEqual([
      ['create', 'content/sources/news-example-two-rockets-hit-base.yaml', 2],
      ['create', 'content/events/2023-10-22-test-base-rockets.yaml', 2],
    ]);
  });

  it('writes records the checker accepts, holding what the row gives and nothing more', () => {
    expect(checkContent(applied(tree, result))).toEqual([]);
    const record = parse(result.files[1]!.text);
    expect(record).toEqual({
      slug: '2023-10-22-test-base-rockets',
      title: { fr: 'Roquettes', en: 'Rockets' },
      summary: { fr: 'Deux roquettes.', en: 'Two rockets.' },
      when: { precision: 'day', date: '2023-10-22' },
      site: 'test-base',
      status: 'unconfirmed',
      weapons: [{ kind: 'rocket', reports: [{ count: 2, source: 'news-example-two-rockets-hit-base' }] }],
      claims: [{ actor: 'test-group', source: 'news-example-two-rockets-hit-base' }],
      accounts: [
        {
          source: 'news-example-two-rockets-hit-base',
          attribution: { fr: 'Un responsable', en: 'An official' },
          says: { fr: 'Deux roquettes.', en: 'Two rockets.' },
        },
      ],
    });
    expect(result.files[1]!.text).toMatch(/^# Created by `npm run import` \(test\.csv, row 2\)\.\n/);
  });

  it('writes a source saying its headline is not known, described from the URL, never a made-up title', () => {
    const source = result.files[0]!.text;
    expect(source).toContain('the headline is not known');
    expect(parse(source)).toEqual({
      publisher: 'news.example.com',
      description: {
        fr: 'Page de news.example.com (mots de son adresse : Two rockets hit base)',
        en: 'Page on news.example.com (words from its address: Two rockets hit base)',
      },
      url: 'https://news.example.com/two-rockets-hit-base/',
      language: 'en',
    });
  });

  it('is idempotent: planning the same rows on the result changes nothing', () => {
    const again = plan(csv(goodRow), applied(tree, result));
    expect(again.problems).toEqual([]);
    expect(again.files.map((f) => [f.action, f.path])).toEqual([
      ['unchanged', 'content/events/2023-10-22-test-base-rockets.yaml'],
    ]);
    expect(again.files[0]!.text).toBe(result.files[1]!.text);
  });

  it('finds known URLs, however pasted, and creates a new URL once for several rows', () => {
    const known = plan(csv({ ...goodRow, sources: 'https://EXAMPLE.org/dispatch/', source_language: '' }));
    expect(known.problems).toEqual([]);
    expect(known.files.map((f) => f.action + ' ' + f.path)).toEqual([
      'create content/events/2023-10-22-test-base-rockets.yaml',
    ]);
    expect(parse(known.files[0]!.text).accounts[0].source).toBe('test-wire');

    const twice = plan(csv(goodRow, { ...goodRow, date: '2023-10-23' }));
    expect(twice.problems).toEqual([]);
    expect(twice.files.filter((f) => f.collection === 'sources')).toHaveLength(1);
  });

  it('gives a new source another id when its natural one is taken by another URL', () => {
    const taken = [
      ...tree,
      file(
        'sources',
        'news-example-two-rockets-hit-base',
        'publisher: P\ntitle: T\nurl: https://other.example/x\nlanguage: en\n',
      ),
    ];
    const result = plan(csv(goodRow), taken);
    expect(result.problems).toEqual([]);
    expect(result.files[0]!.path).toMatch(
      /^content\/sources\/news-example-two-rockets-hit-base-[0-9a-f]{6}\.yaml$/,
    );
  });
});

describe('planImport on an existing record', () => {
  const existing = tree[3]!;
  const row: Cells = {
    ...goodRow,
    slug: '2023-10-21-test-base-drones',
    date: '2023-10-21',
    status: 'disputed',
    weapons: '',
    claimed_by: '',
    title_fr: 'Titre',
    title_en: 'Title',
    summary_fr: 'Résumé',
    summary_en: 'Summary',
    sources: 'test-wire',
    account_says_fr: 'Deux drones',
    account_says_en: 'Two drones',
  };

  it('reports it unchanged when the row holds what the file holds', () => {
    const result = plan(csv(row));
    expect(result.problems).toEqual([]);
    expect(result.files).toEqual([
      {
        action: 'unchanged',
        collection: 'events',
        path: existing.path,
        row: 2,
        changes: [],
        text: existing.text,
      },
    ]);
  });

  it('updates only the fields the row changes, keeping the second account and the comment', () => {
    const result = plan(
      csv({ ...row, title_en: 'New title', outcome_fr: 'Interceptés.', outcome_en: 'Intercepted.' }),
    );
    expect(result.problems).toEqual([]);
    const [update] = result.files;
    expect(update).toMatchObject({
      action: 'update',
      path: existing.path,
      changes: ['title.en', 'outcome (added)'],
    });
    expect(update!.text).toContain('# Hand-written comment.\n');
    const record = parse(update!.text);
    expect(record.accounts[1]).toEqual({
      source: 'test-wire',
      attribution: { fr: 'Un autre', en: 'Another' },
      says: { fr: 'Un drone', en: 'One drone' },
    });
    expect(record.aliases).toEqual(['2023-10-21-old-name']);
    expect(checkContent(applied(tree, result))).toEqual([]);
  });

  it('refuses a former slug, naming the current one', () => {
    expect(plan(csv({ ...row, slug: '2023-10-21-old-name' })).problems).toEqual([
      {
        row: 2,
        slug: '2023-10-21-old-name',
        column: 'slug',
        message: '"2023-10-21-old-name" is a former slug; the record is now "2023-10-21-test-base-drones"',
      },
    ]);
  });

  it('traces a problem in a field the sheet does not set to the row and the file line', () => {
    const broken = {
      ...existing,
      text: existing.text.replace(
        '  - source: test-wire\n    attribution: { fr: Un autre',
        '  - source: nowhere\n    attribution: { fr: Un autre',
      ),
    };
    const result = plan(
      csv(row),
      tree.map((f) => (f === existing ? broken : f)),
    );
    expect(result.problems).toEqual([
      {
        row: 2,
        slug: row.slug,
        file: existing.path,
        line: 13,
        field: 'accounts[1].source',
        message: 'unknown sources id "nowhere"',
      },
    ]);
    expect(formatImportProblems(result.problems)).toContain(
      `row 2 (${row.slug}) ${existing.path}:13 accounts[1].source: unknown sources id "nowhere" (not a spreadsheet column: fix it in the file)`,
    );
  });
});

describe('planImport on bad rows', () => {
  it('names row and column for unknown references, with near misses and advice', () => {
    const result = plan(
      csv(
        { ...goodRow, site: 'test-bse', claimed_by: 'nobody' },
        { ...goodRow, date: '2023-10-23', site: 'al-tanf', sources: 'test-wir' },
      ),
    );
    expect(result.problems).toEqual([
      {
        row: 2,
        slug: '2023-10-22-test-bse-rockets',
        column: 'site',
        field: 'site',
        message: 'unknown sites id "test-bse"; did you mean "test-base"?',
      },
      {
        row: 2,
        slug: '2023-10-22-test-bse-rockets',
        column: 'claimed_by',
        field: 'claims[0].actor',
        message:
          'unknown actors id "nobody"; add content/actors/nobody.yaml first (the import does not create actors)',
      },
      {
        row: 3,
        slug: '2023-10-23-al-tanf-rockets',
        column: 'site',
        field: 'site',
        message:
          'unknown sites id "al-tanf"; add content/sites/al-tanf.yaml first (the import does not create sites)',
      },
      ...['weapons[0].reports[0].source', 'claims[0].source', 'accounts[0].source'].map((field) => ({
        row: 3,
        slug: '2023-10-23-al-tanf-rockets',
        column: 'sources',
        field,
        message: 'unknown sources id "test-wir"; did you mean "test-wire"?',
      })),
    ]);
  });

  it('names the column of an empty text and of an invalid status', () => {
    const result = plan(csv({ ...goodRow, title_en: '', status: 'confirmd' }));
    expect(result.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [2, 'title_en', 'must not be empty'],
      [2, 'status', expect.stringContaining('"confirmd"')],
    ]);
  });

  it('refuses two rows making the same record, naming both rows', () => {
    const result = plan(csv(goodRow, { ...goodRow, title_en: 'Other' }));
    expect(result.problems).toEqual([
      {
        row: 3,
        slug: '2023-10-22-test-base-rockets',
        column: 'slug',
        message: 'rows 2 and 3 both make "2023-10-22-test-base-rockets"; give one of them another slug',
      },
    ]);
  });

  it('asks for the language of a new URL', () => {
    expect(plan(csv({ ...goodRow, source_language: '' })).problems).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'source_language',
        message:
          'needed for the new source https://news.example.com/two-rockets-hit-base/ (fr, en, ar or de)',
      }),
    ]);
  });

  it('reports problems in files the sheet does not touch, apart from row problems', () => {
    const brokenSite = { ...tree[0]!, text: tree[0]!.text.replace('lat: 33.78', 'lat: 133.78') };
    const result = plan(csv(goodRow), [brokenSite, ...tree.slice(1)]);
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'content/sites/test-base.yaml', field: 'position.lat' }),
    ]);
    expect(result.problems[0]!.row).toBeUndefined();
    expect(formatImportProblems(result.problems)).toMatch(
      /In record files the spreadsheet does not touch \(they would break the build too\):\n {2}content\/sites\/test-base\.yaml:3 position\.lat: /,
    );
  });

  it('stops at a bad header, reporting only the header', () => {
    const result = plan('date,site,status,titel_fr\n2023-10-22,test-base,confirmed,x\n');
    expect(result.files).toEqual([]);
    expect(result.problems.every((p) => p.row === 1)).toBe(true);
    expect(result.problems[0]!.message).toContain('did you mean "title_fr"?');
  });

  it('will not overwrite a file holding another record', () => {
    const squatter = file(
      'events',
      '2023-10-22-test-base-rockets',
      tree[3]!.text
        .replace('slug: 2023-10-21-test-base-drones', 'slug: something-else')
        .replace('aliases: [2023-10-21-old-name]\n', ''),
    );
    expect(plan(csv(goodRow), [...tree, squatter]).problems).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'slug',
        message:
          'content/events/2023-10-22-test-base-rockets.yaml already exists and holds another record (its slug differs)',
      }),
    ]);
  });
});

describe('columnForField', () => {
  it('maps record fields to the columns they come from', () => {
    expect(columnForField('title.en', frEn)).toBe('title_en');
    expect(columnForField('accounts[0].says.fr', frEn)).toBe('account_says_fr');
    expect(columnForField('accounts[0].attribution', frEn)).toBe('account_attribution_fr, account_attribution_en');
    expect(columnForField('when.at', frEn)).toBe('date, time');
    expect(columnForField('when.to', frEn)).toBe('date_to');
    expect(columnForField('weapons[1].reports[0].count', frEn)).toBe('weapons');
    expect(columnForField('casualties.note.en', frEn)).toBe('casualties_note_en');
    expect(columnForField('accounts[1].source', frEn)).toBeUndefined();
    expect(columnForField('when.otherDates[0].source', frEn)).toBeUndefined();
  });
});

describe('planImport in a story in English only', () => {
  const en: Lang[] = ['en'];
  /** The same tree with its texts in English only, and settings that say so. */
  const enTree = tree.map((f) => {
    const data = f.path.endsWith('/settings.yaml') ? { ...parse(f.text), languages: en } : parse(f.text);
    return { ...f, text: stringify(textsOnlyIn(en, data), { defaultStringType: 'QUOTE_DOUBLE' }) };
  });
  const enColumns = importColumnsFor(en);
  const enRow = Object.fromEntries(Object.entries(goodRow).filter(([column]) => !column.endsWith('_fr'))) as Cells;
  const enCsv = (...rows: Cells[]) =>
    toCsv(
      enColumns,
      rows.map((r) => Object.fromEntries(enColumns.map((c) => [c, r[c] ?? ''])) as Record<ImportColumn, string>),
    );
  const planEn = (csvText: string, files = enTree) =>
    planImport({ csvText, csvName: 'test.csv', files, contentDir: 'content', languages: en });

  it('starts from a valid tree', () => {
    expect(checkContent(enTree)).toEqual([]);
  });

  it('imports the _en columns into records and sources in English only, which the checker accepts', () => {
    const result = planEn(enCsv(enRow));
    expect(result.problems).toEqual([]);
    const [source, record] = result.files.map((f) => parse(f.text));
    expect(record).toMatchObject({
      title: { en: 'Rockets' },
      summary: { en: 'Two rockets.' },
      accounts: [{ attribution: { en: 'An official' }, says: { en: 'Two rockets.' } }],
    });
    expect(record.title).not.toHaveProperty('fr');
    expect(source.description).toEqual({
      en: 'Page on news.example.com (words from its address: Two rockets hit base)',
    });
    expect(checkContent(applied(enTree, result))).toEqual([]);
    expect(planEn(enCsv(enRow), applied(enTree, result)).files.map((f) => f.action)).toEqual(['unchanged']);
  });

  it("traces the checker's problems to the _en columns", () => {
    expect(planEn(enCsv({ ...enRow, title_en: 'x'.repeat(141) })).problems).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'title_en',
        field: 'title.en',
        message: expect.stringMatching(/^too long/),
      }),
    ]);
    expect(planEn(enCsv({ ...enRow, title_en: '' })).problems).toEqual([
      expect.objectContaining({ row: 2, column: 'title_en', field: 'title' }),
    ]);
    expect(columnForField('accounts[0].attribution', en)).toBe('account_attribution_en');
    expect(columnForField('title.fr', en)).toBeUndefined();
  });

  it('refuses a French and English spreadsheet by its header, naming each French column', () => {
    const result = planEn(csv(goodRow));
    expect(result.files).toEqual([]);
    expect(result.problems.map((p) => [p.row, p.column])).toEqual(
      importColumns.filter((c) => c.endsWith('_fr')).map((c) => [1, c]),
    );
    expect(formatImportProblems(result.problems)).toContain(
      `row 1 title_fr: unknown column "title_fr": "fr" is not one of this story's languages (en, listed in story/settings.yaml); its title columns are "title_en"`,
    );
  });
});

describe('formatPlan', () => {
  it('prints one line per file and a summary', () => {
    const files = plan(csv(goodRow)).files;
    expect(formatPlan(files, { dryRun: true })).toBe(
      [
        'create content/sources/news-example-two-rockets-hit-base.yaml (row 2)',
        'create content/events/2023-10-22-test-base-rockets.yaml (row 2)',
        'Dry run: 2 to create, 0 to update, 0 unchanged. Nothing was written.',
      ].join('\n'),
    );
  });
});

describe('the research fixtures against the real records', async () => {
  const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
  const content = await readContentFiles('content', projectRoot);
  const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  const planFixture = (name: string, files = content) =>
    planImport({ csvText: fixture(name), csvName: name, files, contentDir: 'content', languages: frEn });

  it('imports the 22 October rows into valid records', () => {
    const result = planFixture('research-22-october.csv');
    expect(result.problems).toEqual([]);
    expect(result.files.map((f) => `${f.action} ${f.path}`)).toEqual([
      'create content/events/2023-10-20-ain-al-asad-drones.yaml',
      'create content/sources/ifpnews-rockets-iraqi-base-american-troops.yaml',
      'create content/events/2023-10-22-ain-al-asad-rockets.yaml',
    ]);
    const [i8, , i9] = result.files.map((f) => parse(f.text));
    expect(i8).toMatchObject({
      researchId: 'I8',
      when: { precision: 'range', from: '2023-10-20', to: '2023-10-22' },
    });
    expect(i8.accounts[0].source).toBe('wapo-responsiblestatecraft'); // its URL is a known source
    expect(i9).toMatchObject({ researchId: 'I9', site: 'ain-al-asad', weapons: [{ kind: 'rocket' }] });
    expect(checkContent(applied(content, result))).toEqual([]);
  });

  it('refuses the Syria rows for their unknown sites only, row by row', () => {
    const result = planFixture('research-syria.csv');
    expect(result.problems.map((p) => [p.row, p.column, p.message.replace(/;.*/, '')])).toEqual([
      [2, 'site', 'unknown sites id "al-tanf"'],
      [3, 'site', 'unknown sites id "conoco-gas-field"'],
      [4, 'site', 'unknown sites id "mission-support-site-euphrates"'],
      [5, 'site', 'unknown sites id "al-tanf"'],
    ]);
    expect(result.problems[0]!.message).toContain('add content/sites/al-tanf.yaml first');

    // Nothing else is wrong: with (made-up, test-only) site files the rows import cleanly.
    const testSite = (id: string) => file('sites', id, tree[0]!.text);
    const withSites = [
      ...content,
      testSite('al-tanf'),
      testSite('conoco-gas-field'),
      testSite('mission-support-site-euphrates'),
    ];
    expect(planFixture('research-syria.csv', withSites).problems).toEqual([]);
  });
});
