/**
 * Interaction figures on the explorer (/fr/), in Chromium driven by Playwright.
 *
 * Slider step. Once the map is ready ([data-map-frame][data-map-state=ready]), a CDP session
 * reads the main thread's cumulative TaskDuration (Performance.getMetrics) before and after
 * each step. A step sets the range input [data-slider] one notch further and dispatches an
 * `input` event (what a reader dragging it produces), then waits for two animation frames,
 * for MapLibre's next `idle` (its redraw with the new data; at most 3 s) and a 50 ms settle.
 * The difference is the main-thread work the step caused (the few tenths of a millisecond of
 * the benchmark's own page.evaluate are included). Steps sweep from the end of the span
 * backwards and forwards, one notch at a time, as a drag would.
 * Headless Chromium here has no GPU: WebGL runs on SwiftShader (software), and the main thread
 * waits for it inside MapLibre's frames, so TaskDuration counts the drawing too.
 *
 * Map first idle. The page marks `map-first-idle` (User Timing) when MapLibre first becomes
 * idle; its startTime is the time from navigation start. Each load uses a fresh context (cold
 * cache); the median over the loads is reported.
 */
import { log, median, quantile } from './common.mjs';

const READY = '[data-map-frame][data-map-state=ready]';
const MAP_TIMEOUT_MS = 180_000;

/**
 * Main-thread ms per slider step (TaskDuration): median and p95 over `steps` steps. Beside it,
 * to tell the parts apart: ScriptDuration (JavaScript only), the synchronous `input` handler
 * (timed in the page around dispatchEvent) and how many frames MapLibre drew for the step.
 */
export async function sliderStepCost(browser, url, { steps = 100 } = {}) {
  log(`slider steps on ${url}`);
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(MAP_TIMEOUT_MS); // 10,000 events make a large page
  await page.goto(url);
  await page.hover('[data-map-frame]'); // the map starts when a reader reaches for it
  await page.waitForSelector(READY, { timeout: MAP_TIMEOUT_MS });
  await page.waitForLoadState('networkidle');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));

  const max = Number(await page.getAttribute('[data-slider]', 'max'));
  const samples = { task: [], script: [], handler: [], frames: [] };
  for (let i = 0; i < steps; i++) {
    const before = await metrics();
    const step = await page.evaluate(stepSlider, dragPosition(max, i + 1));
    const after = await metrics();
    samples.task.push((after.TaskDuration - before.TaskDuration) * 1000);
    samples.script.push((after.ScriptDuration - before.ScriptDuration) * 1000);
    samples.handler.push(step.handlerMs);
    samples.frames.push(step.frames);
  }
  await context.close();
  return {
    steps,
    sliderMax: max,
    medianMs: median(samples.task),
    p95Ms: quantile(samples.task, 0.95),
    maxMs: Math.max(...samples.task),
    scriptMedianMs: median(samples.script),
    scriptP95Ms: quantile(samples.script, 0.95),
    handlerMedianMs: median(samples.handler),
    handlerP95Ms: quantile(samples.handler, 0.95),
    framesMedian: median(samples.frames),
  };
}

/** Runs in the page: one slider step, resolved once the map has redrawn and gone idle. */
async function stepSlider(value) {
  const slider = document.querySelector('[data-slider]');
  const map = document.querySelector('[data-map]').maplibreMap;
  let frames = 0;
  const countFrame = () => frames++;
  map.on('render', countFrame);
  const idle = new Promise((resolve) => {
    map.once('idle', resolve);
    setTimeout(resolve, 3000);
  });
  const start = performance.now();
  slider.value = String(value);
  slider.dispatchEvent(new Event('input', { bubbles: true }));
  const handlerMs = performance.now() - start;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await idle;
  await new Promise((r) => setTimeout(r, 50));
  map.off('render', countFrame);
  return { handlerMs, frames };
}

/** The i-th position of a drag that goes from `max` to 0 and back, one notch at a time. */
function dragPosition(max, i) {
  const period = 2 * max;
  const phase = i % period;
  return phase <= max ? max - phase : phase - max;
}

/** ms from navigation start to the map's first idle, median over `loads` cold loads. */
export async function mapFirstIdle(browser, url, { loads = 3 } = {}) {
  const times = [];
  for (let i = 0; i < loads; i++) {
    log(`map first idle on ${url}, load ${i + 1}/${loads}`);
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(MAP_TIMEOUT_MS);
    await page.goto(url);
    // A reader who reaches for the map as soon as the page has loaded.
    await page.hover('[data-map-frame]');
    await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, null, {
      timeout: MAP_TIMEOUT_MS,
    });
    times.push(await page.evaluate(() => performance.getEntriesByName('map-first-idle')[0].startTime));
    await context.close();
  }
  return { loads, medianMs: median(times), allMs: times };
}
