/**
 * Lighthouse scores per page type and preset.
 *
 * Method: the Lighthouse 12 CLI, one process per run, against the preview server, with the
 * mobile preset (Lighthouse's default: emulated Moto G Power, simulated slow 4G and 4× CPU
 * throttling) and `--preset=desktop`. Each page × preset runs `runs` times (3 by default); the
 * run with the median performance score is reported, all its figures from that same run.
 * Chromium is the real binary, /usr/lib/chromium/chromium: /usr/bin/chromium is a wrapper
 * script whose browser outlives the wrapper when Lighthouse ends it.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bin, chromium, log, run, work } from './common.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Median-run Lighthouse figures for each page and preset. */
export async function lighthouseScores(baseUrl, pages, { runs = 3, presets = ['mobile', 'desktop'] } = {}) {
  const results = [];
  for (const preset of presets) {
    for (const { type, path } of pages) {
      const all = [];
      for (let i = 1; i <= runs; i++) {
        log(`lighthouse ${preset} ${path} run ${i}/${runs}`);
        all.push(await lighthouseRun(baseUrl + path, preset, `${preset}-${type}-${i}`));
      }
      const byScore = [...all].sort((a, b) => a.performance - b.performance);
      const chosen = byScore[Math.floor((byScore.length - 1) / 2)];
      results.push({ type, path, preset, ...chosen, performanceScores: all.map((r) => r.performance) });
    }
  }
  return results;
}

async function lighthouseRun(url, preset, name) {
  const dir = join(work, 'lighthouse');
  await mkdir(dir, { recursive: true });
  const outputPath = join(dir, `${name}.json`);
  const args = [
    bin.lighthouse,
    url,
    '--output=json',
    `--output-path=${outputPath}`,
    '--quiet',
    '--chrome-flags=--headless=new --no-sandbox',
    `--only-categories=${CATEGORIES.join(',')}`,
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  await run(process.execPath, args, { env: { CHROME_PATH: chromium.binary } });
  return summarize(JSON.parse(await readFile(outputPath, 'utf8')));
}

/** Scores 0–100 (null when Lighthouse could not score), LCP and TBT in ms, CLS unitless. */
function summarize(report) {
  const score = (id) => {
    const value = report.categories[id]?.score;
    return value === null || value === undefined ? null : Math.round(value * 100);
  };
  const audit = (id) => report.audits[id]?.numericValue ?? null;
  // Audits that cost points outside performance (those with weight in their category).
  const failing = Object.values(report.categories)
    .filter((c) => c.id !== 'performance')
    .flatMap((c) => c.auditRefs.filter((ref) => ref.weight > 0).map((ref) => report.audits[ref.id]))
    .filter((a) => a && a.score !== null && a.score < 1)
    .map((a) => a.id);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    failingAudits: [...new Set(failing)],
    runtimeError: report.runtimeError?.code ?? null,
  };
}
