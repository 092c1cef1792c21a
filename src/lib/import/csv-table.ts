/**
 * Reads a spreadsheet export for `npm run import`: one event per row, one column per field.
 *
 * Row numbers are the spreadsheet's own (header = row 1, first event = row 2, blank rows
 * counted but skipped), so an editor finds a reported row where the spreadsheet shows it.
 * Commas, semicolons (French Excel) and tabs all work as delimiters; a UTF-8 BOM is ignored.
 *
 * Columns (snake_case; docs/import.md explains them for editors, docs/import-template.csv has
 * them all). A text takes one column per language of the story, `<field>_<lang>` in the order
 * `languages` lists them in story/settings.yaml (`title_fr`, `title_en` for a story in French and
 * English). Only the starred ones must be in the header; a column left out of the file leaves
 * that field of an existing record alone, a column present but blank clears it.
 *
 * | column                       | record field                | notes                                          |
 * |------------------------------|-----------------------------|------------------------------------------------|
 * | slug                         | slug                        | default `<date>-<site>-<weapons>` (eventSlug) |
 * | research_id                  | researchId                  | e.g. I9                                        |
 * | precision                    | when.precision              | minute, hour, day, range; blank: inferred      |
 * | date *                       | when.at / .date / .from     | YYYY-MM-DD; the first day of a range           |
 * | time                         | when.at                     | HH:mm, the story's clock (settings `timeZone`) |
 * | date_to                      | when.to                     | the last day of a range                        |
 * | part_of_day_<lang>           | when.partOfDay              | e.g. "early morning"                           |
 * | site *                       | site                        | id of a file in sites/                         |
 * | status *                     | status                      | confirmed, disputed, unconfirmed, false-alarm  |
 * | weapons                      | weapons                     | `drone:2; rocket`; a count cites source 1      |
 * | title_<lang> *               | title                       |                                                |
 * | summary_<lang> *             | summary                     |                                                |
 * | outcome_<lang>               | outcome                     |                                                |
 * | damage_<lang>                | damage                      |                                                |
 * | killed, injured              | casualties.killed, .injured | whole numbers; blank: not reported             |
 * | casualties_note_<lang>       | casualties.note             |                                                |
 * | claimed_by                   | claims                      | actor ids; each claim cites source 1           |
 * | sources *                    | (cited by the fields above) | ids or URLs, `;` or line break between them    |
 * | source_language              | language of new sources     | sourceLanguages; needed for unknown URLs       |
 * | account_attribution_<lang> * | accounts[0].attribution     | who says it, in source 1                       |
 * | account_says_<lang> *        | accounts[0].says            | what they say                                  |
 *
 * Source 1, the first listed, is cited by the first account, the weapon counts and the claims;
 * the others are cited as reporting each weapon, without a count.
 */
import { dsvFormat } from 'd3-dsv';
import { closestMatch } from '../records/closest-match';
import type { Lang } from '../schema';

/**
 * The columns in the file's order (the template's): `localized` ones once per language of the
 * story, `required` ones needed in every header.
 */
const columnLayout = [
  { name: 'slug' },
  { name: 'research_id' },
  { name: 'precision' },
  { name: 'date', required: true },
  { name: 'time' },
  { name: 'date_to' },
  { name: 'part_of_day', localized: true },
  { name: 'site', required: true },
  { name: 'status', required: true },
  { name: 'weapons' },
  { name: 'title', localized: true, required: true },
  { name: 'summary', localized: true, required: true },
  { name: 'outcome', localized: true },
  { name: 'damage', localized: true },
  { name: 'killed' },
  { name: 'injured' },
  { name: 'casualties_note', localized: true },
  { name: 'claimed_by' },
  { name: 'sources', required: true },
  { name: 'source_language' },
  { name: 'account_attribution', localized: true, required: true },
  { name: 'account_says', localized: true, required: true },
] as const satisfies readonly { name: string; localized?: true; required?: true }[];
type ColumnSpec = (typeof columnLayout)[number];

