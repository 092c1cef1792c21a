/**
 * `npm run new`: writes a new event record with every field present, then lists what is left
 * to fill in. Refuses to overwrite a record.
 *
 *   npm run new -- --site ain-al-asad --date 2023-10-22 [--time 21:30 [--precision hour]]
 *                  [--to 2023-10-23] [--weapon rocket --weapon drone] [--status unconfirmed]
 *                  [--slug custom-slug] [--content content]
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { normalizeTime } from '../src/lib/calendar';
import { checkContent, fileId, type Problem } from '../src/lib/records/check';
import { closestMatch } from '../src/lib/records/closest-match';
import { readContentFiles, schemaSettingsIn, weaponsIn } from '../src/lib/records/read-content';
import { scaffoldErrors, scaffoldRecord, scaffoldSlug, type ScaffoldOptions } from '../src/lib/records/scaffold';
import type { Status } from '../src/lib/vocabulary';

export class NewRecordError extends Error {}

/** Writes the record under `contentDir` and returns its path and what the checker still wants. */
export async function newRecord(given: ScaffoldOptions, contentDir: string, root = process.cwd()) {
  // `9:30` as well as `09:30`, like the import (src/lib/calendar.ts, normalizeTime).
  const options = given.time === undefined ? given : { ...given, time: normalizeTime(given.time) ?? given.time };
  const files = await readContentFiles(contentDir, root);
  const story = { languages: schemaSettingsIn(files).languages, weapons: weaponsIn(files) };
  const errors = scaffoldErrors(options, story);
  const siteIds = files.filter((f) => f.collection === 'sites').map((f) => fileId(f.path));
  if (!siteIds.includes(options.site)) {
    const hint = closestMatch(options.site, siteIds);
    errors.push(`--site: no site "${options.site}" in ${contentDir}/sites/${hint ? `; did you mean "${hint}"?` : ` (known: ${siteIds.join(', ')})`}`);
  }
  if (errors.length > 0) throw new NewRecordError(errors.join('\n'));

  const slug = scaffoldSlug(options, story);
  const path = resolve(root, contentDir, 'events', `${slug}.yaml`);
  const taken = files.find((f) => f.collection === 'events' && new RegExp(`^slug: ${slug}\\b`, 'm').test(f.text));
  if (existsSync(path) || taken) {
    throw new NewRecordError(
      `${taken ? taken.path : relative(root, path)} already holds "${slug}"; edit it, or give the new record another --slug`,
    );
  }
  const text = scaffoldRecord(options, story);
  await writeFile(path, text, { flag: 'wx' }); // `wx`: never replace a file, even one made meanwhile
  const file = relative(root, path);
  const todo = checkContent([...files, { collection: 'events', path: file, text }]).filter((p) => p.file === file);
  return { file, todo };
}

const describeTodo = (p: Problem) => `  line ${p.line ?? '?'}  ${p.field}: ${p.message}`;

export const usage =
  'Usage: npm run new -- --site <site id> --date YYYY-MM-DD [--time HH:mm [--precision hour]] [--to YYYY-MM-DD] [--weapon drone] [--status unconfirmed] [--slug <slug>] [--content <dir>]';

const options = {
  site: { type: 'string' },
  date: { type: 'string' },
  time: { type: 'string' },
  to: { type: 'string' },
  precision: { type: 'string' },
  weapon: { type: 'string', multiple: true },
  status: { type: 'string' },
  slug: { type: 'string' },
  content: { type: 'string', default: 'content' },
} as const;

/** The command line, or the one-line reason it cannot be read (an unknown option, a value missing…). */
export function readNewArgs(argv: string[]) {
  try {
    return { values: parseArgs({ args: argv.filter((a) => a !== '--'), options }).values };
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : String(error);
    const option = /'(-[^']*)'/.exec(message)?.[1];
    const known = Object.keys(options).map((name) => `--${name}`);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
      const hint = closestMatch(option.replace(/=.*$/, ''), known);
      return { error: `Unknown option ${option}${hint ? `; did you mean ${hint}?` : ''}` };
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
      return { error: `Option ${option.split(' ')[0]} needs a value` };
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      return { error: `Unexpected argument ${/'([^']*)'/.exec(message)?.[1] ?? ''}; every value follows its option, e.g. --site ain-al-asad` };
    }
    return { error: message.split('\n')[0]! };
  }
}

async function main(): Promise<void> {
  const args = readNewArgs(process.argv.slice(2));
  if ('error' in args) {
    console.error(`${args.error}\n${usage}`);
    process.exit(2);
  }
  const { values } = args;
  if (!values.site || !values.date) {
    console.error(usage);
    process.exit(2);
  }
  try {
    const { file, todo } = await newRecord(
      {
        site: values.site,
        date: values.date,
        time: values.time,
        to: values.to,
        precision: values.precision as ScaffoldOptions['precision'],
        weapons: values.weapon?.flatMap((w) => w.split(',')).map((w) => w.trim()),
        status: values.status as Status | undefined,
        slug: values.slug,
      },
      values.content,
    );
    console.log(`Wrote ${file}.`);
    if (todo.length > 0) console.log(`Still to fill in (npm run check lists these until they are done):\n${todo.map(describeTodo).join('\n')}`);
  } catch (error) {
    if (!(error instanceof NewRecordError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

// vite-node replaces argv[1] with its own path, so "run when executed" is "not under vitest".
if (!process.env.VITEST) await main();
