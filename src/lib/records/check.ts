/**
 * Validates every record file at once and reports every problem with its file, line and field,
 * so an editor fixes a batch in one pass (Astro alone stops at the first bad entry).
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'astro/zod';
import {
  recordSchemas,
  schemaSettingsSchema,
  settingsSchema,
  SETTINGS_ID,
  STORY_ID,
  type CollectionName,
  type ReferencedCollection,
  type RefFactory,
  type Lang,
  type SchemaSettings,
} from '../schema';
import { closestMatch } from './closest-match';
import { publishingProblems } from './publishing-rules';

export interface ContentFile {
  collection: CollectionName;
  /** Path shown to editors, relative to the project root. */
  path: string;
  text: string;
}

export interface Problem {
  file: string;
  line?: number;
  /** Dotted path of the offending field, e.g. `accounts[1].source`; empty for the whole file. */
  field: string;
  message: string;
}

/**
 * What the checker found: errors stop `npm run check` and the build; warnings are printed by
 * both and stop neither (something an editor should look at, which may be right as it is).
 */
export interface Review {
  errors: Problem[];
  warnings: Problem[];
}

interface ParsedFile extends ContentFile {
  id: string;
  doc: Document;
  lines: LineCounter;
  data: unknown;
}

/** story/ holds two files, each with its own schema; any other name there is a mistake. */
const unknownStoryFile = z.unknown().superRefine((_, ctx) => {
  ctx.addIssue({ code: 'custom', message: `story/ holds only ${STORY_ID}.yaml and ${SETTINGS_ID}.yaml; rename or remove this file` });
});

/** Each file's schema: the settings', or a record schema made for the story's languages. */
const schemaPicker = (settings: SchemaSettings, ref: RefFactory) => {
  const schemas = recordSchemas(settings, ref);
  return (collection: CollectionName, id: string): z.ZodType => {
    if (collection !== 'story') return schemas[collection];
    return id === SETTINGS_ID ? settingsSchema : id === STORY_ID ? schemas.story : unknownStoryFile;
  };
};

/** A record file's id: its name without the extension (events use their slug instead). */
export const fileId = (path: string) => path.replace(/^.*\//, '').replace(/\.ya?ml$/, '');

/** Parses YAML the way Astro's loader does (YAML 1.2 core plus timestamps, like js-yaml). */
function parse(file: ContentFile): ParsedFile | Problem {
  const lines = new LineCounter();
  const doc = parseDocument(file.text, { customTags: ['timestamp'], lineCounter: lines });
  const syntaxError = doc.errors[0];
  if (syntaxError) {
    return {
      file: file.path,
      line: syntaxError.linePos?.[0].line,
      field: '',
      message: `YAML syntax: ${syntaxError.message.split('\n')[0]}`,
    };
  }
  const data: unknown = doc.toJS();
  const slug = (data as { slug?: unknown } | null)?.slug;
  const id = file.collection === 'events' && typeof slug === 'string' ? slug : fileId(file.path);
  return { ...file, id, doc, lines, data };
}

function formatPath(path: (string | number)[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i ? `.${key}` : key)).join('');
}

function lineOf(file: ParsedFile, path: (string | number)[]): number | undefined {
  // The deepest node that exists: a missing field is reported where its parent is.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = file.doc.getIn(path.slice(0, depth), true) as { range?: [number] } | undefined;
    if (node?.range) return file.lines.linePos(node.range[0]).line;
  }
  return undefined;
}

/** A reference that must name an existing file of its collection; near misses get a hint. */
function referenceChecker(known: Record<ReferencedCollection, Set<string>>): RefFactory {
  return (collection) =>
    z
      .string({ error: (issue) => (issue.input === undefined ? undefined : `expected the id of a file in ${collection}/`) })
      .superRefine((id, ctx) => {
        if (known[collection].has(id)) return;
        if (id.trim() === '') {
          ctx.addIssue({ code: 'custom', message: `empty; expected the id of a file in ${collection}/` });
          return;
        }
        const hint = closestMatch(id, [...known[collection]]);
        ctx.addIssue({
          code: 'custom',
          message: `unknown ${collection} id "${id}"${hint ? `; did you mean "${hint}"?` : ''}`,
        });
      })
      .transform((id) => ({ collection, id })) as never;
}

/**
 * Zod's default messages, reworded for editors: what is missing or wrong, what was expected,
 * and for a misspelt choice the one they probably meant.
 */
const editorMessages: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return `missing; expected ${issue.expected}`;
    if (issue.input === null) return `empty; expected ${issue.expected}`;
  }
  if (issue.code === 'invalid_value' && issue.values.every((v) => typeof v === 'string')) {
    const options = issue.values.map(String);
    const hint = closestMatch(String(issue.input), options);
    return `"${String(issue.input)}" is not one of ${options.join(', ')}${hint ? `; did you mean "${hint}"?` : ''}`;
  }
  if ((issue.code === 'too_big' || issue.code === 'too_small') && issue.origin === 'number') {
    const [bound, side] = issue.code === 'too_big' ? [issue.maximum, 'less'] : [issue.minimum, 'greater'];
    return `must be ${side} than ${issue.inclusive ? 'or equal to ' : ''}${String(bound)}`;
  }
  if (issue.code === 'unrecognized_keys') {
    return `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling`;
  }
  return undefined;
};

