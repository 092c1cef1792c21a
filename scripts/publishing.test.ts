/**
 * `npm run test:publishing`: what an editor or producer can get wrong, through the real commands
 * (`npm run check`, `npm run build`, `npm run import`, `npm run new`) on copies of content/.
 * For each bad input: check and build give the same verdict and name the same file, line and
 * field, the build prints no hook wrapper or stack trace, and the last good output is left
 * byte for byte as it was. One good build (about half a minute here) serves every case.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingAddress } from '../src/lib/address';

const work = '.test-output/publishing';
const outDir = `${work}/dist`;
const address = 'https://graphics.example.org';

interface Run {
  status: number | null;
  output: string;
  stdout: string;
}

/** `npm run <script> -- <args>` with the given environment (SITE unset unless given). */
function npm(script: string, args: string[] = [], env: Record<string, string> = {}): Run {
  // Without vitest's variables: the scripts run their command line only outside vitest.
  const rest = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(VITEST|SITE$|CONTENT_DIR$|NODE_ENV$|TEST$)/.test(key)),
  );
  const result = spawnSync('npm', ['run', '--silent', script, '--', ...args], {
    env: { ...rest, ASTRO_CACHE_DIR: `${work}/cache`, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stdout + result.stderr, stdout: result.stdout };
}

/** A copy of content/ under a name, edited by `edit`. */
async function tree(name: string, edit: (dir: string) => Promise<void> = async () => {}): Promise<string> {
  const dir = `${work}/${name}`;
  await rm(dir, { recursive: true, force: true });
  await cp('content', dir, { recursive: true });
  await edit(dir);
  return dir;
}

async function editFile(path: string, change: (text: string) => string): Promise<void> {
  const text = await readFile(path, 'utf8');
  const changed = change(text);
  if (changed === text) throw new Error(`the edit changed nothing in ${path}`);
  await writeFile(path, changed);
}

/** Every file under `dir` with its content hash: equal fingerprints, byte-for-byte equal trees. */
function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(`${relative(dir, path)}\0`).update(readFileSync(path)).update('\0');
    }
  };
  walk(dir);
  return hash.digest('hex');
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));

/** The problem lines of a report: "  <file>:<line>  <field>: <message>". */
const problemLines = (output: string) => output.split('\n').filter((line) => /^ {2}\S.*: /.test(line));

const settingsWith = (dir: string, change: (text: string) => string) => editFile(`${dir}/story/settings.yaml`, change);

