/**
 * `npm run build`: `astro build` into a fresh folder beside the output, then a swap, so the
 * output folder only ever holds a whole site. A build that fails (invalid records, no published
 * address, any error) leaves the previous output exactly as it was.
 *
 *   npm run build                          # dist/
 *   npm run build -- --outDir other/dist   # any folder; other arguments go to astro build
 *
 * The records are checked inside `astro build` (src/integrations/content-check.ts), before
 * anything is written, with the rules and the report of `npm run check`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';

/** `--outDir x` or `--outDir=x`, and everything else for astro build. */
export function splitArgs(argv: string[]): { outDir: string; rest: string[] } {
  const rest: string[] = [];
  let outDir = 'dist';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    if (arg === '--outDir' && argv[i + 1] !== undefined) outDir = argv[++i]!;
    else if (arg.startsWith('--outDir=')) outDir = arg.slice('--outDir='.length);
    else rest.push(arg);
  }
  return { outDir, rest };
}

/**
 * Files of the server-side build that must never be published: Astro's rendering chunks and
 * manifest (it removes them itself after a good build; a crash used to leave them in dist/).
 */
export const isBuildInternal = (path: string) =>
  /(^|\/)chunks\/.*\.mjs$/.test(path) || /(^|\/)manifest_[^/]*\.mjs$/.test(path) || /^[^/]*\.mjs$/.test(path);

async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? filesUnder(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`])),
  );
  return nested.flat();
}

async function main(): Promise<number> {
  const root = process.cwd();
  const { outDir, rest } = splitArgs(process.argv.slice(2));
  const target = resolve(root, outDir);
  const stamp = `${process.pid}-${Date.now()}`;
  // Beside the output, so the swap is a rename on one file system.
  const building = join(dirname(target), `.${basename(target)}.building-${stamp}`);
  const previous = join(dirname(target), `.${basename(target)}.previous-${stamp}`);

  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  const run = spawnSync(process.execPath, [astro, 'build', '--outDir', building, ...rest], { stdio: 'inherit' });
  if (run.status !== 0) {
    await rm(building, { recursive: true, force: true });
    if (existsSync(target)) console.error(`Build failed; ${relative(root, target) || '.'}/ is unchanged.`);
    return run.status ?? 1;
  }

  const internals = (await filesUnder(building)).filter(isBuildInternal);
  await Promise.all(internals.map((file) => rm(join(building, file))));

  if (existsSync(target)) await rename(target, previous);
  try {
    await rename(building, target);
  } catch (error) {
    if (existsSync(previous)) await rename(previous, target);
    throw error;
  }
  await rm(previous, { recursive: true, force: true });
  if (internals.length > 0) console.log(`Removed ${internals.length} build internal file(s) from the output.`);
  return 0;
}

// vite-node replaces argv[1] with its own path, so "run when executed" is "not under vitest".
if (!process.env.VITEST) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
