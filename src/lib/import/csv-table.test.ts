import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readStorySettings } from '../records/read-content';
import type { Lang } from '../schema';
import { detectDelimiter, importColumnsFor, readCsvTable, requiredColumnsFor } from './csv-table';

const frEn: Lang[] = ['fr', 'en'];
const requiredColumns = requiredColumnsFor(frEn);

const required = requiredColumns.join(',');
const cellsFor = (values: Record<string, string>) => requiredColumns.map((c) => values[c] ?? 'x').join(',');

describe('detectDelimiter', () => {
  it('recognises commas, semicolons (French Excel) and tabs', () => {
    expect(detectDelimiter('date,site,status')).toBe(',');
    expect(detectDelimiter('date;site;status')).toBe(';');
    expect(detectDelimiter('date\tsite\tstatus')).toBe('\t');
  });
});

describe('readCsvTable', () => {
  it('numbers rows as the spreadsheet does: header 1, blank rows counted but skipped', () => {
    const text = `${required}\r\n${cellsFor({ date: '2023-10-22' })}\r\n\r\n,,,\r\n${cellsFor({ date: '2023-10-23' })}\r\n`;
    const { table, problems } = readCsvTable(text, frEn);
    expect(problems).toEqual([]);
    expect(table!.rows.map((r) => [r.row, r.cells.date])).toEqual([
      [2, '2023-10-22'],
      [5, '2023-10-23'],
    ]);
  });

  it('strips a BOM, reads semicolons, trims cells and keeps line breaks inside quoted cells', () => {
    const header = required.replaceAll(',', ';');
    const row = requiredColumns.map((c) => (c === 'sources' ? '"a-source\nb-source"' : ` ${c} `)).join(';');
    const { table, problems } = readCsvTable(`\uFEFF${header}\n${row}\n`, frEn);
    expect(problems).toEqual([]);
    expect(table!.columns[0]).toBe('date');
    expect(table!.rows[0]!.cells.date).toBe('date');
    expect(table!.rows[0]!.cells.sources).toBe('a-source\nb-source');
  });

  it('honours an Excel "sep=" line and still calls the header row 1', () => {
    const { table } = readCsvTable(
      `sep=;\n${required.replaceAll(',', ';')}\n${cellsFor({}).replaceAll(',', ';')}\n`,
      frEn,
    );
    expect(table!.rows[0]!.row).toBe(2);
  });

  it('gives blank cells for columns the row is short of, and no entry for columns the file lacks', () => {
    const { table } = readCsvTable(`${required},killed\nx\n`, frEn);
    const cells = table!.rows[0]!.cells;
    expect(cells.date).toBe('x');
    expect(cells.killed).toBe('');
    expect(cells).not.toHaveProperty('injured');
  });

  it('refuses unknown columns with a near miss, missing required columns, and twice-named columns', () => {
    const header = required.replace('title_en', 'titel_en').replace('site', 'site,date');
    const { table, problems } = readCsvTable(`${header}\n`, frEn);
    expect(table).toBeUndefined();
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          row: 1,
          column: 'titel_en',
          message: expect.stringContaining('did you mean "title_en"?'),
        }),
        expect.objectContaining({
          row: 1,
          column: 'title_en',
          message: 'required column "title_en" is missing',
        }),
        expect.objectContaining({ row: 1, column: 'date', message: 'column "date" appears twice' }),
      ]),
    );
  });

  it('wants both languages of an optional text column', () => {
    const { problems } = readCsvTable(`${required},outcome_fr\n`, frEn);
    expect(problems).toEqual([
      { row: 1, column: 'outcome_fr', message: 'column "outcome_fr" needs its pair "outcome_en"' },
    ]);
  });

  it('accepts empty trailing header cells, unless their column holds values', () => {
    expect(readCsvTable(`${required},,\n${cellsFor({})},,\n`, frEn).problems).toEqual([]);
    expect(readCsvTable(`${required},\n${cellsFor({})},oops\n`, frEn).problems).toEqual([
      { row: 1, message: 'column 13 has values but no name in the header' },
    ]);
  });

  it('reports a quote that is never closed, on its row', () => {
    const text = `${required}\n${cellsFor({})}\n${cellsFor({ date: '"2023-10-22' })}\n`;
    const { problems } = readCsvTable(text, frEn);
    expect(problems).toEqual([{ row: 3, message: 'a quoted cell is never closed (unmatched ")' }]);
  });

  it('says an empty file needs a header', () => {
    expect(readCsvTable('', frEn).problems).toEqual([
      { row: 1, message: 'the file is empty; row 1 must name the columns' },
    ]);
  });

  it("matches the template in docs/, which has the live story's columns", () => {
    const { languages } = readStorySettings('content', fileURLToPath(new URL('../../../', import.meta.url)));
    const template = readFileSync(new URL('../../../docs/import-template.csv', import.meta.url), 'utf8');
    expect(template.trim().split(',')).toEqual(importColumnsFor(languages));
    expect(readCsvTable(template, languages)).toEqual({
      table: { columns: importColumnsFor(languages), rows: [] },
      problems: [],
    });
  });
});

