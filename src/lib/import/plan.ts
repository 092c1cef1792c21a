/**
 * What `npm run import` would do with a spreadsheet: which record and source files it would
 * create, update or leave unchanged, and every problem that stops it. Pure: file texts in,
 * file texts out; the script reads and writes.
 *
 * The would-be tree (every record file, with the planned ones in place) goes through the same
 * checker as the build, and each problem in a planned file is traced back to its spreadsheet
 * row and column. Any problem, anywhere, means nothing is written.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { checkContent, fileId, type ContentFile, type Problem } from '../records/check';
import { weaponsIn } from '../records/read-content';
import type { Lang } from '../schema';
import { sourceLanguages } from '../vocabulary';
import { localizedColumn, readCsvTable, type LocalizedField, type RowProblem } from './csv-table';
import { newRecordText, updateRecordText, yamlText } from './record-yaml';
import {
  normalizeUrl,
  readRow,
  recordFields,
  sourceFields,
  sourceIdFromUrl,
  type RowDraft,
} from './row-to-record';

export interface ImportInput {
  csvText: string;
  /** The spreadsheet's file name, noted in the files it creates. */
  csvName: string;
  /** Every record file of the tree, as `readContentFiles` gives them. */
  files: readonly ContentFile[];
  /** The tree's folder as the files' paths spell it, e.g. `content`. */
  contentDir: string;
  /**
   * The story's languages (`languages` in its story/settings.yaml): each text takes one column
   * per language, `<field>_<lang>`.
   */
  languages: readonly Lang[];
}

export type Action = 'create' | 'update' | 'unchanged';

export interface PlannedFile {
  action: Action;
  collection: 'events' | 'sources';
  path: string;
  text: string;
  row: number;
  /** For an update: the fields that change, e.g. `title.en`. */
  changes: string[];
}

/** A row problem (`row` set), or a problem in a record file the spreadsheet doesn't touch. */
export interface ImportProblem {
  row?: number;
  slug?: string;
  column?: string;
  file?: string;
  line?: number;
  field?: string;
  message: string;
}

export interface ImportPlan {
  files: PlannedFile[];
  problems: ImportProblem[];
}

function dataOf(file: ContentFile): Record<string, unknown> {
  try {
    const data: unknown = parseYaml(file.text);
    return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  } catch {
    return {}; // the checker reports the syntax error
  }
}

/** What the import needs to know about the existing tree. */
function indexTree(files: readonly ContentFile[]) {
  const sourceIds = new Set<string>();
  const sourceByUrl = new Map<string, string>();
  const attackBySlug = new Map<string, ContentFile>();
  const slugOfAlias = new Map<string, string>();
  const attackPaths = new Set<string>();
  for (const file of files) {
    const data = dataOf(file);
    if (file.collection === 'sources') {
      const id = fileId(file.path);
      sourceIds.add(id);
      if (typeof data.url === 'string' && URL.canParse(data.url)) sourceByUrl.set(normalizeUrl(data.url), id);
    } else if (file.collection === 'events') {
      attackPaths.add(file.path);
      const slug = typeof data.slug === 'string' ? data.slug : fileId(file.path);
      attackBySlug.set(slug, file);
      if (Array.isArray(data.aliases)) for (const alias of data.aliases) slugOfAlias.set(String(alias), slug);
    }
  }
  return { sourceIds, sourceByUrl, attackBySlug, slugOfAlias, attackPaths };
}

const shortHash = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 6);

/**
 * Turns each row's sources into ids: known URLs into their source's id, new URLs into sources
 * to create (one per URL, whichever rows name it).
 */
