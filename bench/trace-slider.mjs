/**
 * Where a slider step's main-thread time goes: records a Chromium trace (CDP Tracing) over a
 * few slider steps on the explorer and prints the renderer main thread's time per step, by the
 * kind of top-level task and by trace event (self time). Development tool, not part of
 * `npm run bench`; the steps are the benchmark's own (lib/interaction.mjs).
 *
 *   node bench/trace-slider.mjs http://localhost:4331/fr/ [steps=20] [trace.json]
 *   CHROMIUM_ARGS="--flag --other" node bench/trace-slider.mjs ...   extra Chromium flags
 */
import { writeFile } from 'node:fs/promises';
import { chromium as playwright } from 'playwright-core';
import { chromium, median, quantile } from './lib/common.mjs';
import { dragPosition, stepSlider } from './lib/interaction.mjs';
import { analyseTrace, formatAnalysis, traceSteps } from './lib/trace.mjs';

const [url, stepsArg = '20', out] = process.argv.slice(2);
if (!url) throw new Error('usage: node bench/trace-slider.mjs <explorer url> [steps] [trace.json]');
const steps = Number(stepsArg);
const args = (process.env.CHROMIUM_ARGS ?? '').split(' ').filter(Boolean);

const browser = await playwright.launch({ executablePath: chromium.wrapper, args });
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(180_000);
  await page.goto(url);
  await page.hover('[data-map-frame]');
  await page.waitForSelector('[data-map-frame][data-map-state=ready]');
  await page.waitForLoadState('networkidle');
  const max = Number(await page.getAttribute('[data-slider]', 'max'));
  for (let i = 1; i <= 3; i++) await page.evaluate(stepSlider, dragPosition(max, i)); // warm up
  const { events, results } = await traceSteps(page, context, {
    from: 4,
    steps,
    runStep: (i) => page.evaluate(stepSlider, dragPosition(max, i)),
  });
  if (out) await writeFile(out, JSON.stringify({ traceEvents: events }));
  const analysis = analyseTrace(events, { steps });
  const fmt = (list) => `median ${median(list).toFixed(1)} / p95 ${quantile(list, 0.95).toFixed(1)} ms`;
  const s = analysis.perStepSamples;
  console.log(`${url}: ${steps} steps; input handler ${fmt(results.map((r) => r.handlerMs))}; map frames ${results.map((r) => r.frames).join(' ')}`);
  console.log(
    `per step (traced): tasks ${fmt(s.map((x) => x.taskMs))}; GLES2::ReadPixels ${fmt(s.map((x) => x.readPixelsMs))}` +
      ` (${median(s.map((x) => x.readPixelsCalls))} calls); tasks outside it ${fmt(s.map((x) => x.taskMs - x.readPixelsMs))}`,
  );
  console.log(formatAnalysis(analysis));
} finally {
  await browser.close();
}
