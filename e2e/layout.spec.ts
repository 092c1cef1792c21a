/**
 * One screen for map and time, and a timeline whose marks can be told apart: the map's top to
 * the readout's bottom fits the window; the selected event's card is in view once chosen; no two
 * timeline marks overlap; the slider's thumb never covers a mark.
 */
import type { Page } from '@playwright/test';
import { basePosition, expect, test, waitForMap } from './fixtures';

const screens = [
  { width: 1366, height: 768, touch: false },
  { width: 1440, height: 900, touch: false },
  { width: 768, height: 1024, touch: true },
  { width: 390, height: 844, touch: true },
];

async function inView(page: Page, selector: string) {
  return page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.height > 0 && box.top >= -1 && box.bottom <= innerHeight + 1;
  });
}

for (const { width, height, touch } of screens) {
  test.describe(`at ${width}×${height}`, () => {
    test.use({ viewport: { width, height }, hasTouch: touch, isMobile: touch && width < 500 });

    for (const lang of ['fr', 'en'] as const) {
      test(`map, slider and readout fit the window, and a chosen event is in view (${lang})`, async ({ page }) => {
        await page.goto(`${lang}/`);
        const span = await page.evaluate(() => {
          const map = document.querySelector('[data-map-frame]')!.getBoundingClientRect();
          const readout = document.querySelector('[data-readout]')!.getBoundingClientRect();
          return readout.bottom - map.top;
        });
        expect(span, 'map top to readout bottom').toBeLessThanOrEqual(height);

        // Chosen in the list, far down the page.
        const item = page.locator('#event-2023-10-21-ain-al-asad-drones');
        await item.getByRole('button').click();
        await expect(page.locator('[data-selection] .selection__title')).toBeVisible();
        await expect.poll(() => inView(page, '[data-selection]')).toBe(true);

        // Chosen on the map: the static map swaps for MapLibre without the page moving.
        await page.locator('[data-map-frame]').scrollIntoViewIfNeeded();
        const before = await page.locator('[data-map-frame]').boundingBox();
        await waitForMap(page);
        expect(await page.locator('[data-map-frame]').boundingBox()).toEqual(before);
        const name = lang === 'fr' ? 'al-Harir' : 'Al-Harir';
        const { x, y } = await basePosition(page, name);
        await page.mouse.click(x, y);
        await expect(page).toHaveURL(/event=2023-10-20-al-harir-drones-claim/);
        // Chosen on the map, its details show where the reader is: the callout at the marker.
        await expect.poll(() => inView(page, '[data-pin=al-harir] .map-callout')).toBe(true);
      });
    }
  });
}

/** Every mark's drawn box (strokes included), and the thumb's box at the slider's value. */
/** The marks' boxes, and the thumb's at `value` (the slider's own value when not given). */
async function boxes(page: Page, value?: number) {
  return page.evaluate((value) => {
    const marks = [...document.querySelectorAll<SVGGElement>('[data-mark]')].map((g) => {
      const box = g.getBoundingClientRect();
      // Half the stroke on each side: ticks are 3 px wide, brackets 2 px.
      const half = g.dataset.shape === 'tick' ? 1.5 : 1;
      return { slug: g.dataset.mark!, left: box.left - half, right: box.right + half, top: box.top - half, bottom: box.bottom + half };
    });
    const slider = document.querySelector<HTMLInputElement>('[data-slider]')!;
    const box = slider.getBoundingClientRect();
    const thumb = parseFloat(getComputedStyle(slider).getPropertyValue('--thumb'));
    const centre = box.left + thumb / 2 + ((value ?? Number(slider.value)) / Number(slider.max)) * (box.width - thumb);
    return { marks, thumb: { left: centre - thumb / 2, right: centre + thumb / 2, top: box.top, bottom: box.bottom } };
  }, value);
}

type Box = { left: number; right: number; top: number; bottom: number };
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

for (const width of [360, 768, 1280]) {
  test.describe(`the timeline at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 }, hasTouch: width < 500 });

    test('no two marks overlap, and the thumb covers none wherever it stands', async ({ page }) => {
      await page.goto('en/');
      await expect(page.getByRole('slider')).toBeEnabled();
      const { marks } = await boxes(page);
      expect(marks).toHaveLength(7);
      for (const [i, a] of marks.entries()) {
        expect(a.right - a.left, `${a.slug} is drawn`).toBeGreaterThan(2);
        for (const b of marks.slice(i + 1)) expect(overlap(a, b), `${a.slug} / ${b.slug}`).toBe(false);
      }
      // Every six hours, the thumb where the slider would draw it. The marks do not move with the
      // slider, so the geometry is read at each value without pressing the key a hundred times
      // (each press redraws the WebGL map in software, which made this test a matter of timing).
      const steps = Number(await page.getByRole('slider').getAttribute('max'));
      for (let step = 0; step <= steps; step += 6) {
        const { marks: now, thumb } = await boxes(page, step);
        for (const mark of now) expect(overlap(mark, thumb), `thumb at step ${step} over ${mark.slug}`).toBe(false);
      }
    });
  });
}
