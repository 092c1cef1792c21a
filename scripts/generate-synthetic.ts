/**
 * Writes a complete record tree of synthetic attacks for load testing (the benchmark builds it
 * with CONTENT_DIR=<out>). Never writes inside content/.
 *
 *   npx vite-node scripts/generate-synthetic.ts -- --count 10000 --out .synthetic/10000
 *
 * The tree holds content/story, content/sites, content/actors and content/sources copied as they are, one more
 * source (`synthetic-generator`) and `count` attacks, `synthetic-00001` …, marked
 * `synthetic: true` and titled "[Synthétique]" / "[Synthetic]". They are spread over the real
 * four days (18–21 October 2023, Baghdad time) and the real sites, with a mix of time
 * precisions and statuses. A seeded PRNG makes two runs with the same options write identical
 * files. The tree is checked with the project's own record checker before the command ends.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { checkContent, formatProblems } from '../src/lib/records/check';
import { readContentFiles } from '../src/lib/records/read-content';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const realContent = join(projectRoot, 'content');

/** Marks a folder as written by this script, so a rerun may replace it (and nothing else). */
const MARKER = '.synthetic-tree';
export const GENERATOR_SOURCE = 'synthetic-generator';
const COPIED = ['story', 'sites', 'actors', 'weapons', 'sources', 'places', 'water'] as const;

/** The real four days, Baghdad time. */
const DAYS = ['2023-10-18', '2023-10-19', '2023-10-20', '2023-10-21'] as const;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: a tiny seeded PRNG, good enough to spread test data, returning [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Picks a key with probability proportional to its weight. */
function weighted<K extends string>(random: Random, weights: Record<K, number>): K {
  const entries = Object.entries(weights) as [K, number][];
  let r = random() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [key, w] of entries) if ((r -= w) < 0) return key;
  return entries[entries.length - 1]![0];
}

// ---------------------------------------------------------------------------------------------
// Records

export interface SiteInfo {
  id: string;
  shortName: { fr: string; en: string };
}

/** YAML double-quoted scalar: JSON string syntax is valid YAML, and keeps dates strings. */
const q = (value: string) => JSON.stringify(value);
const pad2 = (n: number) => String(n).padStart(2, '0');

function whenYaml(random: Random): string[] {
  const precision = weighted(random, { minute: 35, hour: 30, day: 25, range: 10 });
  const dayIndex = int(random, 0, DAYS.length - 1);
  const day = DAYS[dayIndex]!;
  switch (precision) {
    case 'minute':
      return ['  precision: minute', `  at: ${q(`${day}T${pad2(int(random, 0, 23))}:${pad2(int(random, 0, 59))}`)}`];
    case 'hour':
      return ['  precision: hour', `  at: ${q(`${day}T${pad2(int(random, 0, 23))}:00`)}`];
    case 'day':
      return ['  precision: day', `  date: ${q(day)}`];
    case 'range': {
      const from = Math.min(dayIndex, DAYS.length - 2);
      const to = int(random, from + 1, DAYS.length - 1);
      return ['  precision: range', `  from: ${q(DAYS[from]!)}`, `  to: ${q(DAYS[to]!)}`];
    }
  }
}

/** A weapon kind of the copied records (weapons/): its id and its name. */
export interface WeaponInfo {
  id: string;
  name: { fr: string; en: string };
}

/** One synthetic event record, as YAML text. `n` counts from 1. */
export function attackYaml(n: number, random: Random, sites: SiteInfo[], actors: string[], weapons: WeaponInfo[], digits: number): string {
  const slug = `synthetic-${String(n).padStart(digits, '0')}`;
  const site = pick(random, sites);
  const weapon = pick(random, weapons);
  const status = weighted(random, { confirmed: 40, disputed: 20, unconfirmed: 30, 'false-alarm': 10 });
  const when = whenYaml(random);
  const count = random() < 0.7 ? int(random, 1, 6) : null;
  const { name } = weapon;

  const lines = [
    `# Synthetic record for load testing (scripts/generate-synthetic.ts); not a real event.`,
    `slug: ${slug}`,
    `synthetic: true`,
    `title:`,
    `  fr: ${q(`[Synthétique] Attaque de ${name.fr.toLocaleLowerCase('fr')} n° ${n} contre ${site.shortName.fr}`)}`,
    `  en: ${q(`[Synthetic] ${name.en} attack no. ${n} on ${site.shortName.en}`)}`,
    `summary:`,
    `  fr: ${q(`Événement fictif n° ${n}, généré pour tester la charge du site. Il ne décrit aucune attaque réelle.`)}`,
    `  en: ${q(`Fictitious event no. ${n}, generated to load-test the site. It describes no real attack.`)}`,
    `when:`,
    ...when,
    `site: ${site.id}`,
    `status: ${status}`,
  ];
  if (status !== 'false-alarm') {
    lines.push(
      `weapons:`,
      `  - kind: ${weapon.id}`,
      `    reports:`,
      `      - count: ${count ?? 'null'}`,
      `        source: ${GENERATOR_SOURCE}`,
    );
  }
  if (status !== 'false-alarm' && random() < 0.25) {
    lines.push(`casualties:`, `  killed: 0`, `  injured: ${int(random, 0, 4)}`);
  }
  if (actors.length > 0 && random() < 0.3) {
    lines.push(`claims:`, `  - actor: ${pick(random, actors)}`, `    source: ${GENERATOR_SOURCE}`);
  }
  lines.push(
    `accounts:`,
    `  - source: ${GENERATOR_SOURCE}`,
    `    attribution:`,
    `      fr: Le générateur de données synthétiques`,
    `      en: The synthetic data generator`,
    `    says:`,
    `      fr: ${q(`Cet événement n° ${n} est fictif et sert uniquement aux tests de charge.`)}`,
    `      en: ${q(`This event no. ${n} is fictitious and only serves load testing.`)}`,
  );
  return `${lines.join('\n')}\n`;
}

