/**
 * The map as a graphics desk would check it, at three widths and in both languages, static and
 * after MapLibre takes over: no label overlaps another label or a marker, none leaves the frame
 * or hides under a control, no text under 11 px, and the swap moves no label.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForMap } from './fixtures';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface Measured {
  labels: (Box & { id: string; text: string; size: number })[];
  markers: (Box & { id: string })[];
  controls: Box[];
  frame: Box;
}

/** Boxes of every visible map label, base marker and control, relative to the frame. */
function measure(page: Page, selector = '[data-map-frame]'): Promise<Measured> {
  return page.locator(selector).evaluate((frame) => {
    const f = frame.getBoundingClientRect();
    const rel = (r: DOMRect) => ({ x: r.left - f.left, y: r.top - f.top, width: r.width, height: r.height });
    const visible = (el: Element) => (el as HTMLElement).offsetParent !== null && !el.closest('[hidden]');
    const labels = [...frame.querySelectorAll<HTMLElement>('.map-label')].filter(visible).map((el) => ({
      id: el.closest<HTMLElement>('[data-pin]')!.dataset.pin!,
      text: el.textContent!,
      size: parseFloat(getComputedStyle(el).fontSize),
      ...rel(el.getBoundingClientRect()),
    }));
    const markers = [...frame.querySelectorAll<HTMLElement>('[data-kind=site] .map-site')].map((el) => ({
      id: el.closest<HTMLElement>('[data-pin]')!.dataset.pin!,
      ...rel(el.querySelector('svg circle')!.getBoundingClientRect()),
    }));
    const controls = [...frame.querySelectorAll('.maplibregl-ctrl, .map-inset, .map-scale')]
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => rel(el.getBoundingClientRect()));
    return { labels, markers, controls, frame: { x: 0, y: 0, width: f.width, height: f.height } };
  });
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

function expectClean({ labels, markers, controls, frame }: Measured, where: string, { baghdad = true } = {}) {
  expect(labels.length, where).toBeGreaterThanOrEqual(baghdad ? 5 : 3);
  for (const l of labels) {
    expect(l.size, `${where}: ${l.text} font size`).toBeGreaterThanOrEqual(11);
    expect(l.x >= 0 && l.y >= 0 && l.x + l.width <= frame.width && l.y + l.height <= frame.height, `${where}: ${l.text} inside the frame`).toBe(true);
    for (const c of controls) expect(overlap(l, c), `${where}: ${l.text} under a control`).toBe(false);
    for (const m of markers) if (m.id !== l.id) expect(overlap(l, m), `${where}: ${l.text} on marker ${m.id}`).toBe(false);
    for (const other of labels) if (other !== l) expect(overlap(l, other), `${where}: ${l.text} on ${other.text}`).toBe(false);
  }
  for (const m of markers) {
    expect(m.x >= 0 && m.y >= 0 && m.x + m.width <= frame.width && m.y + m.height <= frame.height, `${where}: ${m.id} inside`).toBe(true);
  }
  // Baghdad is always labelled.
  if (baghdad) expect(labels.some((l) => /^Bag(h)?dad$/.test(l.text)), `${where}: Baghdad labelled`).toBe(true);
}

