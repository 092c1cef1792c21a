/**
 * Turns a spreadsheet export into event records (docs/import.md explains it for editors).
 *
 *   npm run import -- events.csv              # create and update record files
 *   npm run import -- events.csv --dry-run    # only say what it would do
 *   npm run import -- events.csv --content other-tree
 *
 * Prints one line per file (create, update with the fields that change, unchanged). If any row,
 * or any record file, has a problem, it prints them all with their spreadsheet rows, writes
 * nothing and exits with code 1. Running it twice on the same file changes nothing.
 *
 * The text columns are those of the story it imports into: `<field>_<lang>` for each language
 * its story/settings.yaml lists (`title_fr`, `title_en` for this story).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeCsv } from '../src/lib/import/encoding';
import { formatImportProblems, formatPlan, planImport, type PlannedFile } from '../src/lib/import/plan';
import type { StorySettings } from '../src/lib/schema';
import { readContentFiles, readStorySettings } from '../src/lib/records/read-content';

const usage = 'Usage: npm run import -- <file.csv> [--dry-run] [--content <dir>]';

export interface RunOptions {
  /** Folder paths are relative to; the project root when run from npm. */
  cwd?: string;
  log?: (line: string) => void;
  error?: (line: string) => void;
}

/** Runs the import with command-line arguments; resolves to the exit code. */
export async function runImport(
  argv: string[],
  { cwd = process.cwd(), log = console.log, error = console.error }: RunOptions = {},
): Promise<number> {
  let values: { 'dry-run'?: boolean; content?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv.filter((a) => a !== '--'),
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        content: { type: 'string', default: 'content' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (e) {
    error(`${e instanceof Error ? e.message : e}\n${usage}`);
    return 1;
  }
  if (values.help) {
    log(usage);
    return 0;
  }
  if (positionals.length !== 1) {
    error(usage);
    return 1;
  }

  const csvPath = resolve(cwd, positionals[0]!);
  const contentPath = resolve(cwd, values.content!);
  // Paths as the editor sees them: content/events/x.yaml, or absolute for a tree elsewhere.
  const nearby = relative(cwd, contentPath);
  const contentDir = nearby.startsWith('..') ? contentPath : nearby || '.';
  let csvText: string;
  try {
    // UTF-8 as it is; Windows-1252 (Excel's plain "CSV") converted, with a notice.
    const decoded = decodeCsv(await readFile(csvPath), basename(csvPath));
    csvText = decoded.text;
    if (decoded.notice) log(decoded.notice);
  } catch {
    error(`Cannot read ${positionals[0]}`);
    return 1;
  }

  const files = (await readContentFiles('.', contentPath)).map((f) => ({ ...f, path: join(contentDir, f.path) }));
  if (files.length === 0) {
    error(`No record files in ${contentDir}/ (--content names the records' folder)`);
    return 1;
  }
  // The text columns follow the story's languages: `title_<lang>` for each one its settings list.
  let languages: StorySettings['languages'];
  try {
    ({ languages } = readStorySettings(contentPath, cwd));
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    const settingsPath = join(contentDir, 'story/settings.yaml');
    error(
      missing
        ? `No ${settingsPath}: the import takes the story's languages from it`
        : `${e instanceof Error ? e.message : e} (the import takes the story's languages from it)`,
    );
    return 1;
  }
  const plan = planImport({ csvText, csvName: basename(csvPath), files, contentDir, languages });
  if (plan.problems.length > 0) {
    printLines(formatImportProblems(plan.problems), error);
    return 1;
  }

  const dryRun = values['dry-run']!;
  if (!dryRun) await writeFiles(plan.files.filter((f) => f.action !== 'unchanged'), cwd);
  printLines(formatPlan(plan.files, { dryRun }), log);
  if (plan.files.some((f) => f.collection === 'events' && f.action === 'create')) {
    // The explorer's headline counts the events; content/story/explorer.yaml asks to keep it true.
    log(`New events: check that ${join(contentDir, 'story/explorer.yaml')} still sums up the series.`);
  }
  return 0;
}

const printLines = (text: string, print: (line: string) => void) => text.split('\n').forEach((line) => print(line));

async function writeFiles(files: PlannedFile[], cwd: string): Promise<void> {
  // Sources first: a record is never on disk before the sources it cites.
  const ordered = [...files].sort((a, b) =>
    a.collection === b.collection ? 0 : a.collection === 'sources' ? -1 : 1,
  );
  for (const file of ordered) {
    const path = resolve(cwd, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.text);
  }
}

// vite-node replaces argv[1] with its own path, so "run when executed" is "not under vitest".
if (!process.env.VITEST) {
  runImport(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
