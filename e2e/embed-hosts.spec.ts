/**
 * The embed in the host pages newsrooms actually use, each on another origin (e2e/host.ts):
 * a page whose `pym.Parent` makes the iframe (Pym.js, from node_modules), a page that calls
 * @newswire/frames' `observeIframe()` once the frame has loaded, a page with our embed.js, and
 * the bare snippet where the CMS strips scripts. Heights are measured, not assumed.
 */
import type { Frame, Locator, Page } from '@playwright/test';
import { embedHeight } from '../src/lib/embed-code';
import { article, expect, test, vendor } from './host';

const showList = { fr: 'Afficher la liste des événements', en: 'Show the list of events' } as const;

/** The embed frame whose URL matches, once its explorer is running. */
async function embedFrame(page: Page, url: RegExp): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => url.test(f.url())), { timeout: 10_000 }).toBe(true);
  const frame = page.frames().find((f) => url.test(f.url()))!;
  await expect(frame.getByRole('slider')).toBeEnabled();
  return frame;
}

async function heights(iframe: Locator, frame: Frame) {
  return {
    frame: await iframe.evaluate((el) => el.getBoundingClientRect().height),
    content: await frame.evaluate(() => document.documentElement.getBoundingClientRect().height),
  };
}

/** Waits until the iframe is as tall as the page inside it, within 5 px; returns the height. */
async function expectFitted(iframe: Locator, frame: Frame): Promise<number> {
  // Browsers pause rendering, and so resize observers, in cross-origin frames off screen.
  await iframe.scrollIntoViewIfNeeded();
  await expect
    .poll(async () => { const h = await heights(iframe, frame); return Math.abs(h.frame - h.content) <= 5; }, { timeout: 10_000 })
    .toBe(true);
  return (await heights(iframe, frame)).frame;
}

/** After load, after the reader shows the list, and after the host's column narrows to 360 px. */
async function followsContent(page: Page, iframe: Locator, frame: Frame, lang: 'fr' | 'en') {
  const compact = await expectFitted(iframe, frame);
  expect(compact).toBeGreaterThan(500);
  await frame.getByRole('button', { name: showList[lang] }).click();
  await expect(frame.locator('.event')).toHaveCount(7);
  const withList = await expectFitted(iframe, frame);
  expect(withList).toBeGreaterThan(compact + 300);
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await expectFitted(iframe, frame)).toBeGreaterThan(withList);
}

for (const lang of ['fr', 'en'] as const) {
  test(`Pym.js: a page whose pym.Parent makes the frame fits it to the embed (${lang})`, async ({ page, host, baseURL }) => {
    await page.setViewportSize({ width: 1000, height: 800 });
    const body = `<div id="iraq-map"></div>
      <script src="${vendor.pym}"></script>
      <script>window.parentFrame = new pym.Parent('iraq-map', ${JSON.stringify(`${baseURL}${lang}/embed/`)}, { title: 'Map' });</script>`;
    await page.goto(host.page(article(body)));
    const frame = await embedFrame(page, new RegExp(`/${lang}/embed/\\?initialWidth=\\d+&childId=iraq-map`));
    await followsContent(page, page.locator('#iraq-map iframe'), frame, lang);
  });

  test(`@newswire/frames: observeIframe called after the frame loaded still gets the height (${lang})`, async ({ page, host, baseURL }) => {
    await page.setViewportSize({ width: 1000, height: 800 });
    const body = `<iframe src="${baseURL}${lang}/embed/" title="Map" width="100%" scrolling="no" style="border:0;display:block"></iframe>
      <script src="${vendor.frames}"></script>`;
    await page.goto(host.page(article(body)));
    const frame = await embedFrame(page, new RegExp(`/${lang}/embed/$`));
    const iframe = page.locator('iframe');
    // The embed announced its height before anyone listened: the frame is still the default 150 px.
    expect(await iframe.evaluate((el) => el.getBoundingClientRect().height)).toBe(150);
    await iframe.evaluate((el) => (window as unknown as { newswireFrames: { observeIframe(f: Element): void } }).newswireFrames.observeIframe(el));
    await followsContent(page, iframe, frame, lang);
  });
}

test('embed.js: the pasted code with its script fits the frame (fr)', async ({ page, host, baseURL }) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  const body = `<iframe src="${baseURL}fr/embed/" title="Carte" width="100%" height="${embedHeight()}" loading="lazy" style="border:0"></iframe>
    <script async src="${baseURL}embed.js"></script>`;
  await page.goto(host.page(article(body)));
  const frame = await embedFrame(page, /\/fr\/embed\/$/);
  await followsContent(page, page.locator('iframe'), frame, 'fr');
});

test('no script: the snippet’s fixed height fits the compact embed from 320 to 1,200 px wide, with at most 15 % blank', async ({ page, host, baseURL }) => {
  test.slow();
  await page.setViewportSize({ width: 1300, height: 900 });
  const height = embedHeight();
  const frames = ['fr', 'en']
    .map((lang) => `<iframe src="${baseURL}${lang}/embed/" title="Carte" width="100%" height="${height}" style="border:0;display:block;width:320px"></iframe>`)
    .join('');
  await page.goto(host.page(article(frames)));
  const measured: string[] = [];
  for (const [index, lang] of ['fr', 'en'].entries()) {
    const iframe = page.locator('iframe').nth(index);
    await iframe.scrollIntoViewIfNeeded();
    const frame = await embedFrame(page, new RegExp(`/${lang}/embed/$`));
    for (const width of [320, 360, 420, 480, 560, 640, 768, 900, 1000, 1200]) {
      await iframe.evaluate((el, w) => ((el as HTMLElement).style.width = `${w}px`), width);
      await expect.poll(() => frame.evaluate(() => innerWidth)).toBe(width);
      await iframe.scrollIntoViewIfNeeded();
      const { frame: frameHeight, content } = await heights(iframe, frame);
      measured.push(`${lang} ${width}: ${Math.ceil(content)} of ${frameHeight}`);
      expect(content, `${lang} at ${width} px: nothing cut`).toBeLessThanOrEqual(frameHeight);
      expect(frameHeight - content, `${lang} at ${width} px: blank space`).toBeLessThanOrEqual(0.15 * frameHeight);
    }
  }
  test.info().annotations.push({ type: 'heights', description: measured.join('; ') });
});
