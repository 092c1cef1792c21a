/**
 * Page weight per page type, in gzip bytes (zlib level 9 over each response body; see
 * gzipBytes in common.mjs).
 *
 * Method: measured in Chromium with Playwright, recording every response of a page load (the
 * page, its scripts, the map's worker, basemap.json, the font, the favicon):
 * - load 1, map blocked: requests for the map chunk (`_astro/map.*.js`) and the MapLibre
 *   worker are aborted, so the scripts that still load are exactly the JS the page needs
 *   before the map ("JS before map").
 * - load 2, normal: waits until the map is ready and the network is idle. Scripts not seen in
 *   load 1 are the map's JS (map chunk, which bundles maplibre-gl, plus its worker).
 * The inline parts of the HTML are also weighed on their own: CSS (every <style>, plus any
 * stylesheet files; the share of MapLibre's own rules is weighed apart) and data (the <script type="application/json" data-explorer-data> payload).
 * "Page total" is what a reader downloads except maplibre-gl and its worker: the HTML document
 * (inline CSS and data included), stylesheet files, JS before map, basemap, font and anything
 * else the page fetched (favicon).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipBytes, log } from './common.mjs';

const isMapScript = (url) => /\/_astro\/map\.[^/]*\.js(\?|$)/.test(url) || /maplibre-gl-worker\.[^/]*\.m?js(\?|$)/.test(url);

/** The three page types, by path; the event is the first slug of the build, by name. */
export function pageTypes(outDir) {
  const [firstSlug] = readdirSync(join(outDir, 'fr/events')).sort();
  return [
    { type: 'explorer', path: '/fr/' },
    { type: 'event', path: `/fr/events/${firstSlug}/` },
    { type: 'embed', path: '/fr/embed/' },
  ];
}

/** Weighs every page type of a served build. */
export async function pageWeights(browser, baseUrl, outDir) {
  const results = {};
  for (const { type, path } of pageTypes(outDir)) {
    log(`weight ${path}`);
    results[type] = { path, ...(await weighPage(browser, baseUrl + path)) };
  }
  return results;
}

async function weighPage(browser, url) {
  const blocked = await recordLoad(browser, url, { blockMap: true });
  const full = await recordLoad(browser, url, { blockMap: false });
  const beforeMapScripts = new Set(blocked.filter((r) => r.kind === 'script').map((r) => r.url));

  const sum = (responses) => responses.reduce((total, r) => total + gzipBytes(r.body), 0);
  const of = (kind) => full.filter((r) => r.kind === kind);
  const document = of('document');
  const html = document[0]?.body.toString('utf8') ?? '';
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
  // MapLibre's own stylesheet, when the build inlines it into the page: shown apart.
  const maplibreCss = (inlineCss.match(/[^{}]*\.maplibregl[^{}]*\{[^}]*\}/g) ?? []).join('');
  const data = /<script type="application\/json" data-explorer-data>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

  const jsBeforeMap = sum(blocked.filter((r) => r.kind === 'script'));
  const mapScripts = of('script').filter((r) => !beforeMapScripts.has(r.url));
  const weights = {
    html: sum(document),
    inlineCss: inlineCss ? gzipBytes(Buffer.from(inlineCss)) : 0,
    maplibreCss: maplibreCss ? gzipBytes(Buffer.from(maplibreCss)) : 0,
    cssFiles: sum(of('stylesheet')),
    jsBeforeMap,
    mapJs: sum(mapScripts),
    basemap: sum(of('basemap')),
    data: data ? gzipBytes(Buffer.from(data)) : 0,
    font: sum(of('font')),
    other: sum(of('other')),
  };
  weights.css = weights.inlineCss + weights.cssFiles;
  // Inline CSS and data are inside the HTML document already: not added twice.
  weights.pageTotal = weights.html + weights.cssFiles + jsBeforeMap + weights.basemap + weights.font + weights.other;
  return {
    bytes: weights,
    mapScriptUrls: mapScripts.map((r) => new URL(r.url).pathname),
    mapOnlyByName: mapScripts.every((r) => isMapScript(r.url)),
    otherUrls: of('other').map((r) => new URL(r.url).pathname),
  };
}

/** Loads `url` in a fresh context and returns every response with its body and kind. */
async function recordLoad(browser, url, { blockMap }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (blockMap) await page.route((u) => isMapScript(u.href), (route) => route.abort());
  const pending = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => ({ url: response.url(), kind: kindOf(response), body }),
        () => null, // Redirects and aborted requests have no body.
      ),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  if (await page.locator('[data-map-frame]').count()) {
    // The map starts when a reader reaches for it: the pointer over the map.
    await page.hover('[data-map-frame]');
    // Blocked, the map fails and the static map stays; either way loading is over.
    await page.waitForSelector('[data-map-frame][data-map-state=ready], [data-map-frame][data-map-state=failed]', { timeout: 120_000 });
  }
  await page.waitForLoadState('networkidle');
  const responses = (await Promise.all(pending)).filter(Boolean);
  await context.close();
  return responses;
}

function kindOf(response) {
  const url = response.url();
  const type = response.request().resourceType();
  if (type === 'document') return 'document';
  if (type === 'stylesheet') return 'stylesheet';
  if (/\/basemap\.json(\?|$)/.test(url)) return 'basemap';
  if (type === 'font' || /\.woff2?(\?|$)/.test(url)) return 'font';
  if (type === 'script' || /\.m?js(\?|$)/.test(url)) return 'script';
  return 'other';
}
