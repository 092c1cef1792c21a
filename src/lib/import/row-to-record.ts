/**
 * One spreadsheet row → the fields of one event record, and the sources its new URLs need.
 *
 * Checks here are those the record checker can't make, or can't explain in spreadsheet terms:
 * date and time formats, the precision the cells imply, weapon lists, counts, list syntax.
 * Everything else (unknown ids, empty texts, statuses…) is left to `checkContent`, run on the
 * would-be tree, so the import and the build refuse exactly the same things.
 */
import { isCalendarDate, normalizeTime } from '../calendar';
import { dictionaries, type Lang } from '../i18n';
import { closestMatch } from '../records/closest-match';
import { eventSlug, slugPattern, type SlugWeapon } from '../records/slug';
import type { Localized, When as RecordWhen } from '../schema';
import {
  sourceLanguages,
  timePrecisions,
  type TimePrecision,
} from '../vocabulary';
import { localizedColumn, type CsvRow, type ImportColumn, type LocalizedField, type RowProblem } from './csv-table';
import type { FieldAssignment } from './record-yaml';

/** A source as the row names it: an existing file's id, or a URL. */
export type SourceEntry = { id: string } | { url: string };

/** The moment as the schema has it, minus what the row doesn't give (other zones, part of day). */
type When = RecordWhen extends infer W
  ? W extends unknown
    ? Omit<W, 'timeZone' | 'otherDates' | 'partOfDay'>
    : never
  : never;

/**
 * A text in each of the story's languages, as typed: one may still be blank (the checker says
 * so). Partial: a story need not be published in every language that has a dictionary.
 */
type Texts = Partial<Localized>;

/** A row read and checked for format, before its sources are resolved to ids. */
export interface RowDraft {
  row: number;
  slug: string;
  /**
   * The row has problems of its own (listed beside the draft): the draft is only checked, so
   * that every problem of the row shows in one run, and never written. Cells that could not be
   * read are stand-ins; the checker's problems about them are left out.
   */
  partial?: { columns: ReadonlySet<string>; standIns: ReadonlySet<'when' | 'slug'> };
  /** The file's columns: on an existing record, the import owns only the fields they fill. */
  columns: ReadonlySet<ImportColumn>;
  researchId?: string;
  when: When;
  partOfDay?: Texts;
  site: string;
  status: string;
  /** Weapon ids (files in weapons/). */
  weapons: { kind: string; count: number | null }[];
  title?: Texts;
  summary?: Texts;
  outcome?: Texts;
  damage?: Texts;
  killed: number | null;
  injured: number | null;
  casualtyNote?: Texts;
  claimedBy: string[];
  sources: SourceEntry[];
  sourceLanguage?: (typeof sourceLanguages)[number];
  attribution?: Texts;
  says?: Texts;
}

/** `a; b` or one per line in the cell, as spreadsheets let editors type lists. */
export const splitList = (cell: string | undefined): string[] => [
  ...new Set(
    (cell ?? '')
      .split(/[;\n]/)
      .map((item) => item.trim())
      .filter(Boolean),
  ),
];

/**
 * The text in each of `languages`, or nothing when all are blank; a blank one stays "" for the
 * checker to name.
 */
function texts(cells: CsvRow['cells'], field: LocalizedField, languages: readonly Lang[]): Texts | undefined {
  const given = languages.map((lang) => [lang, cells[localizedColumn(field, lang)] ?? ''] as const);
  return given.some(([, text]) => text !== '') ? Object.fromEntries(given) : undefined;
}

const spreadsheetDateHint =
  'write it as YYYY-MM-DD, e.g. 2023-10-22 (format the column as text if the spreadsheet changes it)';

/** `14:05`, `9:05` or `14:05:00` (as spreadsheets export times) → `14:05`, as `npm run new` reads them. */
const readTime = normalizeTime;

type Problems = Omit<RowProblem, 'row'>[];

