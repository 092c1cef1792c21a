/**
 * The text of a new event record, as `npm run new` writes it: every field of the schema
 * present, blank where the facts are not known yet, with a comment saying what goes there. The
 * checker (`npm run check`) then lists what must still be filled in; a blank optional field
 * means "not reported".
 */
import { isCalendarDate, isLocalDateTime } from '../calendar';
import type { Lang } from '../i18n';
import { statuses, type Status } from '../vocabulary';
import { eventSlug, slugPattern, type SlugWeapon } from './slug';

export interface ScaffoldOptions {
  site: string;
  /** The day (`YYYY-MM-DD`, on the story's clock); the first day of a range. */
  date: string;
  /** `HH:mm`, on the story's clock: minute precision, or hour precision when `precision` says so. */
  time?: string;
  /** Last day of a range. */
  to?: string;
  precision?: 'minute' | 'hour';
  /** Weapon ids (files in weapons/). */
  weapons?: string[];
  status?: Status;
  slug?: string;
}

/** What a new record depends on in the story: its languages and its weapon kinds. */
export interface ScaffoldStory {
  languages: readonly Lang[];
  weapons: readonly SlugWeapon[];
}

/** Reasons the options cannot make a record, worded for the command line. */
export function scaffoldErrors(options: ScaffoldOptions, story: Pick<ScaffoldStory, 'weapons'>): string[] {
  const errors: string[] = [];
  if (!isCalendarDate(options.date)) errors.push(`--date: "${options.date}" is not a real date in the form YYYY-MM-DD`);
  if (options.time !== undefined && options.to !== undefined) errors.push('--time and --to: give a time or a range end, not both');
  if (options.time !== undefined && !isLocalDateTime(`${options.date}T${options.time}`)) {
    errors.push(`--time: "${options.time}" is not a time in the form HH:mm`);
  }
  if (options.precision === 'hour' && options.time !== undefined && !options.time.endsWith(':00')) {
    errors.push(`--time: an hour-precision time ends in :00 (got ${options.time})`);
  }
  if (options.precision !== undefined && options.time === undefined) errors.push('--precision needs --time');
  if (options.to !== undefined && !(isCalendarDate(options.to) && options.to > options.date)) {
    errors.push(`--to: "${options.to}" must be a real date after --date`);
  }
  const weaponIds = story.weapons.map((w) => w.id);
  for (const kind of options.weapons ?? []) {
    if (!weaponIds.includes(kind)) errors.push(`--weapon: "${kind}" is not one of ${weaponIds.join(', ')} (files in weapons/)`);
  }
  if (options.status !== undefined && !statuses.includes(options.status)) {
    errors.push(`--status: "${options.status}" is not one of ${statuses.join(', ')}`);
  }
  if (options.slug !== undefined && !slugPattern.test(options.slug)) {
    errors.push(`--slug: "${options.slug}" must use lowercase letters, digits and single hyphens`);
  }
  return errors;
}

export function scaffoldSlug(options: ScaffoldOptions, story: Pick<ScaffoldStory, 'weapons'>): string {
  return options.slug ?? eventSlug({ date: options.date, site: options.site, weapons: options.weapons ?? [] }, story.weapons);
}

const q = (value: string) => JSON.stringify(value);
/** A blank text in each of the story's languages. */
const blankTexts = (languages: readonly Lang[]) => (indent: string) => languages.map((lang) => `${indent}${lang}: ""`);

function whenLines(options: ScaffoldOptions, blankText: (indent: string) => string[]): string[] {
  const { date, time, to } = options;
  const moment =
    time !== undefined
      ? [`  precision: ${options.precision ?? 'minute'}`, `  at: ${q(`${date}T${time}`)}`]
      : to !== undefined
        ? ['  precision: range', `  from: ${q(date)}`, `  to: ${q(to)}`]
        : ['  precision: day', `  date: ${q(date)}`];
  return [
    '# Local time on the story\'s clock (timeZone in story/settings.yaml). Precision: minute, hour,',
    '# day or range; never more precise than the sources (a day-only report stays "day").',
    'when:',
    ...moment,
    '  partOfDay: # optional, in words, e.g. "early morning"',
    ...blankText('    '),
    '  # Where a source dates the event differently, by its own clock (one of sourceTimeZones):',
    '  #   - { date: "YYYY-MM-DD", timeZone: <zone>, source: <source id> }',
    '  otherDates: []',
  ];
}

function weaponLines(weapons: readonly string[], known: readonly SlugWeapon[]): string[] {
  if (weapons.length === 0) {
    return [
      `# Each weapon with the number each source gives (count: null when a source names none).`,
      `#   - kind: ${known[0]?.id ?? '<weapon id>'}  # ${known.length > 0 ? known.map((w) => w.id).join(' | ') : 'the id of a file in weapons/'}`,
      '#     reports: [{ count: 2, source: <source id> }]',
      'weapons: []',
    ];
  }
  return [
    '# The number each source gives (count: null when a source names none); one report per source.',
    'weapons:',
    ...weapons.flatMap((kind) => [
      `  - kind: ${kind}`,
      '    reports:',
      '      - count: null',
      '        source: "" # required: the id of a file in content/sources',
    ]),
  ];
}

/** The YAML text of the new record, with its texts in the story's languages. */
export function scaffoldRecord(options: ScaffoldOptions, story: ScaffoldStory): string {
  const { languages } = story;
  const status = options.status ?? 'unconfirmed';
  const blankText = blankTexts(languages);
  return [
    `slug: ${scaffoldSlug(options, story)} # the permalink: never change it once published`,
    'researchId: "" # optional: the row of the research file, e.g. I9',
    `title: # required, in ${languages.length > 1 ? `each language (${languages.join(', ')})` : languages[0]}`,
    ...blankText('  '),
    'summary: # required: two or three sentences, in your own words, saying who reports what',
    ...blankText('  '),
    ...whenLines(options, blankText),
    `site: ${options.site}`,
    `# ${statuses.join(' | ')}: "confirmed" only when officials or several`,
    '# independent sources confirm it; "unconfirmed" while only a claim or one source reports it.',
    `status: ${status}`,
    ...weaponLines(options.weapons ?? [], story.weapons),
    'outcome: # optional: what happened to the weapons, attributed',
    ...blankText('  '),
    'casualties:',
    '  killed: null # a number only when a source gives one',
    '  injured: null',
    '  note:',
    ...blankText('    '),
    'damage:',
    ...blankText('  '),
    '# Who claimed it, and where the claim was reported:',
    '#   - { actor: <actor id, a file in actors/>, source: <source id> }',
    'claims: []',
    '# Required: at least one. Who says what, in which source; one entry per source.',
    'accounts:',
    '  - source: "" # the id of a file in content/sources',
    '    attribution: # who, in that source, says it (e.g. "A security source", "The defence ministry")',
    ...blankText('      '),
    '    says:',
    ...blankText('      '),
    '    quote: # optional: a short verbatim quote, in its own language (fr, en, ar, de)',
    '      text: ""',
    '      lang: ""',
    '# After publication: the day of the latest correction, and what each one changed.',
    'updated: ""',
    '#   - date: "2023-10-24"',
    `#     note: { ${languages.map((lang) => `${lang}: …`).join(', ')} }`,
    'corrections: []',
    '',
  ].join('\n');
}
