/**
 * Build figures: wall time and peak memory of a cold `astro build` of one record tree.
 *
 * Method. Each build runs in its own child process, from the project root, with its own
 * outDir and Astro cache dir under .synthetic/bench/ (both emptied first, so it is a cold
 * build). Wall time is measured around the child. Peak memory is measured two ways:
 * - rusage: GNU time's "maximum resident set size" (`/usr/bin/time -f %M`), i.e. the largest
 *   single process of the build (Node; esbuild's helper is a separate, smaller process). Where
 *   GNU time is missing, a Node wrapper runs Astro's programmatic build() and reports its own
 *   process.resourceUsage().maxRSS (then child processes such as esbuild are not counted).
 * - tree: the sum of VmRSS over the build's whole process tree, sampled every 100 ms from
 *   /proc (Linux only; short spikes between samples can be missed).
 * The figure checked against the target is the larger of the two.
 */
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { bin, log, root, start, work } from './common.mjs';

const GNU_TIME = '/usr/bin/time';

/** Builds `contentDir` (relative to the project root) into .synthetic/bench/<name>/dist. */
export async function buildSite(name, contentDir) {
  const dir = join(work, name);
  const outDir = join(dir, 'dist');
  const cacheDir = join(dir, 'cache');
  const rssFile = join(dir, 'maxrss.txt');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });

  // Served locally for the measurements: the local address, unless SITE says otherwise.
  const env = { SITE: process.env.SITE || 'http://localhost:4321', CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: relative(root, cacheDir) };
  const astroArgs = ['build', '--outDir', relative(root, outDir)];
  const [command, args] = existsSync(GNU_TIME)
    ? [GNU_TIME, ['-f', '%M', '-o', rssFile, process.execPath, bin.astro, ...astroArgs]]
    : [process.execPath, [join(root, 'bench/lib/build-child.mjs'), rssFile, ...astroArgs]];

  log(`build ${name}: CONTENT_DIR=${contentDir} (log: ${relative(root, join(dir, 'build.log'))})`);
  const logStream = createWriteStream(join(dir, 'build.log'));
  const began = performance.now();
  const { child, done } = start(command, args, { env, logStream });
  const sampler = sampleTreeRss(child.pid);
  try {
    await done;
  } finally {
    sampler.stop();
    logStream.end();
  }
  const seconds = (performance.now() - began) / 1000;

  const largestProcessMb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024;
  const treeMb = sampler.peakKb / 1024;
  return {
    name,
    contentDir,
    records: await countYaml(join(root, contentDir, 'events')),
    pages: countHtml(outDir),
    seconds,
    peakRssMb: Math.max(largestProcessMb, treeMb),
    largestProcessRssMb: largestProcessMb,
    treeRssMb: sampler.supported ? treeMb : null,
    rssMethod: existsSync(GNU_TIME) ? 'GNU time %M + /proc tree sampling' : 'process.resourceUsage().maxRSS + /proc tree sampling',
    outDir,
  };
}

/** Samples the summed VmRSS (kB) of `pid` and all its descendants until stopped. */
function sampleTreeRss(pid, intervalMs = 100) {
  const state = { peakKb: 0, supported: existsSync('/proc/self/status') };
  if (!state.supported) return { ...state, stop() {} };
  const timer = setInterval(() => {
    const total = descendants(pid).reduce((sum, p) => sum + vmRssKb(p), 0);
    state.peakKb = Math.max(state.peakKb, total);
  }, intervalMs);
  return {
    get peakKb() {
      return state.peakKb;
    },
    supported: true,
    stop: () => clearInterval(timer),
  };
}

/** `pid` and every process below it, from the parent ids in /proc/<pid>/stat. */
function descendants(pid) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
  return tree;
}

function vmRssKb(pid) {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

async function countYaml(folder) {
  return (await readdir(folder)).filter((n) => /\.ya?ml$/.test(n)).length;
}

function countHtml(dir) {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) count++;
  }
  return count;
}