function sourceResolver(tree: ReturnType<typeof indexTree>) {
  const languageChoice = `${sourceLanguages.slice(0, -1).join(', ')} or ${sourceLanguages.at(-1)}`;
  const created = new Map<string, string>(); // normalised URL → id of the source to create
  const taken = new Set(tree.sourceIds);
  return (draft: RowDraft): { ids?: string[]; problems: RowProblem[] } => {
    const ids: string[] = [];
    const problems: RowProblem[] = [];
    for (const entry of draft.sources) {
      if ('id' in entry) {
        ids.push(entry.id); // an unknown id is the checker's to report, with a near miss
        continue;
      }
      const key = normalizeUrl(entry.url);
      const known = tree.sourceByUrl.get(key) ?? created.get(key);
      if (known) {
        ids.push(known);
      } else if (!draft.sourceLanguage) {
        problems.push({
          row: draft.row,
          slug: draft.slug,
          column: 'source_language',
          message: `needed for the new source ${entry.url} (${languageChoice})`,
        });
      } else {
        const base = sourceIdFromUrl(entry.url);
        const id = taken.has(base) ? `${base.slice(0, 53).replace(/-$/, '')}-${shortHash(key)}` : base;
        taken.add(id);
        created.set(key, id);
        ids.push(id);
      }
    }
    return problems.length > 0 ? { problems } : { ids, problems };
  };
}

// ---------------------------------------------------------------------------------------------
// Tracing checker problems back to the spreadsheet

const textColumns: [field: string, column: LocalizedField][] = [
  ['title', 'title'],
  ['summary', 'summary'],
  ['outcome', 'outcome'],
  ['damage', 'damage'],
  ['when.partOfDay', 'part_of_day'],
  ['casualties.note', 'casualties_note'],
  ['accounts[0].attribution', 'account_attribution'],
  ['accounts[0].says', 'account_says'],
];

const fieldColumns: [pattern: RegExp, column: string][] = [
  [/^slug$/, 'slug'],
  [/^researchId$/, 'research_id'],
  [/^when\.at$/, 'date, time'],
  [/^when\.(date|from)$/, 'date'],
  [/^when\.to$/, 'date_to'],
  [/^when(\.precision)?$/, 'precision'],
  [/^site$/, 'site'],
  [/^status$/, 'status'],
  [/^weapons\[\d+\]\.reports\[\d+\]\.source$/, 'sources'],
  [/^weapons\b/, 'weapons'],
  [/^casualties\.killed$/, 'killed'],
  [/^casualties\.injured$/, 'injured'],
  [/^claims\[\d+\]\.source$/, 'sources'],
  [/^claims\b/, 'claimed_by'],
  [/^accounts\[0\]\.source$/, 'sources'],
];

/**
 * The column a record field comes from, in a story in `languages`; undefined for fields the
 * import doesn't set.
 */
export function columnForField(field: string, languages: readonly Lang[]): string | undefined {
  for (const [prefix, column] of textColumns) {
    if (field === prefix) return languages.map((lang) => localizedColumn(column, lang)).join(', ');
    if (!field.startsWith(`${prefix}.`)) continue;
    const lang = languages.find((l) => field === `${prefix}.${l}`);
    if (lang) return localizedColumn(column, lang);
  }
  return fieldColumns.find(([pattern]) => pattern.test(field))?.[1];
}

/** Sites, actors and weapons aren't imported: say where to add the missing one. */
function withAdvice(message: string, contentDir: string): string {
  const unknown = /^unknown (sites|actors|weapons) id "([^"]+)"$/.exec(message);
  if (!unknown) return message;
  const path = posix.join(contentDir, unknown[1]!, `${unknown[2]}.yaml`);
  return `${message}; add ${path} first (the import does not create ${unknown[1]})`;
}

interface Origin {
  row: number;
  slug?: string;
  collection: 'events' | 'sources';
}

function traceProblem(
  problem: Problem,
  origin: Origin | undefined,
  contentDir: string,
  languages: readonly Lang[],
): ImportProblem {
  const where = { file: problem.file, ...(problem.line ? { line: problem.line } : {}), field: problem.field };
  if (!origin) return { ...where, message: problem.message };
  const column = origin.collection === 'sources' ? 'sources' : columnForField(problem.field, languages);
  const message = withAdvice(problem.message, contentDir);
  return column
    ? { row: origin.row, slug: origin.slug, column, field: problem.field, message }
    : { row: origin.row, slug: origin.slug, ...where, message };
}

