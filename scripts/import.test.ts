import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { parse, stringify } from 'yaml';
import { textsOnlyIn } from '../src/lib/fixtures/record-set';
import { checkContent } from '../src/lib/records/check';
import { readContentFiles } from '../src/lib/records/read-content';
import { runImport } from './import';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const fixture = (name: string) => join(projectRoot, 'src/lib/import/fixtures', name);

/** Every file under `dir` with its text and modification time. */
function snapshot(dir: string): Map<string, { text: string; mtime: number }> {
  const files = new Map<string, { text: string; mtime: number }>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else
        files.set(relative(dir, path), { text: readFileSync(path, 'utf8'), mtime: statSync(path).mtimeMs });
    }
  };
  walk(dir);
  return files;
}

let cwd: string;
let out: string[];
let err: string[];
const run = (...args: string[]) =>
  runImport(['--', ...args], { cwd, log: (l) => out.push(l), error: (l) => err.push(l) });

beforeEach(() => {
  // A copy of the real records, so the import runs as an editor would run it, on a scratch tree.
  cwd = mkdtempSync(join(tmpdir(), 'import-'));
  cpSync(join(projectRoot, 'content'), join(cwd, 'content'), { recursive: true });
  out = [];
  err = [];
});

describe('npm run import', () => {
  it('dry run: prints the plan and writes nothing', async () => {
    const before = snapshot(cwd);
    expect(await run(fixture('research-22-october.csv'), '--dry-run')).toBe(0);
    expect(out.join('\n')).toBe(
      [
        'create content/events/2023-10-20-ain-al-asad-drones.yaml (row 2)',
        'create content/sources/ifpnews-rockets-iraqi-base-american-troops.yaml (row 3)',
        'create content/events/2023-10-22-ain-al-asad-rockets.yaml (row 3)',
        'Dry run: 3 to create, 0 to update, 0 unchanged. Nothing was written.',
        'New events: check that content/story/explorer.yaml still sums up the series.',
      ].join('\n'),
    );
    expect(snapshot(cwd)).toEqual(before);
  });

  it('writes valid records, then changes nothing when run again', async () => {
    expect(await run(fixture('research-22-october.csv'))).toBe(0);
    expect(out.slice(-2)).toEqual([
      'Done: 3 created, 0 updated, 0 unchanged.',
      'New events: check that content/story/explorer.yaml still sums up the series.',
    ]);
    expect(checkContent(await readContentFiles('content', cwd))).toEqual([]);

    const rockets = parse(
      readFileSync(join(cwd, 'content/events/2023-10-22-ain-al-asad-rockets.yaml'), 'utf8'),
    );
    expect(rockets).toMatchObject({
      slug: '2023-10-22-ain-al-asad-rockets',
      researchId: 'I9',
      when: { precision: 'day', date: '2023-10-22' },
      site: 'ain-al-asad',
      status: 'unconfirmed',
      weapons: [
        { kind: 'rocket', reports: [{ count: null, source: 'ifpnews-rockets-iraqi-base-american-troops' }] },
      ],
    });
    const source = readFileSync(
      join(cwd, 'content/sources/ifpnews-rockets-iraqi-base-american-troops.yaml'),
      'utf8',
    );
    expect(parse(source)).toMatchObject({
      url: 'https://ifpnews.com/rockets-iraqi-base-american-troops/',
      language: 'en',
    });

    const written = snapshot(cwd);
    out = [];
    expect(await run(fixture('research-22-october.csv'))).toBe(0);
    expect(out).toEqual([
      'unchanged content/events/2023-10-20-ain-al-asad-drones.yaml (row 2)',
      'unchanged content/events/2023-10-22-ain-al-asad-rockets.yaml (row 3)',
      'Done: 0 created, 0 updated, 2 unchanged.',
    ]);
    expect(snapshot(cwd)).toEqual(written); // same texts, same mtimes: nothing rewritten
  });

  it('updates a record from an edited row, keeping a hand-added account and comment', async () => {
    await run(fixture('research-22-october.csv'));
    const path = join(cwd, 'content/events/2023-10-22-ain-al-asad-rockets.yaml');
    const handEdited =
      readFileSync(path, 'utf8').replace(
        'status: unconfirmed\n',
        '# Desk: wait for the Pentagon.\nstatus: unconfirmed\n',
      ) +
      [
        '  - source: wapo-responsiblestatecraft',
        '    attribution:',
        '      fr: Des données du Pentagone rapportées par le Washington Post',
        '      en: Pentagon data reported by the Washington Post',
        '    says:',
        '      fr: Un second récit, ajouté à la main.',
        '      en: A second account, added by hand.',
        '',
      ].join('\n');
    writeFileSync(path, handEdited);
    const edited = join(cwd, 'edited.csv');
    writeFileSync(
      edited,
      readFileSync(fixture('research-22-october.csv'), 'utf8').replace(
        'Katyusha rockets target Ain al-Asad air base, according to IFP News',
        'Katyusha rockets fired at Ain al-Asad air base, says IFP News',
      ),
    );

    out = [];
    expect(await run(edited)).toBe(0);
    expect(out).toContain('update content/events/2023-10-22-ain-al-asad-rockets.yaml (row 3): title.en');
    const text = readFileSync(path, 'utf8');
    // Exactly one line differs: the English title.
    expect(text).toBe(
      handEdited.replace(
        '  en: Katyusha rockets target Ain al-Asad air base, according to IFP News\n',
        '  en: Katyusha rockets fired at Ain al-Asad air base, says IFP News\n',
      ),
    );
    expect(text).toContain('# Desk: wait for the Pentagon.\n');
    expect(parse(text).accounts[1].says.en).toBe('A second account, added by hand.');
    expect(checkContent(await readContentFiles('content', cwd))).toEqual([]);
  });

  it('refuses the Syria rows (their bases have no site file), naming each row, and writes nothing', async () => {
    const before = snapshot(cwd);
    expect(await run(fixture('research-syria.csv'))).toBe(1);
    const report = err.join('\n');
    expect(report).toMatch(/^4 problem\(s\); nothing was written\./);
    expect(report).toContain(
      'row 2 (2023-10-18-al-tanf-drones) site: unknown sites id "al-tanf"; add content/sites/al-tanf.yaml first (the import does not create sites)',
    );
    expect(report).toContain(
      'row 4 (2023-10-19-mission-support-site-euphrates-attack) site: unknown sites id "mission-support-site-euphrates"',
    );
    expect(snapshot(cwd)).toEqual(before);
  });

  it('lists every bad row with its row number and column, and writes nothing, not even the good row', async () => {
    const before = snapshot(cwd);
    expect(await run(fixture('bad-rows.csv'))).toBe(1);
    expect(err.join('\n').split('\n')).toEqual([
      '6 problem(s); nothing was written.',
      'In the spreadsheet:',
      '  row 3 date: "22/10/2023" is not a real date; write it as YYYY-MM-DD, e.g. 2023-10-22 (format the column as text if the spreadsheet changes it)',
      '  row 4 (2023-10-23-ain-al-assad-rockets) site: unknown sites id "ain-al-assad"; did you mean "ain-al-asad"?',
      '  row 5 weapons: "drone:two": the count must be a whole number from 1, e.g. drone:2 (or just "drone" when no number is given)',
      '  row 6 (2023-10-25-ain-al-asad-rockets) claimed_by: unknown actors id "islamic-resistance-in-irak"; did you mean "islamic-resistance-in-iraq"?',
      '  row 7 (2023-10-26-ain-al-asad-rockets) title_en: must not be empty',
      '  row 8 (2023-10-27-ain-al-asad-rockets) source_language: needed for the new source https://example.org/a-new-article (fr, en, ar or de)',
    ]);
    expect(snapshot(cwd)).toEqual(before);
  });

  it('refuses two rows making the same record', async () => {
    const before = snapshot(cwd);
    expect(await run(fixture('duplicate-slugs.csv'))).toBe(1);
    expect(err.join('\n')).toContain(
      'row 3 (2023-10-22-ain-al-asad-rockets) slug: rows 2 and 3 both make "2023-10-22-ain-al-asad-rockets"',
    );
    expect(snapshot(cwd)).toEqual(before);
  });

  it('imports into another tree with --content, and explains its usage and bad arguments', async () => {
    cpSync(join(cwd, 'content'), join(cwd, 'elsewhere'), { recursive: true });
    expect(await run(fixture('research-22-october.csv'), '--content', 'elsewhere', '--dry-run')).toBe(0);
    expect(out[0]).toBe('create elsewhere/events/2023-10-20-ain-al-asad-drones.yaml (row 2)');
    // A tree outside the working folder is named by its absolute path, and written there.
    const outside = mkdtempSync(join(tmpdir(), 'import-outside-'));
    cpSync(join(cwd, 'content'), outside, { recursive: true });
    out = [];
    expect(await run(fixture('research-22-october.csv'), '--content', outside)).toBe(0);
    expect(out[0]).toBe(`create ${join(outside, 'events/2023-10-20-ain-al-asad-drones.yaml')} (row 2)`);
    expect(readdirSync(join(outside, 'events'))).toContain('2023-10-20-ain-al-asad-drones.yaml');
    expect(await run(fixture('research-22-october.csv'), '--content', 'nowhere')).toBe(1);
    expect(err.at(-1)).toBe("No record files in nowhere/ (--content names the records' folder)");
    expect(await run()).toBe(1);
    expect(err.at(-1)).toMatch(/^Usage: npm run import -- <file\.csv>/);
    expect(await run('missing.csv')).toBe(1);
    expect(err.at(-1)).toBe('Cannot read missing.csv');
  });

  it("reads the text columns from the settings of the tree it imports into", async () => {
    // The same story published in English only: settings and every record text.
    for (const f of await readContentFiles('content', cwd)) {
      const data = f.path.endsWith('story/settings.yaml')
        ? { ...parse(f.text), languages: ['en'], defaultLanguage: 'en' }
        : parse(f.text);
      writeFileSync(join(cwd, f.path), stringify(textsOnlyIn(['en'], data), { defaultStringType: 'QUOTE_DOUBLE' }));
    }
    expect(checkContent(await readContentFiles('content', cwd))).toEqual([]);
    const before = snapshot(cwd);

    // The fr/en spreadsheet is refused by its header, each French column named, and nothing written.
    expect(await run(fixture('research-22-october.csv'))).toBe(1);
    expect(err).toContain(
      '  row 1 title_fr: unknown column "title_fr": "fr" is not one of this story\'s languages (en, listed in story/settings.yaml); its title columns are "title_en"',
    );
    expect(snapshot(cwd)).toEqual(before);

    // Without its French columns, it makes records in English only.
    const [header, ...rows] = csvParseRows(readFileSync(fixture('research-22-october.csv'), 'utf8'));
    const keep = header!.flatMap((column, i) => (column.endsWith('_fr') ? [] : [i]));
    const english = join(cwd, 'english.csv');
    writeFileSync(english, csvFormatRows([header!, ...rows].map((cells) => keep.map((i) => cells[i]!))));
    err = [];
    expect(await run(english)).toBe(0);
    expect(err).toEqual([]);
    expect(checkContent(await readContentFiles('content', cwd))).toEqual([]);
    const rockets = parse(readFileSync(join(cwd, 'content/events/2023-10-22-ain-al-asad-rockets.yaml'), 'utf8'));
    expect(rockets.title).toEqual({ en: 'Katyusha rockets target Ain al-Asad air base, according to IFP News' });
    const sourcePath = join(cwd, 'content/sources/ifpnews-rockets-iraqi-base-american-troops.yaml');
    const source = parse(readFileSync(sourcePath, 'utf8'));
    expect(Object.keys(source.description)).toEqual(['en']);
  });

  it('says so when the story settings to take the languages from are wrong or missing', async () => {
    const settings = join(cwd, 'content/story/settings.yaml');
    writeFileSync(settings, readFileSync(settings, 'utf8').replace('languages: [fr, en]', 'languages: [es, en]'));
    expect(await run(fixture('research-22-october.csv'))).toBe(1);
    expect(err.at(-1)).toBe(
      "content/story/settings.yaml is not valid; `npm run check` says why (the import takes the story's languages from it)",
    );
    rmSync(settings);
    expect(await run(fixture('research-22-october.csv'))).toBe(1);
    expect(err.at(-1)).toBe("No content/story/settings.yaml: the import takes the story's languages from it");
  });
});
