/**
 * Rules across records that the build depends on, so that `npm run check` refuses everything the
 * build would: file names Astro can read as ids, aliases that don't clash, at least one event,
 * the story settings, and plausibility (dates inside the story's span, sites inside its region).
 * Each problem names the file, line and field, like the schema's.
 */
import { settingsSchema, SETTINGS_ID, type StorySettings } from '../schema';
import type { CollectionName } from '../schema';
import { slugPattern } from './slug';

/** What the rules need to know of a parsed record file. */
export interface RecordFile {
  collection: CollectionName;
  path: string;
  id: string;
  data: unknown;
  lineOf(path: (string | number)[]): number | undefined;
}

export interface RuleProblem {
  file: string;
  line?: number;
  field: string;
  message: string;
}

const fileName = (path: string) => path.replace(/^.*\//, '');

/** The name Astro's loader would give the file: lowercase, spaces and odd characters as hyphens. */
export function slugifyFileName(name: string): string {
  return name
    .replace(/\.ya?ml$/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The days an event's `when` names, with the field each comes from. */
function whenDays(when: unknown): [field: string, day: string][] {
  if (!isObject(when)) return [];
  const days: [string, string][] = [];
  for (const key of ['at', 'date', 'from', 'to'] as const) {
    const value = when[key];
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) days.push([key, value.slice(0, 10)]);
  }
  return days;
}

const addDays = (day: string, n: number) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
};

export function publishingProblems(files: readonly RecordFile[], contentDir: string): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const settingsPath = `${contentDir}/story/${SETTINGS_ID}.yaml`;

  // File names: Astro makes ids from them (lowercased, spaces as hyphens), the checker and the
  // references use them as they are; only a lowercase slug means the same id to both.
  for (const file of files) {
    const name = fileName(file.path);
    const stem = name.replace(/\.ya?ml$/, '');
    if (!slugPattern.test(stem)) {
      const better = slugifyFileName(name);
      problems.push({
        file: file.path,
        field: '',
        message: `the file name "${name}" is not a lowercase slug (letters a-z, digits, single hyphens); rename it${better ? ` "${better}.yaml"` : ''}${file.collection === 'events' ? '' : ` and cite it as "${better}"`}`,
      });
    }
  }

  const attacks = files.filter((f) => f.collection === 'events');
  if (files.length > 0 && attacks.length === 0) {
    problems.push({ file: `${contentDir}/events/`, field: '', message: 'no event: the explorer needs at least one record in events/' });
  }

  // Aliases: each former address leads to one event, and is nobody's current address.
  const slugOwner = new Map<string, RecordFile>();
  for (const file of attacks) if (!slugOwner.has(file.id)) slugOwner.set(file.id, file);
  const aliasOwner = new Map<string, RecordFile>();
  for (const file of attacks) {
    const aliases = isObject(file.data) && Array.isArray(file.data.aliases) ? file.data.aliases : [];
    aliases.forEach((alias, index) => {
      if (typeof alias !== 'string') return; // the schema reports it
      const at = { file: file.path, line: file.lineOf(['aliases', index]), field: `aliases[${index}]` };
      const owner = slugOwner.get(alias);
      const claimed = aliasOwner.get(alias);
      if (owner === file) {
        problems.push({ ...at, message: `"${alias}" is this event's own slug; an alias is a former slug` });
      } else if (owner) {
        problems.push({ ...at, message: `"${alias}" is the slug of another event (${owner.path}); two pages cannot share an address` });
      } else if (claimed && claimed !== file) {
        problems.push({ ...at, message: `"${alias}" is also an alias of ${claimed.path}; an old address can lead to one event only` });
      } else {
        aliasOwner.set(alias, file);
      }
    });
  }

  // Story settings: required; the plausibility rules below need a valid span and region.
  const settingsFile = files.find((f) => f.collection === 'story' && f.id === SETTINGS_ID);
  if (files.length > 0 && !settingsFile) {
    problems.push({
      file: settingsPath,
      field: '',
      message: 'missing: the story settings (address, span, region) go in this file; docs/editing.md shows one',
    });
  }
  const parsed = settingsFile ? settingsSchema.safeParse(settingsFile.data) : undefined;
  if (!parsed?.success) return problems;
  const settings: StorySettings = parsed.data;
  const where = settingsFile!.path;

  const { from, to } = settings.span;
  const spanText = `${from} to ${to}`;
  for (const file of attacks) {
    if (!isObject(file.data)) continue;
    const outside = (day: string, first: string, last: string) => day < first || day > last;
    for (const [key, day] of whenDays(file.data.when)) {
      if (!outside(day, from, to)) continue;
      problems.push({
        file: file.path,
        line: file.lineOf(['when', key]),
        field: `when.${key}`,
        message: `${day} is outside the story's span (${spanText}, set in ${where}); a typo in the date? If the story now covers that day, widen span there`,
      });
    }
    // Another time zone may put the event a day either side of the span.
    const otherDates = isObject(file.data.when) && Array.isArray(file.data.when.otherDates) ? file.data.when.otherDates : [];
    otherDates.forEach((other, index) => {
      const day = isObject(other) && typeof other.date === 'string' ? other.date : undefined;
      if (!day || !outside(day, addDays(from, -1), addDays(to, 1))) return;
      problems.push({
        file: file.path,
        line: file.lineOf(['when', 'otherDates', index, 'date']),
        field: `when.otherDates[${index}].date`,
        message: `${day} is more than a day outside the story's span (${spanText}, set in ${where}); a typo in the date?`,
      });
    });
    // Corrections come after the events, never before the story begins.
    const dated: [string[], (string | number)[], unknown][] = [[['updated'], ['updated'], file.data.updated]];
    if (Array.isArray(file.data.corrections)) {
      file.data.corrections.forEach((c, i) =>
        dated.push([[`corrections[${i}].date`], ['corrections', i, 'date'], isObject(c) ? c.date : undefined]),
      );
    }
    for (const [[field], path, day] of dated) {
      if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day) || day >= from) continue;
      problems.push({
        file: file.path,
        line: file.lineOf(path),
        field: field!,
        message: `${day} is before the story's span begins (${from}, set in ${where}); a correction comes after the events`,
      });
    }
  }

  const { west, south, east, north } = settings.region;
  const inside = (lat: number, lon: number) => lat >= south && lat <= north && lon >= west && lon <= east;
  for (const file of files.filter((f) => f.collection === 'sites')) {
    const position = isObject(file.data) && isObject(file.data.position) ? file.data.position : undefined;
    const { lat, lon } = position ?? {};
    if (typeof lat !== 'number' || typeof lon !== 'number' || inside(lat, lon)) continue;
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) continue; // the schema already refuses it
    problems.push({
      file: file.path,
      line: file.lineOf(['position']),
      field: 'position',
      message: `lat ${lat}, lon ${lon} lies outside the story's region (lat ${south} to ${north}, lon ${west} to ${east}, set in ${where}); ${
        inside(lon, lat) ? 'latitude and longitude look swapped' : 'check the coordinates, or widen region there'
      }`,
    });
  }
  return problems;
}
