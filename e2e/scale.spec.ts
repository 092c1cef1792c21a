import { expect, test, waitForMap } from './fixtures';

// Runs against the 10,000-record synthetic build (`npm run test:scale`), not the real one.
test.skip(!process.env.SCALE, 'needs the synthetic build: npm run test:scale');

test('the 10,000-event explorer loads, lists a page at a time, and the slider moves', async ({ page }) => {
  await page.goto('en/');
  const readout = page.locator('[data-readout]');
  await expect(readout).toHaveText(/\(10,000 of 10,000 events\)$/);
  await expect(page.locator('.event')).toHaveCount(100);
  await page.getByRole('button', { name: /^Show more/ }).click();
  await expect(page.locator('.event')).toHaveCount(200);

  const slider = page.getByRole('slider');
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(readout).toHaveText('no events yet (0 of 10,000 events)');
  for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
  await expect(readout).not.toHaveText(/\(0 of 10,000 events\)$/);
  await waitForMap(page);
  await page.keyboard.press('End');
  await expect(readout).toHaveText(/\(10,000 of 10,000 events\)$/);
});
