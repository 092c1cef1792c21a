/**
 * Turns the measured figures into the one table `npm run bench` prints: a row per figure, with
 * its target and whether it is met where the brief sets one. Nothing here measures.
 */
import { KB } from './common.mjs';

export const TARGETS = {
  mobilePerformance: { explorer: 95, embed: 95, event: 100 },
  otherScores: 100, // accessibility, best practices, SEO, every page type and preset
  cls: 0,
  jsBeforeMapKb: 30,
  pageTotalKb: 60,
  buildSeconds: 30,
  buildPeakMb: 1.5 * 1024,
  sliderStepMs: 8,
};

const kb = (bytes) => `${(bytes / KB).toFixed(1)}`;
const ms = (value) => (value === null || value === undefined ? 'n/a' : `${Math.round(value)} ms`);
const verdict = (ok) => (ok ? 'met' : 'MISSED');

export function buildRows(builds) {
  return builds.map((b) => {
    const row = {
      figure: `Build: ${b.label} (${b.records.toLocaleString('en')} records, ${b.pages.toLocaleString('en')} pages)`,
      measured: `${b.seconds.toFixed(1)} s · peak RSS ${Math.round(b.peakRssMb)} MB (largest process ${Math.round(b.largestProcessRssMb)} MB, process tree ${b.treeRssMb === null ? 'n/a' : Math.round(b.treeRssMb)} MB)`,
    };
    if (b.name !== 'synthetic-10000') return row;
    const ok = b.seconds <= TARGETS.buildSeconds && b.peakRssMb <= TARGETS.buildPeakMb;
    return { ...row, target: `≤ ${TARGETS.buildSeconds} s and ≤ ${TARGETS.buildPeakMb} MB`, result: verdict(ok) };
  });
}

export function weightRows(weights) {
  return Object.entries(weights).map(([type, w]) => {
    const b = w.bytes;
    const parts = [
      `HTML ${kb(b.html)}`,
      `CSS ${kb(b.css)} (${b.cssFiles ? `files ${kb(b.cssFiles)}` : 'inline'}${b.maplibreCss ? `, of which maplibre-gl.css ${kb(b.maplibreCss)}` : ''})`,
      `JS before map ${kb(b.jsBeforeMap)}`,
      `map JS ${kb(b.mapJs)}`,
      `basemap ${kb(b.basemap)}`,
      `data ${kb(b.data)}`,
      `font ${kb(b.font)}`,
      `other ${kb(b.other)}`,
      `page total ${kb(b.pageTotal)}`,
    ];
    const ok = { js: b.jsBeforeMap <= TARGETS.jsBeforeMapKb * KB, total: b.pageTotal <= TARGETS.pageTotalKb * KB };
    const missed = [!ok.js && 'JS before map', !ok.total && 'page total'].filter(Boolean);
    return {
      figure: `Weight: ${type} ${w.path} (KB gzip -9)`,
      measured: parts.join(' · '),
      target: `JS before map ≤ ${TARGETS.jsBeforeMapKb} KB; page total ≤ ${TARGETS.pageTotalKb} KB`,
      result: missed.length ? `MISSED (${missed.join(', ')})` : 'met',
    };
  });
}

export function lighthouseRows(runs) {
  return runs.map((r) => {
    const perfTarget = r.preset === 'mobile' ? TARGETS.mobilePerformance[r.type] : undefined;
    const misses = [
      perfTarget !== undefined && !(r.performance >= perfTarget) && 'performance',
      !(r.accessibility >= TARGETS.otherScores) && 'accessibility',
      !(r.bestPractices >= TARGETS.otherScores) && 'best practices',
      !(r.seo >= TARGETS.otherScores) && 'SEO',
      !(r.cls === TARGETS.cls) && 'CLS',
    ].filter(Boolean);
    const failing = r.failingAudits.length ? ` · failing: ${r.failingAudits.join(', ')}` : '';
    return {
      figure: `Lighthouse ${r.preset}: ${r.type} ${r.path}`,
      measured:
        `perf ${r.performance} (runs ${r.performanceScores.join('/')}) · a11y ${r.accessibility} · BP ${r.bestPractices} · SEO ${r.seo}` +
        ` · LCP ${ms(r.lcpMs)} · TBT ${ms(r.tbtMs)} · CLS ${r.cls === null ? 'n/a' : r.cls.toFixed(3)}${failing}`,
      target: `${perfTarget !== undefined ? `perf ≥ ${perfTarget}; ` : ''}a11y, BP, SEO = 100; CLS = 0`,
      result: misses.length ? `MISSED (${misses.join(', ')})` : 'met',
    };
  });
}

export function interactionRows(interaction) {
  const rows = [];
  for (const i of interaction) {
    if (i.slider) {
      const row = {
        figure: `Slider step, main thread: ${i.label}`,
        measured:
          `TaskDuration median ${i.slider.medianMs.toFixed(1)} ms · p95 ${i.slider.p95Ms.toFixed(1)} ms (${i.slider.steps} steps)` +
          ` · of which script median ${i.slider.scriptMedianMs.toFixed(1)} / p95 ${i.slider.scriptP95Ms.toFixed(1)} ms` +
          ` · input handler median ${i.slider.handlerMedianMs.toFixed(1)} / p95 ${i.slider.handlerP95Ms.toFixed(1)} ms · ${i.slider.framesMedian} map frames`,
      };
      if (i.name === 'synthetic-10000') {
        const ok = i.slider.p95Ms <= TARGETS.sliderStepMs;
        Object.assign(row, { target: `TaskDuration p95 ≤ ${TARGETS.sliderStepMs} ms`, result: verdict(ok) });
      }
      rows.push(row);
      const t = i.slider.traced;
      if (t) {
        rows.push({
          figure: `Slider step, traced (${t.steps} steps): ${i.label}`,
          measured:
            `main-thread tasks median ${t.taskMedianMs.toFixed(1)} / p95 ${t.taskP95Ms.toFixed(1)} ms` +
            ` · of which waiting in GLES2::ReadPixels (SwiftShader finishing each WebGL frame and the software compositor's read-back, ${t.readPixelsCallsMedian} per step) median ${t.readPixelsMedianMs.toFixed(1)} / p95 ${t.readPixelsP95Ms.toFixed(1)} ms` +
            ` · everything else median ${t.outsideReadPixelsMedianMs.toFixed(1)} / p95 ${t.outsideReadPixelsP95Ms.toFixed(1)} ms · ${t.framesMedian} map frames`,
        });
      }
    }
    if (i.firstIdle) {
      rows.push({
        figure: `Navigation → map first idle (pointer over the map at load): ${i.label}`,
        measured: `median ${ms(i.firstIdle.medianMs)} (${i.firstIdle.allMs.map((t) => Math.round(t)).join(', ')})`,
      });
    }
  }
  return rows;
}

/** A plain-text table, columns padded to their widest cell. */
export function formatTable(rows) {
  const columns = [
    ['figure', 'Figure'],
    ['measured', 'Measured'],
    ['target', 'Target'],
    ['result', 'Result'],
  ];
  const cells = [columns.map(([, title]) => title), ...rows.map((r) => columns.map(([key]) => r[key] ?? ''))];
  const widths = columns.map((_, c) => Math.max(...cells.map((row) => row[c].length)));
  const line = (row) => `| ${row.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}