beforeAll(async () => {
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('a good build', () => {
  let good: Run;
  beforeAll(async () => {
    // The address from the story settings, and the files editors' tools leave behind.
    const dir = await tree('good', async (d) => {
      await settingsWith(d, (t) => t.replace('address: ""', `address: ${address}`));
      await writeFile(`${d}/sources/._afp-libe-2023-10-21.yaml`, Buffer.from([0, 5, 22, 7, 0, 2, 0, 0]));
      await symlink('user@host.1234:1700000000', `${d}/events/.#2023-10-18-al-harir-drone.yaml`);
      await writeFile(`${d}/events/2023-10-18-al-harir-drone.yaml~`, 'slug: [broken\n');
      await writeFile(`${d}/events/.2023-10-18-al-harir-drone.yaml.swp`, Buffer.from([0, 1, 2]));
      await writeFile(`${d}/sites/.DS_Store`, Buffer.from([0, 0, 0, 1]));
      await symlink('gone.yaml', `${d}/sites/dangling.yaml`);
    });
    good = npm('build', ['--outDir', outDir], { CONTENT_DIR: dir });
  }, 300_000);

  it('succeeds, ignoring editors\' leftover files', () => {
    expect(good.output).not.toMatch(/ENOENT|\[ERROR\]/);
    expect(good.status).toBe(0);
  });

  it('writes the published address everywhere, and localhost nowhere', () => {
    expect(readFileSync(`${outDir}/fr/index.html`, 'utf8')).toContain(`<link rel="canonical" href="${address}/fr/">`);
    expect(readFileSync(`${outDir}/data/attacks.csv`, 'utf8')).toContain(`${address}/en/events/`);
    const local = filesUnder(outDir).filter((file) => readFileSync(join(outDir, file)).includes('localhost'));
    expect(local).toEqual([]);
  });

  it('contains no build internals', () => {
    expect(filesUnder(outDir).filter((f) => /(^|\/)chunks\/|manifest_.*\.mjs$/.test(f))).toEqual([]);
    expect(readdirSync(work).filter((name) => /\.(building|previous)-/.test(name))).toEqual([]);
  });

  it('is what npm run check accepts too, leftovers and all', () => {
    const check = npm('check', ['--content', `${work}/good`]);
    expect(check.output).toMatch(/no problem found/);
    expect(check.status).toBe(0);
  });
});

/** One bad input per case: what an editor does, and the field (a pattern) the message must name. */
const cases: { name: string; edit: (dir: string) => Promise<void>; file: RegExp; field: string; message: RegExp }[] = [
  {
    name: 'an alias equal to another event\'s slug',
    edit: (d) =>
      editFile(`${d}/events/2023-10-21-ain-al-asad-drones.yaml`, (t) =>
        t.replace(/^slug: (.*)$/m, 'slug: $1\naliases: [2023-10-18-al-harir-drone]'),
      ),
    file: /events\/2023-10-21-ain-al-asad-drones\.yaml:\d+/,
    field: 'aliases\\[0\\]',
    message: /is the slug of another event/,
  },
  {
    name: 'a source file named like a Finder copy, cited by its name',
    edit: async (d) => {
      await cp(`${d}/sources/afp-libe-2023-10-21.yaml`, `${d}/sources/AFP copy.yaml`);
      await editFile(`${d}/events/2023-10-21-ain-al-asad-drones.yaml`, (t) => t.replace(/source: afp-libe-2023-10-21\b/, 'source: AFP copy'));
    },
    file: /sources\/AFP copy\.yaml/,
    field: '\\(file\\)',
    message: /is not a lowercase slug .*rename it "afp-copy\.yaml"/,
  },
  {
    name: 'a year typo',
    edit: (d) => editFile(`${d}/events/2023-10-21-ain-al-asad-drones.yaml`, (t) => t.replace(/"2023-10-21/, '"2032-10-21')),
    file: /events\/2023-10-21-ain-al-asad-drones\.yaml:\d+/,
    field: 'when\\.(at|date)',
    message: /2032-10-21 is outside the story's span \(2023-10-17 to 2023-10-31/,
  },
  {
    name: 'latitude and longitude swapped',
    edit: (d) => editFile(`${d}/sites/al-harir.yaml`, (t) => t.replace('lat: 36.53', 'lat: 44.34').replace('lon: 44.34', 'lon: 36.53')),
    file: /sites\/al-harir\.yaml:\d+/,
    field: 'position',
    message: /latitude and longitude look swapped/,
  },
  {
    name: 'a 10,000-character title',
    edit: (d) =>
      editFile(`${d}/events/2023-10-21-ain-al-asad-drones.yaml`, (t) => t.replace(/^(title:\n\s+fr: ).*$/m, `$1${'A'.repeat(10_000)}`)),
    file: /events\/2023-10-21-ain-al-asad-drones\.yaml:\d+/,
    field: 'title\\.fr',
    message: /too long: 10,000 characters; at most 140/,
  },
  {
    name: 'letters lost to a wrong encoding',
    edit: (d) =>
      editFile(`${d}/events/2023-10-21-ain-al-asad-drones.yaml`, (t) => t.replace(/^(summary:\n\s+fr: (?:>-\n\s+)?)/m, '$1Attaque signal\uFFFDe. ')),
    file: /events\/2023-10-21-ain-al-asad-drones\.yaml:\d+/,
    field: 'summary\\.fr',
    message: /a letter lost to a wrong character encoding/,
  },
];

describe.each(cases)('$name', ({ name, edit, file, field, message }) => {
  let check: Run;
  let build: Run;
  let before: string;
  beforeAll(async () => {
    const dir = await tree(name.replace(/[^a-z0-9]+/gi, '-'), edit);
    check = npm('check', ['--content', dir]);
    before = existsSync(outDir) ? fingerprint(outDir) : '';
    build = npm('build', ['--outDir', outDir], { CONTENT_DIR: dir, SITE: address });
  }, 300_000);

  it('npm run check refuses it, naming the file, line and field', () => {
    expect(check.status).toBe(1);
    const line = problemLines(check.output).find((l) => file.test(l));
    expect(line).toBeDefined();
    expect(line).toMatch(new RegExp(` {2}${field}: `));
    expect(line).toMatch(message);
  });

  it('npm run build refuses it with the same list, without hook wrapper or stack trace', () => {
    expect(build.status).toBe(1);
    expect(build.output).toContain('Invalid records, nothing was built.');
    expect(problemLines(build.output)).toEqual(problemLines(check.output));
    expect(build.output).not.toMatch(/unhandled error|astro:config:setup|\n\s+at /);
  });

  it('leaves the last good output byte for byte as it was', () => {
    expect(before).not.toBe('');
    expect(fingerprint(outDir)).toBe(before);
  });
});

describe('a build without a published address', () => {
  it('stops with one sentence, and leaves the output as it was', async () => {
    const dir = await tree('no-address'); // content/ as it is: address left blank
    const before = fingerprint(outDir);
    const build = npm('build', ['--outDir', outDir], { CONTENT_DIR: dir });
    expect(build.status).toBe(1);
    expect(build.output).toContain(missingAddress(`${dir}/story/settings.yaml`));
    expect(build.output).not.toMatch(/\n\s+at /);
    expect(fingerprint(outDir)).toBe(before);
  });
});

describe('npm run import', () => {
  const header =
    'date;time;site;status;weapons;title_fr;title_en;summary_fr;summary_en;sources;account_attribution_fr;account_attribution_en;account_says_fr;account_says_en';
  const row = (date: string, time: string, title: string) =>
    `${date};${time};ain-al-asad;unconfirmed;rocket;${title};Test row;Attaque signalée, visée, sécuritaire.;Test row, not a real event.;ifpnews-contractor;Une source de test;A test source;Ceci est un test.;This is a test.`;

  it('converts a French Excel (Windows-1252) export with a notice, accents intact', async () => {
    const dir = await tree('import-1252');
    const csv = `${work}/excel.csv`;
    await writeFile(csv, Buffer.from(`${header}\r\n${row('2023-10-22', '9:30', 'Roquettes signalées')}\r\n`, 'latin1'));
    const result = npm('import', [csv, '--content', dir]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Note: excel.csv is not UTF-8; it was read as Windows-1252');
    const record = await readFile(`${dir}/events/2023-10-22-ain-al-asad-rockets.yaml`, 'utf8');
    expect(record).toContain('Roquettes signalées');
    expect(record).toContain('Attaque signalée, visée, sécuritaire.');
    expect(record).toContain('at: "2023-10-22T09:30"'); // 9:30, as npm run new reads it
    expect(record).not.toContain('\uFFFD');
  });

  it('reports every problem of every row in one run, and writes nothing', async () => {
    const dir = await tree('import-bad');
    const csv = `${work}/bad.csv`;
    await writeFile(csv, `${header}\n${row('22/10/2023', '', 'T'.repeat(200))}\n${row('2032-10-22', '25:00', 'Titre')}\n`);
    const result = npm('import', [csv, '--content', dir, '--dry-run']);
    expect(result.status).toBe(1);
    const lines = problemLines(result.output);
    expect(lines).toEqual([
      expect.stringMatching(/^ {2}row 2 date: "22\/10\/2023" is not a real date/),
      expect.stringMatching(/^ {2}row 2 title_fr: too long: 200 characters; at most 140/),
      expect.stringMatching(/^ {2}row 3 time: "25:00" is not a time/),
    ]);
    expect(result.output).toContain('3 problem(s); nothing was written.');
  });

  it('ignores editors\' leftover files in the records, as check and build do', async () => {
    const dir = await tree('import-leftovers', async (d) => {
      await writeFile(`${d}/sources/._afp-libe-2023-10-21.yaml`, Buffer.from([0, 5, 22, 7]));
      await symlink('user@host.1234:1700000000', `${d}/events/.#2023-10-18-al-harir-drone.yaml`);
    });
    const csv = `${work}/one.csv`;
    await writeFile(csv, `${header}\n${row('2023-10-22', '21:30', 'Titre')}\n`);
    const result = npm('import', [csv, '--content', dir, '--dry-run']);
    expect(result.output).not.toMatch(/ENOENT|problem/);
    expect(result.status).toBe(0);
  });
});

describe('npm run new', () => {
  it('answers an unknown option with one line and the usage, no stack trace', () => {
    const result = npm('new', ['--wepon', 'drone']);
    expect(result.status).toBe(2);
    expect(result.output.trim().split('\n')).toEqual([
      'Unknown option --wepon; did you mean --weapon?',
      expect.stringMatching(/^Usage: npm run new -- --site <site id> --date YYYY-MM-DD/),
    ]);
  });
});
