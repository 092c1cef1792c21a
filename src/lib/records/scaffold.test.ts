import { fileURLToPath } from 'node:url';
import { parse, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { testSchemas, testSlugWeapons } from '../fixtures/record-set';
import { checkContent } from './check';
import { readContentFiles } from './read-content';
import { scaffoldErrors, scaffoldRecord } from './scaffold';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const eventFields = Object.keys(testSchemas().events.shape);
const frEn = { languages: ['fr', 'en'], weapons: testSlugWeapons } as const;

/** What an editor types into the blanks the checker lists. */
function fillIn(text: string): string {
  const doc = parseDocument(text);
  doc.setIn(['title'], { fr: 'Des roquettes visent Aïn al-Assad', en: 'Rockets target Ain al-Asad' });
  doc.setIn(['summary'], { fr: 'Deux sources militaires rapportent une explosion.', en: 'Two army sources report a blast.' });
  doc.setIn(['weapons', 0, 'reports', 0, 'source'], 'afp-libe-2023-10-21');
  doc.setIn(['accounts', 0, 'source'], 'afp-libe-2023-10-21');
  doc.setIn(['accounts', 0, 'attribution'], { fr: 'Deux sources militaires', en: 'Two army sources' });
  doc.setIn(['accounts', 0, 'says'], { fr: 'Une explosion a été entendue.', en: 'A blast was heard.' });
  return doc.toString();
}

describe('scaffoldRecord', async () => {
  const content = await readContentFiles('content', root);
  const checkNew = (text: string) =>
    checkContent([...content, { collection: 'events', path: 'content/events/new.yaml', text }]).filter(
      (p) => p.file === 'content/events/new.yaml',
    );

  it('writes every field of the schema, so an editor sees all there is to fill in', () => {
    const record = parse(scaffoldRecord({ site: 'ain-al-asad', date: '2023-10-22' }, frEn)) as Record<string, unknown>;
    // Not for a new record: `aliases` keep renamed slugs alive, `synthetic` marks generated data.
    const forNewRecords = eventFields.filter((field) => field !== 'aliases' && field !== 'synthetic');
    expect(Object.keys(record).sort()).toEqual(forNewRecords.sort());
  });

  it('leaves exactly the required facts for the checker to ask for', () => {
    const todo = checkNew(scaffoldRecord({ site: 'ain-al-asad', date: '2023-10-22', weapons: ['rocket'] }, frEn));
    expect(todo.map((p) => p.field)).toEqual([
      'title.fr',
      'title.en',
      'summary.fr',
      'summary.en',
      'weapons[0].reports[0].source',
      'accounts[0].source',
      'accounts[0].attribution.fr',
      'accounts[0].attribution.en',
      'accounts[0].says.fr',
      'accounts[0].says.en',
    ]);
    expect(todo.every((p) => p.line !== undefined)).toBe(true);
  });

  it('once those are filled in, is a valid record whose blanks mean "not reported"', () => {
    const text = fillIn(scaffoldRecord({ site: 'ain-al-asad', date: '2023-10-22', weapons: ['rocket'] }, frEn));
    expect(checkNew(text)).toEqual([]);
    const event = testSchemas().events.parse(parse(text));
    expect(event.slug).toBe('2023-10-22-ain-al-asad-rockets');
    expect(event.status).toBe('unconfirmed');
    expect(event.outcome).toBeUndefined();
    expect(event.when).toMatchObject({ precision: 'day', date: '2023-10-22' });
    expect(event.weapons[0]?.reports[0]?.count).toBeNull();
    expect(event.corrections).toEqual([]);
  });

  it('writes the precision the options give, no more', () => {
    const when = (options: Parameters<typeof scaffoldRecord>[0]) => (parse(scaffoldRecord(options, frEn)) as { when: object }).when;
    expect(when({ site: 's', date: '2023-10-22', time: '21:30' })).toMatchObject({ precision: 'minute', at: '2023-10-22T21:30' });
    expect(when({ site: 's', date: '2023-10-22', time: '21:00', precision: 'hour' })).toMatchObject({ precision: 'hour' });
    expect(when({ site: 's', date: '2023-10-20', to: '2023-10-22' })).toMatchObject({ precision: 'range', from: '2023-10-20', to: '2023-10-22' });
  });
});

describe('scaffoldRecord in a one-language story', () => {
  it('leaves blanks in that language only, and the record checks against that story', () => {
    const text = scaffoldRecord({ site: 'ain-al-asad', date: '2023-10-22', weapons: ['rocket'] }, { languages: ['en'], weapons: testSlugWeapons });
    const record = parse(text) as { title: object; accounts: { says: object }[] };
    expect(record.title).toEqual({ en: '' });
    expect(record.accounts[0]!.says).toEqual({ en: '' });
    const doc = parseDocument(fillIn(text));
    for (const path of [['title'], ['summary'], ['accounts', 0, 'attribution'], ['accounts', 0, 'says']]) doc.deleteIn([...path, 'fr']);
    expect(testSchemas(['en']).events.safeParse(parse(doc.toString())).success).toBe(true);
  });
});

describe('scaffoldErrors', () => {
  it('names each bad option', () => {
    expect(
      scaffoldErrors({ site: 's', date: '2023-02-30', time: '25:00', weapons: ['tank'], status: 'sure' as never }, frEn),
    ).toEqual([
      '--date: "2023-02-30" is not a real date in the form YYYY-MM-DD',
      '--time: "25:00" is not a time in the form HH:mm',
      '--weapon: "tank" is not one of drone, rocket (files in weapons/)',
      '--status: "sure" is not one of confirmed, disputed, unconfirmed, false-alarm',
    ]);
    expect(scaffoldErrors({ site: 's', date: '2023-10-22', to: '2023-10-21' }, frEn)).toEqual([
      '--to: "2023-10-21" must be a real date after --date',
    ]);
    expect(scaffoldErrors({ site: 's', date: '2023-10-22', time: '21:30', precision: 'hour' }, frEn)).toEqual([
      '--time: an hour-precision time ends in :00 (got 21:30)',
    ]);
  });
});
