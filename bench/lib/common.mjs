/** Paths, settings and small helpers shared by the benchmark's figures. */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Everything the bench writes (synthetic trees, builds, Lighthouse reports) lives here.
 * Builds must stay inside the project: Astro puts its intermediate server build in
 * `<cwd>/.astro/` whenever outDir lies outside the working directory, and that folder is shared
 * by every such build running at the same time. `.synthetic/` is gitignored.
 */
export const work = join(root, '.synthetic', 'bench');

/** A package's command, read from its package.json, so an upgrade that moves it changes nothing here. */
function binOf(name) {
  const dir = join(root, 'node_modules', name);
  const { bin } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return join(dir, typeof bin === 'string' ? bin : bin[name.replace(/^@.*\//, '')]);
}

export const bin = {
  astro: binOf('astro'),
  viteNode: binOf('vite-node'),
  lighthouse: binOf('lighthouse'),
};

/** Playwright drives the Debian wrapper; Lighthouse needs the real binary (see lighthouse.mjs). */
export const chromium = {
  wrapper: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  binary: process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium',
};

/** BENCH_QUICK=1: fewer runs and no 10,000-record build, for development. */
export const quick = process.env.BENCH_QUICK === '1';

/** BENCH_ONLY=build,weight,lighthouse,interaction runs a subset (all by default). */
export const SECTIONS = ['build', 'weight', 'lighthouse', 'interaction'];
const only = (process.env.BENCH_ONLY ?? '').split(',').map((s) => s.trim()).filter(Boolean);
for (const name of only) {
  if (!SECTIONS.includes(name)) throw new Error(`BENCH_ONLY: unknown section "${name}" (known: ${SECTIONS.join(', ')})`);
}
export const enabled = (section) => only.length === 0 || only.includes(section);

export const KB = 1024;
export const MB = 1024 * 1024;

/** gzip size at level 9: the preview server sends files uncompressed, a real host would not. */
export const gzipBytes = (buffer) => gzipSync(buffer, { level: 9 }).length;

export const median = (values) => quantile(values, 0.5);

/** Linear-interpolated quantile, q in [0, 1]. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export const log = (...args) => console.error('[bench]', ...args);

/**
 * Starts a command; `done` resolves when it exits with 0 and rejects with the tail of its output
 * otherwise. Output is copied to `logStream` when given (builds print thousands of lines).
 */
export function start(command, args, { env = {}, cwd = root, logStream } = {}) {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  const keep = (chunk) => {
    logStream?.write(chunk);
    tail = (tail + chunk).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const done = new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolvePromise(tail);
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}\n${tail}`));
    });
  });
  return { child, done };
}

export const run = (command, args, options) => start(command, args, options).done;

export const fileExists = (path) => existsSync(path);
