/**
 * Reads a spreadsheet export for `npm run import`: one event per row, one column per field.
 *
 * Row numbers are the spreadsheet's own (header = row 1, first event = row 2, blank rows
 * counted but skipped), so an editor finds a reported row where the spreadsheet shows it.
 * Commas, semicolons (French Excel) and tabs all work as delimiters; a UTF-8 BOM is ignored.
 *
 * Columns (snake_case; docs/import.md explains them for editors, docs/import-template.csv has
 * them all). Only the starred ones must be in the header; a column left out of the file leaves
 * that field of an existing record alone, a column present but blank clears it.
 *
 * | column                          | record field                | notes                                          |
 * |---------------------------------|-----------------------------|------------------------------------------------|
 * | slug                            | slug                        | default `<date>-<site>-<weapons>` (attackSlug) |
 * | research_id                     | researchId                  | e.g. I9                                        |
 * | precision                       | when.precision              | minute, hour, day, range; blank: inferred      |
 * | date *                          | when.at / .date / .from     | YYYY-MM-DD; the first day of a range           |
 * | time                            | when.at                     | HH:mm, Baghdad local time                      |
 * | date_to                         | when.to                     | the last day of a range                        |
 * | part_of_day_fr, _en             | when.partOfDay              | e.g. "early morning"                           |
 * | site *                          | site                        | id of a file in sites/                         |
 * | status *                        | status                      | confirmed, disputed, unconfirmed, false-alarm  |
 * | weapons                         | weapons                     | `drone:2; rocket`; a count cites source 1      |
 * | title_fr *, title_en *          | title                       |                                                |
 * | summary_fr *, summary_en *      | summary                     |                                                |
 * | outcome_fr, _en                 | outcome                     |                                                |
 * | damage_fr, _en                  | damage                      |                                                |
 * | killed, injured                 | casualties.killed, .injured | whole numbers; blank: not reported             |
 * | casualties_note_fr, _en         | casualties.note             |                                                |
 * | claimed_by                      | claims                      | actor ids; each claim cites source 1           |
 * | sources *                       | (cited by the fields above) | ids or URLs, `;` or line break between them    |
 * | source_language                 | language of new sources     | fr, en, ar, de; needed for unknown URLs        |
 * | account_attribution_fr *, _en * | accounts[0].attribution     | who says it, in source 1                       |
 * | account_says_fr *, _en *        | accounts[0].says            | what they say                                  |
 *
 * Source 1, the first listed, is cited by the first account, the weapon counts and the claims;
 * the others are cited as reporting each weapon, without a count.
 */
import { dsvFormat } from 'd3-dsv';
import { closestMatch } from '../records/closest-match';

export const importColumns = [
  'slug',
  'research_id',
  'precision',
  'date',
  'time',
  'date_to',
  'part_of_day_fr',
  'part_of_day_en',
  'site',
  'status',
  'weapons',
  'title_fr',
  'title_en',
  'summary_fr',
  'summary_en',
  'outcome_fr',
  'outcome_en',
  'damage_fr',
  'damage_en',
  'killed',
  'injured',
  'casualties_note_fr',
  'casualties_note_en',
  'claimed_by',
  'sources',
  'source_language',
  'account_attribution_fr',
  'account_attribution_en',
  'account_says_fr',
  'account_says_en',
] as const;
export type ImportColumn = (typeof importColumns)[number];

/** What every record needs; the rest may be left out of the file. */
export const requiredColumns: readonly ImportColumn[] = [
  'date',
  'site',
  'status',
  'title_fr',
  'title_en',
  'summary_fr',
  'summary_en',
  'sources',
  'account_attribution_fr',
  'account_attribution_en',
  'account_says_fr',
  'account_says_en',
];

/** A problem an editor fixes in the spreadsheet: its row and, when known, its column. */
export interface RowProblem {
  row: number;
  /** The record the row makes, when known, so the editor can tell rows apart in messages. */
  slug?: string;
  column?: string;
  message: string;
}

/** One event: its spreadsheet row and its trimmed cells (absent when the file lacks the column). */
export interface CsvRow {
  row: number;
  cells: Partial<Record<ImportColumn, string>>;
}

export interface CsvTable {
  columns: ImportColumn[];
  rows: CsvRow[];
}

