/**
 * Interaction figures on the explorer (/fr/), in Chromium driven by Playwright.
 *
 * Slider step. Once the map is ready ([data-map-frame][data-map-state=ready]), a CDP session
 * reads the main thread's cumulative TaskDuration (Performance.getMetrics) before and after
 * each step. A step sets the range input [data-slider] one notch further and dispatches an
 * `input` event (what a reader dragging it produces), then waits for two animation frames,
 * for MapLibre's next `idle` (its redraw with the new data; at most 3 s; at once if no render has
 * started after the two frames and the map is not moving: the step changed nothing on it) and a
 * 50 ms settle.
 * The difference is the main-thread work the step caused (the few tenths of a millisecond of
 * the benchmark's own page.evaluate are included). Steps sweep from the end of the span
 * backwards and forwards, one notch at a time, as a drag would.
 * Headless Chromium here has no GPU: WebGL runs on SwiftShader (software) and the compositor is
 * the software one, which reads every WebGL frame back (GLES2::ReadPixels in the commit of
 * each rendering update): the main thread waits there for SwiftShader to finish drawing the
 * frame and for the copy, so TaskDuration counts the drawing too.
 *
 * Traced pass. Then a Chromium trace (lib/trace.mjs) over `tracedSteps` further steps splits
 * each step's top-level task time into that ReadPixels wait and everything else (our script,
 * MapLibre's script, style, layout, paint, worker messages). With GPU compositing, as on a
 * machine with a GPU, the canvas reaches the compositor without that read-back; the rest is
 * main-thread work on any machine. Tracing adds overhead, so these figures run somewhat higher
 * than the untraced TaskDuration ones.
 *
 * Map first idle. The page marks `map-first-idle` (User Timing) when MapLibre first becomes
 * idle; its startTime is the time from navigation start. Each load uses a fresh context (cold
 * cache); the median over the loads is reported.
 */
import { log, median, quantile } from './common.mjs';
import { analyseTrace, traceSteps } from './trace.mjs';

const READY = '[data-map-frame][data-map-state=ready]';
const MAP_TIMEOUT_MS = 180_000;

/**
 * Main-thread ms per slider step (TaskDuration): median and p95 over `steps` steps. Beside it,
 * to tell the parts apart: ScriptDuration (JavaScript only), the synchronous `input` handler
 * (timed in the page around dispatchEvent) and how many frames MapLibre drew for the step.
 */
export async function sliderStepCost(browser, url, { steps = 100, tracedSteps = 20 } = {}) {
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
  // A second, traced pass over the next `tracedSteps` steps of the same drag (tracing adds its
  // own overhead, so its figures stand apart from the TaskDuration ones above).
  const traced = await traceSteps(page, context, {
    from: steps + 1,
    steps: tracedSteps,
    runStep: (i) => page.evaluate(stepSlider, dragPosition(max, i)),
  });
  const analysis = analyseTrace(traced.events, { steps: tracedSteps });
  const perStep = analysis.perStepSamples;
  const outside = perStep.map((s) => s.taskMs - s.readPixelsMs);
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
    traced: {
      steps: tracedSteps,
      taskMedianMs: median(perStep.map((s) => s.taskMs)),
      taskP95Ms: quantile(perStep.map((s) => s.taskMs), 0.95),
      readPixelsMedianMs: median(perStep.map((s) => s.readPixelsMs)),
      readPixelsP95Ms: quantile(perStep.map((s) => s.readPixelsMs), 0.95),
      readPixelsCallsMedian: median(perStep.map((s) => s.readPixelsCalls)),
      outsideReadPixelsMedianMs: median(outside),
      outsideReadPixelsP95Ms: quantile(outside, 0.95),
      framesMedian: median(traced.results.map((r) => r.frames)),
      // ms per step, averaged over the traced steps: top-level tasks by what they mostly did,
      // and the trace events with the most self time.
      byKind: analysis.byKind.slice(0, 12),
      bySelf: analysis.bySelf.slice(0, 20),
    },
  };
}

/** Runs in the page: one slider step, resolved once the map has redrawn and gone idle. */
export async function stepSlider(value) {
  const slider = document.querySelector('[data-slider]');
  const map = document.querySelector('[data-map]').maplibreMap;
  let frames = 0;
  const countFrame = () => frames++;
  map.on('render', countFrame);
  let onIdle;
  const idle = new Promise((resolve) => {
    onIdle = resolve;
    map.once('idle', resolve);
    setTimeout(resolve, 3000);
  });
  const start = performance.now();
  slider.value = String(value);
  slider.dispatchEvent(new Event('input', { bubbles: true }));
  const handlerMs = performance.now() - start;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  // A step that changes nothing on the map starts no render, so no `idle` follows: done now.
  if (frames === 0 && !map.isMoving()) {
    map.off('idle', onIdle);
    onIdle();
  }
  await idle;
  await new Promise((r) => setTimeout(r, 50));
  map.off('render', countFrame);
  return { handlerMs, frames };
}

/** The i-th position of a drag that goes from `max` to 0 and back, one notch at a time. */
export function dragPosition(max, i) {
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