/** A text field of the record, given in one column per language: `title` → `title_fr`, `title_en`. */
export type LocalizedField = Extract<ColumnSpec, { localized: true }>['name'];
/** A column given once, whatever the languages. */
export type PlainColumn = Exclude<ColumnSpec, { localized: true }>['name'];
export type LocalizedColumn = `${LocalizedField}_${Lang}`;
export type ImportColumn = PlainColumn | LocalizedColumn;

export const localizedFields: readonly LocalizedField[] = columnLayout.flatMap((c) =>
  'localized' in c ? [c.name] : [],
);

/** The column of one language of a text: `localizedColumn('title', 'en')` is `title_en`. */
export const localizedColumn = (field: LocalizedField, lang: Lang): LocalizedColumn => `${field}_${lang}`;

const columnsOf = (specs: readonly ColumnSpec[], languages: readonly Lang[]): ImportColumn[] =>
  specs.flatMap((c) => ('localized' in c ? languages.map((lang) => localizedColumn(c.name, lang)) : [c.name]));

/** Every column a file may have, for a story in `languages`, in the template's order. */
export function importColumnsFor(languages: readonly Lang[]): ImportColumn[] {
  return columnsOf(columnLayout, languages);
}

/** What every record needs, for a story in `languages`; the rest may be left out of the file. */
export function requiredColumnsFor(languages: readonly Lang[]): ImportColumn[] {
  return columnsOf(
    columnLayout.filter((c) => 'required' in c),
    languages,
  );
}

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

/** The story's columns for a text in another language, e.g. `title_fr` where the story is in es, en. */
function otherLanguageHint(name: string, languages: readonly Lang[]): string | undefined {
  const field = localizedFields.find(
    (f) => name.startsWith(`${f}_`) && /^[a-z]{2,3}$/.test(name.slice(f.length + 1)),
  );
  if (!field) return undefined;
  const lang = name.slice(field.length + 1);
  const columns = languages.map((l) => `"${localizedColumn(field, l)}"`).join(', ');
  const listed = `${languages.join(', ')}, listed in story/settings.yaml`;
  return `"${lang}" is not one of this story's languages (${listed}); its ${field} columns are ${columns}`;
}

function checkHeader(header: string[], body: string[][], languages: readonly Lang[]): RowProblem[] {
  const problems: RowProblem[] = [];
  const columns = importColumnsFor(languages);
  const required = requiredColumnsFor(languages);
  const known = new Set<string>(columns);
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
      const otherLanguage = otherLanguageHint(name, languages);
      const hint = closestMatch(name, columns);
      problems.push({
        row: 1,
        column: name,
        message: otherLanguage
          ? `unknown column "${cell.trim()}": ${otherLanguage}`
          : `unknown column "${cell.trim()}"${hint ? `; did you mean "${hint}"?` : ''} (docs/import.md lists the columns)`,
      });
    } else if (seen.has(name)) {
      problems.push({ row: 1, column: name, message: `column "${name}" appears twice` });
    }
    seen.add(name);
  });
  for (const column of required) {
    if (!seen.has(column))
      problems.push({ row: 1, column, message: `required column "${column}" is missing` });
  }
  // A text in some of the story's languages only could never make a valid record. (A required
  // column's absence is already reported above.)
  for (const field of localizedFields) {
    const ofField = languages.map((lang) => localizedColumn(field, lang));
    const given = ofField.filter((c) => seen.has(c));
    const missing = ofField.filter((c) => !seen.has(c) && !required.includes(c));
    if (given.length === 0 || missing.length === 0) continue;
    const column = given[0]!;
    problems.push({
      row: 1,
      column,
      message:
        languages.length === 2
          ? `column "${column}" needs its pair "${missing[0]}"`
          : `column "${column}" needs ${missing.map((c) => `"${c}"`).join(', ')} too (a text in each of the story's languages)`,
    });
  }
  return problems;
}

/**
 * Parses the export into rows keyed by column, for a story in `languages` (its settings'
 * list). Header problems come back alone: rows can't be read reliably until the header is right.
 */
export function readCsvTable(
  text: string,
  languages: readonly Lang[],
): { table?: CsvTable; problems: RowProblem[] } {
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
  const problems = checkHeader(header, records, languages);
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