export const generatorSourceYaml = [
  '# The source every synthetic record cites (scripts/generate-synthetic.ts).',
  'publisher: Synthetic data generator',
  'title: Generated for load testing',
  'language: en',
  '',
].join('\n');

// ---------------------------------------------------------------------------------------------
// Writing the tree

export interface Options {
  count: number;
  out: string;
  seed?: number;
  /** Where sites, actors and sources are copied from; the real records by default. */
  from?: string;
}

const isInside = (child: string, parent: string) => child === parent || child.startsWith(parent + sep);

/** Throws unless `out` is a safe place to (re)write a synthetic tree. */
async function assertWritable(out: string): Promise<void> {
  if (isInside(out, realContent) || isInside(realContent, out)) {
    throw new Error(`Refusing to write synthetic records in or over ${relative(projectRoot, realContent)}/ (got ${out})`);
  }
  if (!existsSync(out)) return;
  const entries = await readdir(out);
  if (entries.length > 0 && !entries.includes(MARKER)) {
    throw new Error(`Refusing to overwrite ${out}: it exists and was not written by this script`);
  }
}

/** Each record of one folder, by id, with its data. */
async function readRecords<D>(from: string, folder: string): Promise<{ id: string; data: D }[]> {
  const names = (await readdir(join(from, folder))).filter((n) => /\.ya?ml$/.test(n)).sort();
  return Promise.all(
    names.map(async (name) => ({
      id: name.replace(/\.ya?ml$/, ''),
      data: parseYaml(await readFile(join(from, folder, name), 'utf8')) as D,
    })),
  );
}

async function readIds(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  return names.filter((n) => /\.ya?ml$/.test(n)).map((n) => n.replace(/\.ya?ml$/, '')).sort();
}

/** Writes the tree and returns its absolute path. */
export async function writeSyntheticTree({ count, out, seed = 20231021, from = realContent }: Options): Promise<string> {
  if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a positive integer (got ${count})`);
  const target = resolve(out);
  await assertWritable(target);
  await rm(target, { recursive: true, force: true });
  await mkdir(join(target, 'events'), { recursive: true });
  await writeFile(join(target, MARKER), `Written by scripts/generate-synthetic.ts (count ${count}, seed ${seed}).\n`);
  for (const folder of COPIED) await cp(join(from, folder), join(target, folder), { recursive: true });
  await writeFile(join(target, 'sources', `${GENERATOR_SOURCE}.yaml`), generatorSourceYaml);

  const sites = (await readRecords<Pick<SiteInfo, 'shortName'>>(from, 'sites')).map(({ id, data }) => ({ id, shortName: data.shortName }));
  const actors = await readIds(join(from, 'actors'));
  const weapons = (await readRecords<Pick<WeaponInfo, 'name'>>(from, 'weapons')).map(({ id, data }) => ({ id, name: data.name }));
  const random = prng(seed);
  const digits = Math.max(5, String(count).length);
  for (let n = 1; n <= count; n++) {
    const slug = `synthetic-${String(n).padStart(digits, '0')}`;
    await writeFile(join(target, 'events', `${slug}.yaml`), attackYaml(n, random, sites, actors, weapons, digits));
  }
  return target;
}

/** The project's checker over a tree; [] when every record is valid. */
export async function checkTree(dir: string) {
  return checkContent(await readContentFiles('.', resolve(dir)));
}

// ---------------------------------------------------------------------------------------------
// Command line

function parseOptions(argv: string[]): Options & { check: boolean } {
  const { values } = parseArgs({
    args: argv.filter((a) => a !== '--'),
    options: {
      count: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      'no-check': { type: 'boolean', default: false },
    },
  });
  if (!values.count || !values.out) {
    throw new Error('Usage: vite-node scripts/generate-synthetic.ts -- --count <n> --out <dir> [--seed <n>] [--no-check]');
  }
  return {
    count: Number(values.count),
    out: values.out,
    seed: values.seed === undefined ? undefined : Number(values.seed),
    check: !values['no-check'],
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();
  const dir = await writeSyntheticTree(options);
  console.log(`Wrote ${options.count} synthetic attack(s) to ${relative(process.cwd(), dir) || '.'}`);
  if (options.check) {
    const problems = await checkTree(dir);
    if (problems.length > 0) throw new Error(`The generated tree is invalid.\n${formatProblems(problems)}`);
    console.log('Checked: every record is valid.');
  }
  console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

// vite-node replaces argv[1] with its own path, so "run when executed" is "not under vitest".
if (!process.env.VITEST) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