for (const width of [360, 768, 1280]) {
  for (const lang of ['fr', 'en'] as const) {
    test(`${lang} at ${width} px: labels clear of each other, markers, controls and the frame; the swap moves none`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${lang}/`);
      const before = await measure(page);
      expectClean(before, 'static');
      await waitForMap(page);
      const after = await measure(page);
      expectClean(after, 'interactive');
      for (const l of before.labels) {
        const same = after.labels.find((a) => a.id === l.id);
        expect(same, `${l.text} still shown`).toBeDefined();
        expect(Math.abs(same!.x - l.x), `${l.text} x`).toBeLessThan(3);
        expect(Math.abs(same!.y - l.y), `${l.text} y`).toBeLessThan(3);
        expect(same!.size).toBe(l.size);
      }
    });
  }
}

test('a deep link: the static map shows the URL time, counts and selection before MapLibre', async ({ page }) => {
  await page.goto('en/?t=2023-10-18T10%3A00Z&event=2023-10-18-al-harir-drone');
  await expect(page.locator('[data-map-frame]')).not.toHaveAttribute('data-map-state', /./);
  const counts = await page
    .locator('[data-map-frame] [data-kind=site]')
    .evaluateAll((pins) => Object.fromEntries(pins.map((p) => [(p as HTMLElement).dataset.pin!, Number((p as HTMLElement).dataset.count)])) as Record<string, number>);
  // 13:00 on the 18th (Baghdad time): al-Harir's drone and the two day-only events at Ain al-Asad.
  const readout = await page.locator('[data-readout]').innerText();
  const shown = Number(/(\d+) of 7 events/.exec(readout)![1]);
  expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(shown);
  expect(counts['baghdad-airport']).toBe(0);
  await expect(page.locator('[data-pin=al-harir]')).toHaveAttribute('data-selected', '');
  const callout = page.locator('[data-pin=al-harir] .map-callout');
  await expect(callout).toBeVisible();
  await expect(callout.getByRole('link')).toHaveAttribute('href', /\/en\/events\/2023-10-18-al-harir-drone\/$/);
  await expect(callout).toContainText('Confirmed');
});

test('a base with mixed statuses names them all, in its tooltip and its accessible name', async ({ page }) => {
  await page.goto('en/');
  const base = page.getByRole('button', { name: /^Ain al-Asad/ });
  await expect(base).toHaveAccessibleName('Ain al-Asad: 4 events (2 confirmed, 1 disputed, 1 false alarm)');
  await base.focus();
  const tip = page.locator('[data-pin=ain-al-asad] .map-tip');
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText('Ain al-Asad: 4 events (2 confirmed, 1 disputed, 1 false alarm)');
  await page.locator('[data-pin=al-harir] .map-site').hover();
  await expect(page.locator('[data-pin=al-harir] .map-tip')).toHaveText('Al-Harir: 2 events (1 confirmed, 1 unconfirmed)');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 700 }, hasTouch: true, isMobile: true });

  test('a one-finger swipe on the map scrolls the page; the map says two fingers move it', async ({ page }) => {
    await page.goto('fr/');
    await waitForMap(page);
    const frame = (await page.locator('[data-map-frame]').boundingBox())!;
    const centre = await page.locator('div[data-map]').evaluate((el) => {
      const map = (el as unknown as { maplibreMap: import('maplibre-gl').Map }).maplibreMap;
      return map.getCenter().toArray();
    });
    const scrollBefore = await page.evaluate(() => scrollY);
    // A point on the map itself (the canvas), not on a pin.
    const [x, y] = await page.evaluate(({ left, top, width, height }) => {
      for (let fy = 0.6; fy > 0.1; fy -= 0.05) {
        for (let fx = 0.15; fx < 0.9; fx += 0.05) {
          const [px, py] = [left + width * fx, Math.min(top + height * fy, innerHeight - 40)];
          if (document.elementFromPoint(px, py)?.classList.contains('maplibregl-canvas')) return [px, py];
        }
      }
      throw new Error('no bare map to swipe');
    }, { left: frame.x, top: frame.y, width: frame.width, height: frame.height });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 10; i++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - i * 15 }] });
      await page.waitForTimeout(16);
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrollBefore + 50);
    const after = await page.locator('div[data-map]').evaluate((el) => {
      const map = (el as unknown as { maplibreMap: import('maplibre-gl').Map }).maplibreMap;
      return map.getCenter().toArray();
    });
    expect(after[0]).toBeCloseTo(centre[0]!, 3);
    expect(after[1]).toBeCloseTo(centre[1]!, 3);
    await expect(page.locator('.maplibregl-cooperative-gesture-screen')).toContainText('Deux doigts pour déplacer la carte');
  });
});

for (const width of [360, 1280]) {
  test(`an event page at ${width} px: a locator around the site, clean labels, first on phones, no MapLibre`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('en/events/2023-10-20-al-harir-drones-claim/');
    const measured = await measure(page, '.article__map-frame');
    expectClean(measured, 'event locator', { baghdad: false });
    // The nearest places around al-Harir: Erbil at least.
    expect(measured.labels.map((l) => l.text)).toContain('Erbil');
    await expect(page.locator('.article__map [data-pin=al-harir]')).toHaveAttribute('data-approximate', '');
    await expect(page.locator('.article__map-caption')).toContainText('Dashed: approximate position');
    const map = (await page.locator('.article__map').boundingBox())!;
    const facts = (await page.locator('.facts').boundingBox())!;
    if (width < 800) expect(map.y).toBeLessThan(facts.y);
    expect(requests.some((u) => /maplibre/i.test(u))).toBe(false);
  });
}