// ---------------------------------------------------------------------------------------------

export function planImport({ csvText, csvName, files, contentDir, languages }: ImportInput): ImportPlan {
  const { table, problems: tableProblems } = readCsvTable(csvText, languages);
  if (!table) return { files: [], problems: tableProblems };
  const problems: ImportProblem[] = [...tableProblems];
  const weapons = weaponsIn(files);

  const drafts: RowDraft[] = [];
  const partialRows = new Map<number, NonNullable<RowDraft['partial']>>();
  const rowOfSlug = new Map<string, number>();
  for (const row of table.rows) {
    const { draft, problems: rowProblems } = readRow(row, languages, weapons);
    problems.push(...rowProblems);
    if (!draft) continue;
    if (draft.partial) partialRows.set(draft.row, draft.partial);
    const earlier = draft.partial?.standIns.has('slug') ? undefined : rowOfSlug.get(draft.slug);
    if (earlier !== undefined) {
      problems.push({
        row: draft.row,
        slug: draft.slug,
        column: 'slug',
        message: `rows ${earlier} and ${draft.row} both make "${draft.slug}"; give one of them another slug`,
      });
      continue;
    }
    rowOfSlug.set(draft.slug, draft.row);
    drafts.push(draft);
  }

  const tree = indexTree(files);
  const resolve = sourceResolver(tree);
  const planned: PlannedFile[] = [];
  const origins = new Map<string, Origin>();
  const newSourcePaths = new Set<string>();
  const dir = (collection: string, id: string) => posix.join(contentDir, collection, `${id}.yaml`);

  for (const draft of drafts) {
    // A stand-in slug (row-3) names no record: messages then give the row alone.
    const at = { row: draft.row, slug: draft.partial?.standIns.has('slug') ? undefined : draft.slug };
    const current = tree.slugOfAlias.get(draft.slug);
    if (current) {
      problems.push({
        ...at,
        column: 'slug',
        message: `"${draft.slug}" is a former slug; the record is now "${current}"`,
      });
      continue;
    }
    const { ids, problems: sourceProblems } = resolve(draft);
    problems.push(...sourceProblems);
    if (!ids) continue;

    for (const [index, entry] of draft.sources.entries()) {
      if (!('url' in entry)) continue;
      const id = ids[index]!;
      const path = dir('sources', id);
      if (tree.sourceIds.has(id) || newSourcePaths.has(path)) continue;
      const text = yamlText(
        sourceFields({ id, url: entry.url, language: draft.sourceLanguage! }, languages),
        `Created by \`npm run import\` (${csvName}, row ${draft.row}) for the URL below. The publisher\n` +
          `is the URL's host and the headline is not known: the description only repeats the URL's\n` +
          `words. Replace them with the real publisher and the headline as published (title, in place\n` +
          `of description), and add the article's date, when you can.`,
      );
      const file: PlannedFile = {
        action: 'create',
        collection: 'sources',
        path,
        text,
        row: draft.row,
        changes: [],
      };
      newSourcePaths.add(path);
      planned.push(file);
      origins.set(path, { ...at, collection: 'sources' });
    }

    const fields = recordFields(draft, ids, languages);
    const existing = tree.attackBySlug.get(draft.slug);
    if (existing) {
      const { text, changes } = updateRecordText(existing.text, fields);
      const action = changes.length > 0 ? 'update' : 'unchanged';
      planned.push({ action, collection: 'events', path: existing.path, text, row: draft.row, changes });
      origins.set(existing.path, { ...at, collection: 'events' });
      continue;
    }
    const path = dir('events', draft.slug);
    if (tree.attackPaths.has(path)) {
      problems.push({
        ...at,
        column: 'slug',
        message: `${path} already exists and holds another record (its slug differs)`,
      });
      continue;
    }
    const text = newRecordText(fields, `Created by \`npm run import\` (${csvName}, row ${draft.row}).`);
    planned.push({ action: 'create', collection: 'events', path, text, row: draft.row, changes: [] });
    origins.set(path, { ...at, collection: 'events' });
  }

  // The tree the build would see after the import.
  const textOf = new Map(files.map((f) => [f.path, f]));
  for (const file of planned)
    textOf.set(file.path, { collection: file.collection, path: file.path, text: file.text });
  const checked = checkContent([...textOf.values()])
    .map((p) => traceProblem(p, origins.get(p.file), contentDir, languages))
    .filter((p) => !repeatsRowProblem(p, p.row === undefined ? undefined : partialRows.get(p.row)));
  problems.push(...checked);

  return { files: planned, problems: sortProblems(problems) };
}

