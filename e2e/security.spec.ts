/**
 * Security gates, in a real browser: every page type carries the Content-Security-Policy of
 * src/lib/csp.ts and nothing it would have to loosen; the map draws under it (e2e/fixtures.ts
 * fails any test that triggers a CSP violation); links to other sites give them neither the
 * opener nor the referrer; and the embed shrugs off whatever a host page posts into it.
 */
import { createHash } from 'node:crypto';
import { test as bare, type APIRequestContext, type Page } from '@playwright/test';
import { metaPolicy } from '../src/lib/csp';
import { expect, renderedBases, test, waitForMap } from './fixtures';

interface PageFacts {
  /** Tag and http-equiv of the first element in <head>, e.g. `meta Content-Security-Policy`. */
  firstInHead: string;
  policies: string[];
  /** Inline scripts other than JSON data blocks, with their text. */
  inlineScripts: { type: string; text: string }[];
  /** Elements with on* event handler attributes, and javascript: links. */
  inlineHandlers: string[];
  /** Links to other origins, with their rel tokens. */
  externalLinks: { href: string; rel: string[] }[];
  eventLinks: string[];
}

/** Reads a page as served, parsed by Chromium's own HTML parser without running anything. */
async function factsOf(page: Page, request: APIRequestContext, path: string, status = 200): Promise<PageFacts> {
  const response = await request.get(path);
  expect(response.status(), `${path} is served`).toBe(status);
  const html = await response.text();
  return page.evaluate(
    ({ html, url }) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const first = doc.head.firstElementChild;
      const all = [...doc.querySelectorAll('*')];
      return {
        firstInHead: `${first?.localName} ${first?.getAttribute('http-equiv') ?? ''}`.trim(),
        policies: [...doc.querySelectorAll('meta')]
          .filter((m) => m.httpEquiv.toLowerCase() === 'content-security-policy')
          .map((m) => m.content),
        inlineScripts: [...doc.querySelectorAll('script:not([src])')]
          .map((s) => ({ type: s.getAttribute('type') ?? '', text: s.textContent ?? '' }))
          .filter((s) => !/^application\/(ld\+)?json$/i.test(s.type)),
        inlineHandlers: all.flatMap((el) => [
          ...el.getAttributeNames().filter((a) => a.startsWith('on')).map((a) => `<${el.localName} ${a}>`),
          ...(/^\s*javascript:/i.test(el.getAttribute('href') ?? '') ? [`<${el.localName} href=javascript:>`] : []),
        ]),
        externalLinks: [...doc.querySelectorAll('a[href]')]
          .map((a) => ({ href: new URL(a.getAttribute('href')!, url), rel: (a.getAttribute('rel') ?? '').split(/\s+/) }))
          .filter(({ href }) => /^https?:$/.test(href.protocol) && href.origin !== new URL(url).origin)
          .map(({ href, rel }) => ({ href: href.href, rel })),
        eventLinks: [...doc.querySelectorAll('.event__title a')].map((a) => new URL(a.getAttribute('href')!, url).href),
      };
    },
    { html, url: response.url() },
  );
}

const scriptHashes = (policy: string) =>
  /(?:^|;)\s*script-src ([^;]*)/.exec(policy)?.[1]?.split(/\s+/).filter((s) => s.startsWith("'sha")) ?? [];
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Every page type: root, explorer, event page, embed, 404, in both languages where there are two. */
async function pagesToCheck(page: Page, request: APIRequestContext) {
  const paths = ['', 'fr/', 'en/', 'fr/embed/', 'en/embed/', '404.html'];
  for (const lang of ['fr', 'en']) {
    // Every event page of each language, found from the explorer's list.
    const { eventLinks } = await factsOf(page, request, `${lang}/`);
    expect(eventLinks.length).toBeGreaterThan(0);
    paths.push(...eventLinks);
  }
  return paths;
}

test('every page carries the strict CSP first in <head>, and nothing it would have to loosen', async ({ page, request }) => {
  expect(metaPolicy).not.toContain("'unsafe-eval'");
  for (const path of await pagesToCheck(page, request)) {
    const facts = await factsOf(page, request, path);
    expect(facts.policies, `${path}: one CSP meta element, from src/lib/csp.ts`).toEqual([metaPolicy]);
    expect(facts.firstInHead, `${path}: the CSP applies from the start of <head>`).toBe('meta Content-Security-Policy');
    expect(facts.policies[0]).not.toContain("'unsafe-eval'");
    expect(facts.policies[0]).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    // An inline script runs only if the policy lists its hash; JSON data blocks never run.
    const hashes = scriptHashes(facts.policies[0]!);
    for (const script of facts.inlineScripts) {
      expect(hashes, `${path}: inline <script type="${script.type}"> must be hashed in script-src`).toContain(
        sha256(script.text),
      );
    }
    expect(facts.inlineHandlers, `${path}: inline event handlers`).toEqual([]);
  }
});

test('the 404 page a static host serves for an unknown path carries the CSP too', async ({ page, request }) => {
  const facts = await factsOf(page, request, 'no/such/page/', 404);
  expect(facts.policies).toEqual([metaPolicy]);
  expect(facts.firstInHead).toBe('meta Content-Security-Policy');
});

