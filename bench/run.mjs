/**
 * `npm run bench`: builds the site from the real records and from 1,000 and 10,000 synthetic
 * ones, measures it (build, page weight, Lighthouse, slider interaction), prints one table to
 * stdout and writes bench/results.json. Progress goes to stderr. Every figure is measured on
 * this machine in this run; each method is described in the module that measures it.
 *
 * Environment:
 *   BENCH_ONLY=build,weight,lighthouse,interaction   run a subset (default: all)
 *   BENCH_QUICK=1        1 Lighthouse run per page and preset, 20 slider steps (10 traced), 1 load for the
 *                        map's first idle, and no 10,000-record build (for development)
 *   BENCH_REUSE_BUILDS=1 reuse builds left in .synthetic/bench/ by an earlier run instead of
 *                        rebuilding (development only: build figures are then not measured)
 *   CHROMIUM_PATH / CHROME_PATH   Chromium for Playwright / for Lighthouse
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium as playwright } from 'playwright-core';
import { buildSite } from './lib/build.mjs';
import { chromium, enabled, log, quick, root, work } from './lib/common.mjs';
import { mapFirstIdle, sliderStepCost } from './lib/interaction.mjs';
import { lighthouseScores } from './lib/lighthouse.mjs';
import { buildRows, formatTable, interactionRows, lighthouseRows, TARGETS, weightRows } from './lib/report.mjs';
import { serve } from './lib/server.mjs';
import { syntheticTree } from './lib/synthetic.mjs';
import { pageTypes, pageWeights } from './lib/weight.mjs';

const SETS = [
  { name: 'real', label: 'real records', count: 0 },
  { name: 'synthetic-1000', label: '1,000 synthetic', count: 1000 },
  { name: 'synthetic-10000', label: '10,000 synthetic', count: 10_000 },
].filter((set) => !(quick && set.count === 10_000));

const settings = {
  lighthouseRuns: quick ? 1 : 3,
  sliderSteps: quick ? 20 : 100,
  tracedSliderSteps: quick ? 10 : 30,
  firstIdleLoads: quick ? 1 : 5,
};

/** Which builds each section needs. */
function setsNeeded() {
  const names = new Set();
  if (enabled('build')) SETS.forEach((s) => names.add(s.name));
  if (enabled('weight') || enabled('lighthouse') || enabled('interaction')) names.add('real');
  if (enabled('interaction')) names.add('synthetic-10000');
  return SETS.filter((s) => names.has(s.name));
}

/** Builds (or, with BENCH_REUSE_BUILDS=1, finds) every set needed; returns the measured builds. */
async function buildAll() {
  const builds = [];
  for (const set of setsNeeded()) {
    const outDir = join(work, set.name, 'dist');
    if (process.env.BENCH_REUSE_BUILDS === '1' && existsSync(join(outDir, 'fr/index.html'))) {
      log(`reusing ${outDir} (not measured)`);
      builds.push({ ...set, outDir, reused: true });
      continue;
    }
    const contentDir = set.count ? await syntheticTree(set.count) : 'content';
    builds.push({ ...set, ...(await buildSite(set.name, contentDir)) });
  }
  return builds;
}

/** Weight, Lighthouse and interaction on the real-records build. */
async function measureReal(browser, build, results) {
  const server = await serve(build.outDir, 4610);
  try {
    const pages = pageTypes(build.outDir);
    if (enabled('weight')) results.weight = await pageWeights(browser, server.url, build.outDir);
    if (enabled('lighthouse')) results.lighthouse = await lighthouseScores(server.url, pages, { runs: settings.lighthouseRuns });
    if (enabled('interaction')) results.interaction.push(await measureInteraction(browser, server.url, build));
  } finally {
    server.stop();
  }
}

async function measureInteraction(browser, baseUrl, build) {
  const url = `${baseUrl}/fr/`;
  return {
    name: build.name,
    label: build.label,
    slider: await sliderStepCost(browser, url, { steps: settings.sliderSteps, tracedSteps: settings.tracedSliderSteps }),
    firstIdle: await mapFirstIdle(browser, url, { loads: settings.firstIdleLoads }),
  };
}

function checkChromium() {
  for (const path of [chromium.wrapper, chromium.binary]) {
    if (!existsSync(path)) throw new Error(`Chromium not found at ${path} (apt-get install -y chromium, or set CHROMIUM_PATH / CHROME_PATH)`);
  }
}

async function main() {
  const began = performance.now();
  if (enabled('weight') || enabled('lighthouse') || enabled('interaction')) checkChromium();
  const results = {
    date: new Date().toISOString(),
    machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model, loadavgAtStart: loadavg() },
    settings: { quick, only: process.env.BENCH_ONLY ?? 'all', ...settings },
    targets: TARGETS,
    builds: [],
    weight: undefined,
    lighthouse: undefined,
    interaction: [],
  };

  const builds = await buildAll();
  results.builds = builds.filter((b) => !b.reused).map(({ outDir, ...b }) => b);
  const real = builds.find((b) => b.name === 'real');
  const big = builds.find((b) => b.name === 'synthetic-10000');

  if (real && (enabled('weight') || enabled('lighthouse') || enabled('interaction'))) {
    const browser = await playwright.launch({ executablePath: chromium.wrapper });
    try {
      await measureReal(browser, real, results);
      if (enabled('interaction') && big) {
        const server = await serve(big.outDir, 4620);
        try {
          results.interaction.push(await measureInteraction(browser, server.url, big));
        } finally {
          server.stop();
        }
      }
    } finally {
      await browser.close();
    }
  }

  results.machine.loadavgAtEnd = loadavg();
  results.wallSeconds = (performance.now() - began) / 1000;
  const rows = [
    ...(enabled('build') ? buildRows(results.builds) : []),
    ...(results.weight ? weightRows(results.weight) : []),
    ...(results.lighthouse ? lighthouseRows(results.lighthouse) : []),
    ...interactionRows(results.interaction),
  ];
  results.table = rows;
  await writeFile(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

  const load = (l) => l.map((x) => x.toFixed(1)).join(' ');
  console.log(formatTable(rows));
  console.log(
    `\nBench took ${(results.wallSeconds / 60).toFixed(1)} min on ${results.machine.cpus} CPU(s); load average ${load(results.machine.loadavgAtStart)} at start, ${load(results.machine.loadavgAtEnd)} at end.` +
      `${quick ? ' QUICK mode (fewer runs, no 10,000-record build).' : ''} Sizes: KB = 1024 bytes, MB = 1024 KB. Details: bench/results.json`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