export type Delimiter = ',' | ';' | '\t';
const delimiters: readonly Delimiter[] = [',', ';', '\t'];

/** The delimiter the header line uses most; column names never contain any of them. */
export function detectDelimiter(headerLine: string): Delimiter {
  const count = (d: Delimiter) => headerLine.split(d).length - 1;
  return delimiters.reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** Header cell → column name; editors may type "Title_FR " as well as "title_fr". */
const columnName = (cell: string) => cell.trim().toLowerCase();

function checkHeader(header: string[], body: string[][]): RowProblem[] {
  const problems: RowProblem[] = [];
  const known = new Set<string>(importColumns);
  const seen = new Set<string>();
  header.forEach((cell, index) => {
    const name = columnName(cell);
    if (name === '') {
      // Spreadsheets often export empty trailing columns; a nameless column with data is a mistake.
      if (body.some((cells) => (cells[index] ?? '').trim() !== '')) {
        problems.push({ row: 1, message: `column ${index + 1} has values but no name in the header` });
      }
      return;
    }
    if (!known.has(name)) {
      const hint = closestMatch(name, [...importColumns]);
      problems.push({
        row: 1,
        column: name,
        message: `unknown column "${cell.trim()}"${hint ? `; did you mean "${hint}"?` : ''} (docs/import.md lists the columns)`,
      });
    } else if (seen.has(name)) {
      problems.push({ row: 1, column: name, message: `column "${name}" appears twice` });
    }
    seen.add(name);
  });
  for (const column of requiredColumns) {
    if (!seen.has(column))
      problems.push({ row: 1, column, message: `required column "${column}" is missing` });
  }
  // A French text without its English pair (or the reverse) could never make a valid record.
  for (const column of importColumns) {
    const pair = column.endsWith('_fr') ? column.replace(/_fr$/, '_en') : column.replace(/_en$/, '_fr');
    if (
      pair !== column &&
      seen.has(column) &&
      !seen.has(pair) &&
      requiredColumns.indexOf(pair as ImportColumn) < 0
    ) {
      problems.push({ row: 1, column, message: `column "${column}" needs its pair "${pair}"` });
    }
  }
  return problems;
}

/**
 * Parses the export into rows keyed by column. Header problems come back alone: rows can't be
 * read reliably until the header is right.
 */
export function readCsvTable(text: string): { table?: CsvTable; problems: RowProblem[] } {
  let body = text.replace(/^\uFEFF/, '');
  // Excel may start a file with "sep=;" to name its delimiter; the spreadsheet doesn't show it.
  let delimiter: Delimiter | undefined;
  const sepLine = /^sep=(.)\r?\n/i.exec(body);
  if (sepLine && delimiters.includes(sepLine[1] as Delimiter)) {
    delimiter = sepLine[1] as Delimiter;
    body = body.slice(sepLine[0].length);
  }
  delimiter ??= detectDelimiter(body.split(/\r?\n/, 1)[0] ?? '');

  const [header, ...records] = dsvFormat(delimiter).parseRows(body);
  if (!header || isBlank(header)) {
    return { problems: [{ row: 1, message: 'the file is empty; row 1 must name the columns' }] };
  }
  const problems = checkHeader(header, records);
  if (problems.length > 0) return { problems };

  const columns = header.map(columnName);
  const rows: CsvRow[] = [];
  records.forEach((cells, index) => {
    const row = index + 2;
    if (isBlank(cells)) return;
    const cellsOf: CsvRow['cells'] = {};
    cells.forEach((cell, i) => {
      const column = columns[i];
      if (column) cellsOf[column as ImportColumn] = cell.trim();
      else if (cell.trim() !== '') {
        problems.push({ row, message: `cell ${i + 1} has a value but no column in the header` });
      }
    });
    for (const column of columns) if (column) cellsOf[column as ImportColumn] ??= '';
    rows.push({ row, cells: cellsOf });
  });

  // An unclosed quote swallows the rest of the file into one cell of the last row.
  const quotes = body.split('"').length - 1;
  const last = rows.at(-1);
  if (quotes % 2 === 1 && last) {
    problems.push({ row: last.row, message: 'a quoted cell is never closed (unmatched ")' });
  }
  return { table: { columns: columns.filter(Boolean) as ImportColumn[], rows }, problems };
}
