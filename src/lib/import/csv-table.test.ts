import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../schema';
import { detectDelimiter, importColumnsFor, readCsvTable, requiredColumnsFor } from './csv-table';

const frEn: Lang[] = ['fr', 'en'];
const importColumns = importColumnsFor(frEn);
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

  it('matches the template in docs/', () => {
    const template = readFileSync(new URL('../../../docs/import-template.csv', import.meta.url), 'utf8');
    expect(template.trim().split(',')).toEqual([...importColumns]);
    expect(readCsvTable(template, frEn)).toEqual({
      table: { columns: [...importColumns], rows: [] },
      problems: [],
    });
  });
});