function readWhen(cells: CsvRow['cells'], problems: Problems): When | undefined {
  const date = cells.date ?? '';
  const time = cells.time ?? '';
  const dateTo = cells.date_to ?? '';
  const start = problems.length;
  if (!date) problems.push({ column: 'date', message: 'required' });
  else if (!isCalendarDate(date))
    problems.push({ column: 'date', message: `"${date}" is not a real date; ${spreadsheetDateHint}` });
  const at = time ? readTime(time) : undefined;
  if (time && !at)
    problems.push({ column: 'time', message: `"${time}" is not a time; write it as HH:mm, e.g. 21:30` });
  if (dateTo && !isCalendarDate(dateTo)) {
    problems.push({ column: 'date_to', message: `"${dateTo}" is not a real date; ${spreadsheetDateHint}` });
  }

  const given = cells.precision ?? '';
  if (given && !(timePrecisions as readonly string[]).includes(given)) {
    const hint = closestMatch(given, [...timePrecisions]);
    problems.push({
      column: 'precision',
      message: `"${given}" is not a precision; use ${timePrecisions.join(', ')}${hint ? ` (did you mean "${hint}"?)` : ''}`,
    });
    return undefined;
  }
  if (!given && time && dateTo) {
    problems.push({
      column: 'date_to',
      message: 'give a time (one moment) or a date_to (several days), not both',
    });
  }
  const precision = (given || (time ? 'minute' : dateTo ? 'range' : 'day')) as TimePrecision;
  const needsTime = precision === 'minute' || precision === 'hour';
  if (needsTime && !time) problems.push({ column: 'time', message: `precision ${precision} needs a time` });
  if (!needsTime && time)
    problems.push({ column: 'time', message: `precision ${precision} takes no time; leave time blank` });
  if (precision === 'range' && !dateTo)
    problems.push({ column: 'date_to', message: 'precision range needs a date_to' });
  if (precision !== 'range' && dateTo) {
    problems.push({ column: 'date_to', message: `precision ${precision} takes no date_to; leave it blank` });
  }
  if (problems.length > start) return undefined;

  switch (precision) {
    case 'minute':
    case 'hour':
      return { precision, at: `${date}T${at}` };
    case 'day':
      return { precision, date };
    case 'range':
      return { precision, from: date, to: dateTo };
  }
}

/** `drone:2; rocket` → kinds with the count the first source gives (null: no number). */
function readWeapons(cell: string | undefined, known: readonly SlugWeapon[], problems: Problems): RowDraft['weapons'] {
  const weapons: RowDraft['weapons'] = [];
  const ids = known.map((w) => w.id);
  for (const entry of splitList(cell)) {
    const match = /^([^:]+?)\s*(?::\s*(.*))?$/.exec(entry)!;
    const kind = match[1]!.toLowerCase();
    const count = match[2];
    if (!ids.includes(kind)) {
      const hint = closestMatch(kind, ids);
      problems.push({
        column: 'weapons',
        message: `unknown weapon "${match[1]}"${hint ? `; did you mean "${hint}"?` : ''} (use ${ids.join(', ')}: the files in weapons/)`,
      });
      continue;
    }
    if (count !== undefined && !/^[1-9]\d*$/.test(count)) {
      problems.push({
        column: 'weapons',
        message: `"${entry}": the count must be a whole number from 1, e.g. ${kind}:2 (or just "${kind}" when no number is given)`,
      });
      continue;
    }
    if (weapons.some((w) => w.kind === kind)) {
      problems.push({ column: 'weapons', message: `"${kind}" is listed twice` });
      continue;
    }
    weapons.push({ kind, count: count === undefined ? null : Number(count) });
  }
  return weapons;
}

function readCount(cells: CsvRow['cells'], column: 'killed' | 'injured', problems: Problems): number | null {
  const cell = cells[column] ?? '';
  if (cell === '') return null;
  if (/^\d+$/.test(cell)) return Number(cell);
  problems.push({
    column,
    message: `"${cell}" is not a whole number; leave it blank when no figure is reported`,
  });
  return null;
}

function readSources(cell: string | undefined, problems: Problems): SourceEntry[] {
  const entries: SourceEntry[] = [];
  for (const entry of splitList(cell)) {
    if (/^https?:\/\//i.test(entry)) {
      if (URL.canParse(entry)) entries.push({ url: entry });
      else problems.push({ column: 'sources', message: `"${entry}" is not a valid URL` });
    } else if (slugPattern.test(entry)) {
      entries.push({ id: entry });
    } else {
      problems.push({
        column: 'sources',
        message: `"${entry}" is neither a source id (a file name in sources/, without .yaml) nor a full URL starting with https://`,
      });
    }
  }
  if (entries.length === 0 && !problems.some((p) => p.column === 'sources')) {
    problems.push({ column: 'sources', message: 'list at least one source (an id or a URL)' });
  }
  return entries;
}

