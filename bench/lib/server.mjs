/**
 * Serves a build with `astro preview` (uncompressed, like the project's own e2e setup) on a
 * free port in 4600–4650, the range set aside for the benchmark.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { relative } from 'node:path';
import { bin, log, root, sleep } from './common.mjs';

const PORTS = { first: 4600, last: 4650 };

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(port, '127.0.0.1');
  });
}

async function freePort(from) {
  for (let port = from; port <= PORTS.last; port++) if (await portIsFree(port)) return port;
  throw new Error(`No free port in ${PORTS.first}–${PORTS.last}`);
}

/** Starts a preview server for `outDir`; call `stop()` when done. */
export async function serve(outDir, preferredPort = PORTS.first) {
  const port = await freePort(preferredPort);
  const url = `http://localhost:${port}`;
  // Its own process group, so stop() ends the server and nothing else.
  const child = spawn(process.execPath, [bin.astro, 'preview', '--port', String(port), '--outDir', relative(root, outDir)], {
    cwd: root,
    detached: true,
    stdio: 'ignore',
  });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', stop);
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`astro preview exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/fr/`).then((r) => r.ok, () => false);
    if (ok) {
      log(`serving ${relative(root, outDir)} at ${url}/`);
      return { url, stop };
    }
    await sleep(200);
  }
  stop();
  throw new Error(`astro preview did not answer at ${url}`);
}