/**
 * A title that says the attack was claimed ("revendiqué", "claimed"), and not that it was
 * unclaimed ("non revendiquée", "unclaimed", "not claimed"). A language without a pattern here
 * simply gets no such warning.
 */
const saysClaimed: Partial<Record<Lang, RegExp>> = {
  fr: /(?<!\p{L})(?<!non[\s-])(?<!pas\s)(?<!pas été\s)revendi(?:qu(?:é|ée|és|ées|er|ent|ait)|cations?)(?!\p{L})/iu,
  en: /(?<!\p{L})(?<!not\s)(?<!never\s)claim(?:ed|s)?(?!\p{L})/iu,
};

/** Record-level rules that ask an editor to look, without stopping the build. */
function warningsFor(file: ParsedFile, languages: readonly Lang[]): Problem[] {
  if (file.collection !== 'events') return [];
  const data = file.data as { title?: Record<string, unknown>; claims?: unknown } | null;
  const claims = data?.claims;
  if (Array.isArray(claims) && claims.length > 0) return [];
  return languages.flatMap((lang) => {
    const title = data?.title?.[lang];
    const pattern = saysClaimed[lang];
    const word = typeof title === 'string' && pattern ? title.match(pattern)?.[0] : undefined;
    if (!word) return [];
    return [
      {
        file: file.path,
        line: lineOf(file, ['title', lang]),
        field: `title.${lang}`,
        message: `the title says "${word}" but no claim is recorded: add it under claims (actor and source), or reword the title`,
      },
    ];
  });
}

/** Errors only: what stops the check and the build. */
export function checkContent(files: ContentFile[]): Problem[] {
  return reviewContent(files).errors;
}

/** Every error and every warning, each with its file, line and field. */
export function reviewContent(files: ContentFile[]): Review {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const parsed: ParsedFile[] = [];
  for (const file of files) {
    const result = parse(file);
    if ('doc' in result) parsed.push(result);
    else problems.push(result);
  }

  const idsOf = (collection: CollectionName) =>
    new Set(parsed.filter((f) => f.collection === collection).map((f) => f.id));
  const ref = referenceChecker({
    sites: idsOf('sites'),
    sources: idsOf('sources'),
    actors: idsOf('actors'),
    weapons: idsOf('weapons'),
  });
  // The settings first: the records' texts are checked in the languages they list, their times
  // against the clocks they name. Without a settings file (which the publishing rules ask for),
  // or when those keys are wrong, only the settings are checked, rather than every record
  // against a wrong story.
  const settingsFile = parsed.find((f) => f.collection === 'story' && f.id === SETTINGS_ID);
  const settings = schemaSettingsSchema.safeParse(settingsFile?.data);
  const schemaFor = settings.success ? schemaPicker(settings.data, ref) : undefined;

  if (files.length > 0 && !parsed.some((f) => f.collection === 'story' && f.id === STORY_ID)) {
    problems.push({
      file: `story/${STORY_ID}.yaml`,
      field: '',
      message: 'missing: the explorer needs its headline and standfirst (title, dek) in this file',
    });
  }

  const filesById = new Map<string, ParsedFile[]>();
  for (const file of parsed) {
    const key = `${file.collection}/${file.id}`;
    filesById.set(key, [...(filesById.get(key) ?? []), file]);
  }
  for (const file of parsed) {
    const others = filesById.get(`${file.collection}/${file.id}`)!.filter((f) => f !== file);
    if (others.length > 0) {
      problems.push({
        file: file.path,
        line: lineOf(file, ['slug']),
        field: file.collection === 'events' ? 'slug' : '',
        message: `duplicate ${file.collection === 'events' ? 'slug' : 'id'} "${file.id}", also used by ${others.map((f) => f.path).join(', ')}`,
      });
    }

    if (settings.success) warnings.push(...warningsFor(file, settings.data.languages));
    const schema = schemaFor?.(file.collection, file.id) ?? (file === settingsFile ? settingsSchema : undefined);
    if (!schema) continue;
    const result = schema.safeParse(file.data, { error: editorMessages });
    if (result.success) continue;
    for (const issue of result.error.issues) {
      problems.push({
        file: file.path,
        line: lineOf(file, issue.path as (string | number)[]),
        field: formatPath(issue.path as (string | number)[]),
        message: issue.message,
      });
    }
  }
  const first = parsed[0];
  const contentDir = first ? first.path.slice(0, Math.max(first.path.lastIndexOf(`${first.collection}/`) - 1, 0)) || '.' : '.';
  problems.push(
    ...publishingProblems(
      parsed.map((file) => ({ ...file, lineOf: (path: (string | number)[]) => lineOf(file, path) })),
      contentDir,
    ),
  );
  return { errors: problems, warnings };
}

const formatLines = (problems: Problem[]) =>
  problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''}  ${p.field || '(file)'}: ${p.message}`).join('\n');

export function formatProblems(problems: Problem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  return `${problems.length} problem(s) in ${files} record file(s):\n${formatLines(problems)}`;
}

/** Warnings, in the same file:line  field: message form; they do not fail the check. */
export function formatWarnings(warnings: Problem[]): string {
  const files = new Set(warnings.map((p) => p.file)).size;
  return `${warnings.length} warning(s) in ${files} record file(s) (they do not stop the check or the build):\n${formatLines(warnings)}`;
}
