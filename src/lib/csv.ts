/**
 * CSV as RFC 4180 describes it: CRLF line ends, fields quoted when they need to be; and safe to
 * open in a spreadsheet (OWASP, "CSV Injection").
 */

export type CsvValue = string | number | null;

/**
 * A text cell a spreadsheet would run as a formula: one starting with `=`, `+`, `-`, `@`, a tab
 * or a carriage return. OWASP's advice is to prefix such a cell with a single quote, which
 * spreadsheets show as text. Numbers are written as numbers (a negative longitude stays -5.2);
 * only text is neutralised.
 */
const formulaStart = /^[=+\-@\t\r]/;

/** The text as a spreadsheet should see it: `'=HYPERLINK(…)` instead of `=HYPERLINK(…)`. */
export function neutralizeFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** A field is quoted when it holds a comma, a quote or a line break; quotes inside are doubled. */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : neutralizeFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header line then one line per row, every line ending in CRLF. */
export function toCsv<K extends string>(columns: readonly K[], rows: readonly Record<K, CsvValue>[]): string {
  const line = (values: CsvValue[]) => `${values.map(csvField).join(',')}\r\n`;
  return line([...columns]) + rows.map((row) => line(columns.map((c) => row[c]))).join('');
}
