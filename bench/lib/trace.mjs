/**
 * Reads a Chromium trace (the JSON event array CDP Tracing returns) for the renderer main
 * thread between the User Timing marks `trace-steps-start` and `trace-steps-end`: top-level task
 * time, split by what each task mostly did, and self time per trace event name; per step too
 * when each step starts with a `trace-step` mark.
 */

const WRAPPERS = new Set(['ThreadControllerImpl::RunTask', 'RunTask', 'ThreadPool_RunTask', 'SequenceManager RunTask']);

/** Names of the trace events nested in `node`, outermost first, skipping task wrappers. */
function kindOf(node) {
  let n = node;
  while (WRAPPERS.has(n.name) && n.children.length) {
    n = n.children.reduce((a, b) => (b.dur > a.dur ? b : a));
  }
  if (WRAPPERS.has(n.name)) return `${n.name} (nothing traced inside)`;
  return n.name;
}

export function analyseTrace(events, { steps }) {
  const mark = (name) => events.find((e) => e.name === name && String(e.cat).includes('blink.user_timing'));
  const start = mark('trace-steps-start');
  const end = mark('trace-steps-end');
  if (!start || !end) throw new Error('trace: steps marks not found');
  const { pid, tid } = start;
  const window = [start.ts, end.ts];
  const inWindow = (e) => e.pid === pid && e.tid === tid && e.ts >= window[0] && e.ts <= window[1];

  // Complete events (X), and B/E pairs turned into complete ones.
  const spans = [];
  const open = [];
  for (const e of events.filter(inWindow).sort((a, b) => a.ts - b.ts)) {
    if (e.ph === 'X' && typeof e.dur === 'number') spans.push({ name: e.name, cat: e.cat, ts: e.ts, dur: e.dur, args: e.args });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const b = open.pop();
      if (b) spans.push({ name: b.name, cat: b.cat, ts: b.ts, dur: e.ts - b.ts, args: b.args });
    }
  }
  spans.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const roots = [];
  const stack = [];
  for (const s of spans) {
    s.children = [];
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur < s.ts + s.dur - 0.5) stack.pop();
    if (stack.length) stack.at(-1).children.push(s);
    else roots.push(s);
    stack.push(s);
  }

  const byKind = new Map();
  const bySelf = new Map();
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  const visit = (node) => {
    const childTime = node.children.reduce((sum, c) => sum + c.dur, 0);
    add(bySelf, node.name, Math.max(0, node.dur - childTime) / 1000);
    node.children.forEach(visit);
  };
  let total = 0;
  for (const root of roots) {
    total += root.dur / 1000;
    add(byKind, kindOf(root), root.dur / 1000);
    visit(root);
  }

  // Per step, when the steps are marked (`trace-step`): top-level task time, and the part of it
  // spent in GLES2::ReadPixels, where the compositor's commit reads the WebGL canvas back (the
  // main thread waits for the GPU process to finish drawing the frame, then for the copy).
  const stepStarts = events
    .filter((e) => e.name === 'trace-step' && e.pid === pid && String(e.cat).includes('blink.user_timing'))
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const perStepSamples = stepStarts.map((from, i) => {
    const to = stepStarts[i + 1] ?? window[1];
    const mine = roots.filter((r) => r.ts >= from && r.ts < to);
    const sum = (list) => list.reduce((ms, r) => ms + r.dur / 1000, 0);
    const readPixels = [];
    const find = (node) => (node.name === 'GLES2::ReadPixels' ? readPixels.push(node) : node.children.forEach(find));
    mine.forEach(find);
    return { taskMs: sum(mine), readPixelsMs: sum(readPixels), readPixelsCalls: readPixels.length };
  });
  const perStep = (map) =>
    [...map.entries()].map(([name, ms]) => ({ name, ms: ms / steps })).sort((a, b) => b.ms - a.ms);
  return {
    steps,
    wallMsPerStep: (window[1] - window[0]) / 1000 / steps,
    taskMsPerStep: total / steps,
    tasksPerStep: roots.length / steps,
    byKind: perStep(byKind),
    bySelf: perStep(bySelf),
    perStepSamples,
  };
}

export function formatAnalysis(a, { top = 25 } = {}) {
  const rows = (list) =>
    list
      .filter((r) => r.ms >= 0.05)
      .slice(0, top)
      .map((r) => `  ${r.ms.toFixed(2).padStart(8)} ms  ${r.name}`)
      .join('\n');
  return [
    `per step: wall ${a.wallMsPerStep.toFixed(1)} ms, main-thread top-level tasks ${a.taskMsPerStep.toFixed(1)} ms in ${a.tasksPerStep.toFixed(1)} tasks`,
    'top-level tasks by what they mostly did (ms per step):',
    rows(a.byKind),
    'self time by trace event (ms per step):',
    rows(a.bySelf),
  ].join('\n');
}

/** Trace categories: enough for task, script, style/layout/paint, commit and GPU-wait events. */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink',
  'blink.user_timing',
  'cc',
  'gpu',
  'toplevel',
  'v8.execute',
  'v8',
  'renderer.scheduler',
  'disabled-by-default-gpu.service',
];

/**
 * Records a trace while `runStep(i)` runs for i in [from, from + steps), each step marked, and
 * returns the raw events. `page` is a Playwright page, `context` its browser context.
 */
export async function traceSteps(page, context, { from, steps, runStep }) {
  const cdp = await context.newCDPSession(page);
  const chunks = [];
  cdp.on('Tracing.dataCollected', (e) => chunks.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: 'recordAsMuchAsPossible' } });
  await page.evaluate(() => performance.mark('trace-steps-start'));
  const results = [];
  for (let i = from; i < from + steps; i++) {
    await page.evaluate(() => performance.mark('trace-step'));
    results.push(await runStep(i));
  }
  await page.evaluate(() => performance.mark('trace-steps-end'));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return { events: chunks, results };
}