test('links to other sites open without the opener and without the referrer', async ({ page, request }) => {
  let checked = 0;
  for (const path of await pagesToCheck(page, request)) {
    for (const link of (await factsOf(page, request, path)).externalLinks) {
      expect(link.rel, `${path}: ${link.href}`).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
      checked++;
    }
  }
  // Event pages cite their sources, so there are links to check.
  expect(checked).toBeGreaterThan(0);
});

for (const path of ['fr/', 'en/', 'fr/embed/', 'en/embed/']) {
  test(`MapLibre draws the map at ${path} under the CSP, without a violation`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('head > meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', metaPolicy);
    await waitForMap(page);
    await expect(page.locator('div[data-map] canvas')).toBeVisible();
    expect(await renderedBases(page)).toHaveLength(3);
    // Map labels are the page's own HTML in its own font: no font face failed to load.
    expect(await page.evaluate(() => [...document.fonts].every((f) => f.status !== 'error'))).toBe(true);
  });
}

// Without the standing fixture: this test provokes violations on purpose.
bare('the CSP is enforced: injected inline script and eval do not run', async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction('__violation', (directive: string) => violations.push(directive));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __violation: (d: string) => void }).__violation(e.effectiveDirective),
    ),
  );
  await page.goto('en/');
  const outcome = await page.evaluate(() => {
    const w = window as unknown as { injected?: boolean };
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    // A string timer is eval: it runs later, as page code (DevTools' own evaluation may eval).
    (setTimeout as (code: string, ms: number) => number)('window.evaluated = true', 0);
    return new Promise((resolve) =>
      setTimeout(() => resolve({ injected: w.injected ?? false, evaluated: 'evaluated' in window }), 50),
    );
  });
  expect(outcome).toEqual({ injected: false, evaluated: false });
  await expect.poll(() => violations).toEqual(expect.arrayContaining(['script-src-elem', 'script-src']));
});

test('the embed ignores malformed and foreign postMessage traffic', async ({ page }) => {
  // A stand-in for a newsroom article: the embed, and an ad frame from another (opaque) origin.
  await page.route('**/article-with-garbage.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Article</title><link rel="icon" href="data:,">
        <iframe id="embed" src="en/embed/" title="Map of the attacks" width="800" height="900"></iframe>
        <iframe id="ad" sandbox="allow-scripts" title="Ad" srcdoc="<p>ad</p>"></iframe>`,
    }),
  );
  await page.goto('article-with-garbage.html');
  const embed = page.frameLocator('#embed');
  const slider = embed.getByRole('slider');
  await expect(slider).toBeEnabled();
  const frame = page.frames().find((f) => f.url().includes('/embed/'))!;
  const state = () =>
    frame.evaluate(() => ({
      url: location.href,
      slider: (document.querySelector('input[type=range]') as HTMLInputElement).value,
      readout: document.querySelector('[data-readout]')?.textContent,
      events: [...document.querySelectorAll('.event')].map((e) => e.className),
      selection: document.querySelector('[data-selection]')?.innerHTML,
      polluted: 'polluted' in {},
    }));
  const before = await state();

  // Errors inside the frame, and a marker telling when every message has been dispatched.
  await frame.evaluate(() => {
    const w = window as unknown as { frameErrors: string[]; garbageDone: Promise<void> };
    w.frameErrors = [];
    addEventListener('error', (e) => w.frameErrors.push(e.message));
    addEventListener('unhandledrejection', (e) => w.frameErrors.push(String(e.reason)));
    w.garbageDone = new Promise((resolve) =>
      addEventListener('message', (e) => e.data === 'garbage-done' && resolve()),
    );
  });

  const garbage = `[
    'hello', '', '{"type":"embed-size","height":1}', 'null', null, 0, -1, NaN, true, [], [1, 'two', null],
    {}, { type: 42 }, { type: 'embed-size' }, { sentinel: 'amp', type: 'embed-size', height: 'x' },
    { sentinel: 'amp', type: 'embed-size', height: -1e9 }, { sentinel: 'amp', type: 'embed-size' },
    { sentinel: 'amp', type: 'embed-time', t: '<img src=x onerror=alert(1)>' },
    { sentinel: 'amp', type: 'embed-select', event: '../../../etc/passwd' },
    { type: 'select', slug: '2023-10-18-al-harir-drone' }, { t: 'not-a-time', event: 'nope' },
    JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
    { data: { data: { data: {} } } }, new Date(0), new Uint8Array(8), new Map([[1, 2]])
  ]`;
  // From the host page, same origin as the embed in this test…
  await page.evaluate(`(() => {
    const target = document.getElementById('embed').contentWindow;
    for (const message of ${garbage}) target.postMessage(message, '*');
  })()`);
  // …and from a frame of another origin.
  const ad = page.frames().find((f) => f.url() === 'about:srcdoc')!;
  await ad.evaluate(`(() => {
    const target = parent.frames[0];
    for (const message of ${garbage}) target.postMessage(message, '*');
    target.postMessage('garbage-done', '*');
  })()`);
  await frame.evaluate(() => (window as unknown as { garbageDone: Promise<void> }).garbageDone);

  expect(await frame.evaluate(() => (window as unknown as { frameErrors: string[] }).frameErrors)).toEqual([]);
  expect(await state()).toEqual(before);
  // Still working: the slider moves the readout and the list.
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(embed.locator('[data-readout]')).not.toHaveText(before.readout!);
  await expect(embed.locator('.event--later')).toHaveCount(before.events.length);
});