/** Reads a row's cells, its texts in `languages` (the story's), its weapons among `weapons`; a row with problems gives no draft. */
export function readRow(row: CsvRow, languages: readonly Lang[], weapons: readonly SlugWeapon[]): { draft?: RowDraft; problems: RowProblem[] } {
  const { cells } = row;
  const problems: Problems = [];
  const when = readWhen(cells, problems);
  const named = readWeapons(cells.weapons, weapons, problems);
  const killed = readCount(cells, 'killed', problems);
  const injured = readCount(cells, 'injured', problems);
  const sources = readSources(cells.sources, problems);

  const site = cells.site ?? '';
  if (!site) problems.push({ column: 'site', message: 'required' });
  else if (!slugPattern.test(site)) {
    problems.push({
      column: 'site',
      message: `"${site}" is not a site id (the name of a file in sites/, without .yaml)`,
    });
  }
  if (sources.length > 1 && named.length === 0) {
    problems.push({
      column: 'sources',
      message:
        'further sources are cited for the weapons, and this row names none; list one source or name the weapons',
    });
  }
  const language = cells.source_language ?? '';
  if (language && !(sourceLanguages as readonly string[]).includes(language)) {
    problems.push({
      column: 'source_language',
      message: `"${language}" is not one of ${sourceLanguages.join(', ')}`,
    });
  }
  const slug =
    cells.slug ||
    (when && site ? eventSlug({ date: cells.date!, site, weapons: named.map((w) => w.kind) }, weapons) : '');
  if (cells.slug && !slugPattern.test(cells.slug)) {
    problems.push({
      column: 'slug',
      message: `"${cells.slug}": use lowercase letters, digits and single hyphens`,
    });
  }

  // The slug names the row in messages, unless a cell it is made from is wrong.
  const slugIsSound =
    slug && !problems.some((p) => ['date', 'site', 'weapons', 'slug'].includes(p.column ?? ''));
  const withRow = problems.map((p) => ({ row: row.row, ...(slugIsSound ? { slug } : {}), ...p }));
  // A row with problems still goes through the checker (titles, references, lengths…), so the
  // editor sees all of its problems at once; stand-ins replace what could not be read.
  const standIns = new Set<'when' | 'slug'>();
  if (!when) standIns.add('when');
  if (!slugIsSound) standIns.add('slug');
  const partial =
    withRow.length > 0 || !when
      ? { columns: new Set(problems.flatMap((p) => (p.column ? [p.column] : []))), standIns }
      : undefined;
  return {
    problems: withRow,
    draft: {
      row: row.row,
      slug: slugIsSound ? slug : `row-${row.row}`,
      ...(partial ? { partial } : {}),
      columns: new Set(Object.keys(cells) as ImportColumn[]),
      ...(cells.research_id ? { researchId: cells.research_id } : {}),
      when: when ?? { precision: 'day', date: '2000-01-01' },
      partOfDay: texts(cells, 'part_of_day', languages),
      site,
      status: cells.status ?? '',
      weapons: named,
      title: texts(cells, 'title', languages),
      summary: texts(cells, 'summary', languages),
      outcome: texts(cells, 'outcome', languages),
      damage: texts(cells, 'damage', languages),
      killed,
      injured,
      casualtyNote: texts(cells, 'casualties_note', languages),
      claimedBy: splitList(cells.claimed_by),
      sources,
      ...(language ? { sourceLanguage: language as RowDraft['sourceLanguage'] } : {}),
      attribution: texts(cells, 'account_attribution', languages),
      says: texts(cells, 'account_says', languages),
    },
  };
}

/** Drops undefined keys, so a new record holds only what the row gives. */
const defined = <T extends Record<string, unknown>>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/**
 * The record fields the row sets, in schema order. `sourceIds` are the row's sources resolved
 * to ids, in the row's order: the first is cited by the account, the counts and the claims.
 * `languages` are the story's, as the row was read in.
 */