/** Columns a stand-in fills (src/lib/import/row-to-record.ts, readRow). */
const standInColumns = { when: ['date', 'time', 'date_to', 'precision'], slug: ['slug'] } as const;

/**
 * A checker problem about a cell the row's own problems already name, or about a stand-in for a
 * cell that could not be read: said once, by the row's own problem.
 */
function repeatsRowProblem(problem: ImportProblem, partial: RowDraft['partial']): boolean {
  if (!partial) return false;
  const columns = new Set([...partial.columns, ...[...partial.standIns].flatMap((s) => standInColumns[s])]);
  if (problem.column) return problem.column.split(', ').some((c) => columns.has(c));
  return partial.standIns.has('when') && /^when\b/.test(problem.field ?? '');
}

function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  return [...problems].sort(
    (a, b) => (a.row ?? Infinity) - (b.row ?? Infinity) || (a.file ?? '').localeCompare(b.file ?? ''),
  );
}

// ---------------------------------------------------------------------------------------------
// Reports

function formatProblem(p: ImportProblem): string {
  const place = p.file ? `${p.file}${p.line ? `:${p.line}` : ''} ${p.field || '(file)'}` : undefined;
  if (p.row === undefined) return `  ${place}: ${p.message}`;
  const row = `row ${p.row}${p.slug ? ` (${p.slug})` : ''}`;
  if (p.column) return `  ${row} ${p.column}: ${p.message}`;
  if (place) return `  ${row} ${place}: ${p.message} (not a spreadsheet column: fix it in the file)`;
  return `  ${row}: ${p.message}`;
}

export function formatImportProblems(problems: readonly ImportProblem[]): string {
  const inSheet = problems.filter((p) => p.row !== undefined);
  const inFiles = problems.filter((p) => p.row === undefined);
  const lines = [`${problems.length} problem(s); nothing was written.`];
  if (inSheet.length > 0) lines.push('In the spreadsheet:', ...inSheet.map(formatProblem));
  if (inFiles.length > 0) {
    lines.push(
      'In record files the spreadsheet does not touch (they would break the build too):',
      ...inFiles.map(formatProblem),
    );
  }
  return lines.join('\n');
}

export function formatPlan(files: readonly PlannedFile[], { dryRun }: { dryRun: boolean }): string {
  const lines = files.map(
    (f) => `${f.action} ${f.path} (row ${f.row})${f.changes.length > 0 ? `: ${f.changes.join(', ')}` : ''}`,
  );
  const count = (action: Action) => files.filter((f) => f.action === action).length;
  const [created, updated, unchanged] = [count('create'), count('update'), count('unchanged')];
  lines.push(
    dryRun
      ? `Dry run: ${created} to create, ${updated} to update, ${unchanged} unchanged. Nothing was written.`
      : `Done: ${created} created, ${updated} updated, ${unchanged} unchanged.`,
  );
  if (files.length === 0) lines.unshift('The spreadsheet has no rows to import.');
  return lines.join('\n');
}