describe("the columns follow the story's languages", () => {
  const en: Lang[] = ['en'];
  /** A language with no dictionary yet: the columns don't care (the settings' check does). */
  const esEn = ['es', 'en'] as unknown as Lang[];
  const headerFor = (languages: Lang[]) => requiredColumnsFor(languages).join(',');

  it('keeps the fr/en order of today, and lists each text once per language, in the settings order', () => {
    expect(importColumnsFor(['fr', 'en']).join(',')).toBe(
      'slug,research_id,precision,date,time,date_to,part_of_day_fr,part_of_day_en,site,status,weapons,' +
        'title_fr,title_en,summary_fr,summary_en,outcome_fr,outcome_en,damage_fr,damage_en,killed,injured,' +
        'casualties_note_fr,casualties_note_en,claimed_by,sources,source_language,' +
        'account_attribution_fr,account_attribution_en,account_says_fr,account_says_en',
    );
    expect(importColumnsFor(['en', 'fr']).filter((c) => c.startsWith('title_'))).toEqual(['title_en', 'title_fr']);
    expect(importColumnsFor(esEn).filter((c) => /_(es|en|fr)$/.test(c))).toEqual([
      'part_of_day_es',
      'part_of_day_en',
      'title_es',
      'title_en',
      'summary_es',
      'summary_en',
      'outcome_es',
      'outcome_en',
      'damage_es',
      'damage_en',
      'casualties_note_es',
      'casualties_note_en',
      'account_attribution_es',
      'account_attribution_en',
      'account_says_es',
      'account_says_en',
    ]);
    expect(requiredColumnsFor(en)).toEqual([
      'date',
      'site',
      'status',
      'title_en',
      'summary_en',
      'sources',
      'account_attribution_en',
      'account_says_en',
    ]);
  });

  it('reads a story in English only from its _en columns', () => {
    const { table, problems } = readCsvTable(`${headerFor(en)},outcome_en\n2023-10-22,a,b,Title,c,d,e,f,Outcome\n`, en);
    expect(problems).toEqual([]);
    expect(table!.columns).toEqual([...requiredColumnsFor(en), 'outcome_en']);
    expect(table!.rows[0]!.cells).toMatchObject({ title_en: 'Title', outcome_en: 'Outcome' });
  });

  it("refuses another language's column, naming the story's languages and the columns to use", () => {
    const { table, problems } = readCsvTable(`${headerFor(en)},title_fr,Outcome_FR\n`, en);
    expect(table).toBeUndefined();
    expect(problems).toEqual([
      {
        row: 1,
        column: 'title_fr',
        message:
          'unknown column "title_fr": "fr" is not one of this story\'s languages (en, listed in story/settings.yaml); its title columns are "title_en"',
      },
      {
        row: 1,
        column: 'outcome_fr',
        message:
          'unknown column "Outcome_FR": "fr" is not one of this story\'s languages (en, listed in story/settings.yaml); its outcome columns are "outcome_en"',
      },
    ]);
  });

  it('refuses the fr/en template in a story in Spanish and English: unknown _fr columns, missing _es ones', () => {
    const template = readFileSync(new URL('../../../docs/import-template.csv', import.meta.url), 'utf8');
    const { table, problems } = readCsvTable(template, esEn);
    expect(table).toBeUndefined();
    expect(problems.filter((p) => p.message.startsWith('unknown column')).map((p) => p.column)).toEqual(
      importColumnsFor(['fr', 'en']).filter((c) => c.endsWith('_fr')),
    );
    expect(problems).toContainEqual({
      row: 1,
      column: 'summary_fr',
      message:
        'unknown column "summary_fr": "fr" is not one of this story\'s languages (es, en, listed in story/settings.yaml); its summary columns are "summary_es", "summary_en"',
    });
    expect(problems).toContainEqual({ row: 1, column: 'title_es', message: 'required column "title_es" is missing' });
    // Still a near miss for a plain typo.
    expect(readCsvTable(`${headerFor(esEn)},titel_es\n`, esEn).problems).toEqual([
      expect.objectContaining({ column: 'titel_es', message: expect.stringContaining('did you mean "title_es"?') }),
    ]);
  });

  it('wants every language of an optional text column', () => {
    const three = ['fr', 'en', 'es'] as unknown as Lang[];
    expect(readCsvTable(`${headerFor(three)},outcome_fr\n`, three).problems).toEqual([
      {
        row: 1,
        column: 'outcome_fr',
        message: `column "outcome_fr" needs "outcome_en", "outcome_es" too (a text in each of the story's languages)`,
      },
    ]);
    // A story in one language has no pairs.
    expect(readCsvTable(`${headerFor(en)},damage_en\n`, en).problems).toEqual([]);
  });
});