export function recordFields(
  draft: RowDraft,
  sourceIds: readonly string[],
  languages: readonly Lang[],
): FieldAssignment[] {
  const has = (...columns: ImportColumn[]) => columns.some((c) => draft.columns.has(c));
  const hasTexts = (field: LocalizedField) => has(...languages.map((lang) => localizedColumn(field, lang)));
  const [first, ...others] = sourceIds;
  const fields: FieldAssignment[] = [{ path: ['slug'], value: draft.slug }];
  if (has('research_id')) fields.push({ path: ['researchId'], value: draft.researchId });
  fields.push({ path: ['title'], value: draft.title }, { path: ['summary'], value: draft.summary });

  // The import owns the moment and the part of day; otherDates and timeZone are the editors'.
  const whenKeys = [
    'precision',
    'at',
    'date',
    'from',
    'to',
    ...(hasTexts('part_of_day') ? ['partOfDay'] : []),
  ];
  fields.push({
    path: ['when'],
    value: defined({ ...draft.when, partOfDay: draft.partOfDay }),
    owns: whenKeys,
  });

  fields.push({ path: ['site'], value: draft.site }, { path: ['status'], value: draft.status });
  if (has('weapons')) {
    const weapons = draft.weapons.map(({ kind, count }) => ({
      kind,
      reports: [{ count, source: first }, ...others.map((source) => ({ count: null, source }))],
    }));
    fields.push({ path: ['weapons'], value: weapons.length > 0 ? weapons : undefined });
  }
  if (hasTexts('outcome')) fields.push({ path: ['outcome'], value: draft.outcome });
  if (has('killed', 'injured') || hasTexts('casualties_note')) {
    const reported = draft.killed !== null || draft.injured !== null || draft.casualtyNote !== undefined;
    const casualties = defined({ killed: draft.killed, injured: draft.injured, note: draft.casualtyNote });
    fields.push({ path: ['casualties'], value: reported ? casualties : undefined });
  }
  if (hasTexts('damage')) fields.push({ path: ['damage'], value: draft.damage });
  if (has('claimed_by')) {
    const claims = draft.claimedBy.map((actor) => ({ actor, source: first }));
    fields.push({ path: ['claims'], value: claims.length > 0 ? claims : undefined });
  }
  // The first account is the row's; further accounts (and this one's quote) are the editors'.
  fields.push({
    path: ['accounts', 0],
    value: defined({ source: first, attribution: draft.attribution, says: draft.says }),
    owns: ['source', 'attribution', 'says'],
  });
  return fields;
}

// ---------------------------------------------------------------------------------------------
// Sources made from URLs

/** The same page however it was pasted: normalised by the URL parser, no trailing slash. */
export function normalizeUrl(url: string): string {
  const parsed = new URL(url.trim());
  parsed.hash = '';
  return parsed.href.replace(/\/(?=$|\?)/, '');
}

const hostOf = (url: URL) => url.hostname.replace(/^www\./, '');

/** The path's segments, last first, decoded and without file extensions. */
function segmentsFromLast(url: URL): string[] {
  const decode = (segment: string) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  };
  return url.pathname
    .split('/')
    .map((segment) => decode(segment).replace(/\.(html?|php|aspx?)$/i, ''))
    .filter(Boolean)
    .reverse();
}

const slugify = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Cut at a hyphen so ids stay readable: `ifpnews-rockets-iraqi-base-american-troops`. */
function truncateSlug(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  return cut.slice(0, Math.max(cut.lastIndexOf('-'), 1)).replace(/-$/, '');
}

/**
 * A readable id from the URL: the host without `www.` and its last label, then the page (the
 * path's last segment), e.g. `ifpnews-rockets-iraqi-base-american-troops`, `npasyria-106429`.
 * Deterministic, so the same URL gives the same file; a re-run finds it by URL anyway.
 */
export function sourceIdFromUrl(url: string): string {
  const parsed = new URL(url);
  const labels = hostOf(parsed).split('.');
  const host = labels.length > 1 ? labels.slice(0, -1).join('-') : labels[0]!;
  const page = segmentsFromLast(parsed)[0] ?? '';
  return truncateSlug(slugify(`${host}-${page}`), 60) || 'source';
}

/**
 * The page's words, from the last path segment that has some: "rockets-iraqi-base-american-
 * troops" → "Rockets iraqi base american troops". The host when the path has no words.
 */
export function titleFromUrl(url: string): string {
  const parsed = new URL(url);
  const words = segmentsFromLast(parsed)
    .find((segment) => /\p{L}{3}/u.test(segment))
    ?.replace(/[-_+]+/g, ' ')
    .replace(/(\s\d+)+$/, '') // trailing article numbers, e.g. "...-attack-reports-5514369"
    .replace(/\s+/g, ' ')
    .trim();
  if (!words) return hostOf(parsed);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface NewSource {
  id: string;
  url: string;
  language: string;
}

/**
 * The fields of a source file for a URL no source has yet: all the URL can tell. The headline
 * is not known, so the file gets a description (shown in brackets as "headline not known"),
 * never a title made from the URL's words. The description is in each of `languages` (the
 * story's), worded by its dictionary.
 */
export function sourceFields({ url, language }: NewSource, languages: readonly Lang[]) {
  const host = hostOf(new URL(url));
  const words = titleFromUrl(url);
  const description: Texts = Object.fromEntries(
    languages.map((lang) => [lang, dictionaries[lang].sourceFromUrl(host, words === host ? undefined : words)]),
  );
  return { publisher: host, description, url, language };
}
