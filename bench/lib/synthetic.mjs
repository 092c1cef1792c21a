/**
 * Synthetic record trees for the load figures, written by scripts/generate-synthetic.ts (run
 * with vite-node, as a user would). Regenerated on every bench run: the generator is seeded, so
 * the trees are identical each time, and a fresh clone has none.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { bin, log, root, run, work } from './common.mjs';

/** Writes `.synthetic/<count>` and returns its path relative to the project root. */
export async function syntheticTree(count) {
  const dir = `.synthetic/${count}`;
  log(`generate ${count} synthetic records into ${dir}`);
  await mkdir(work, { recursive: true });
  const logStream = createWriteStream(join(work, `generate-${count}.log`));
  // --no-check: the build runs the same record checker first and stops on any problem.
  await run(process.execPath, [bin.viteNode, 'scripts/generate-synthetic.ts', '--', '--count', String(count), '--out', dir, '--no-check'], {
    cwd: root,
    logStream,
  });
  logStream.end();
  return dir;
}
