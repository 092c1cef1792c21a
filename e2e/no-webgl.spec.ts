import { expect, test } from './fixtures';

// A browser without WebGL: MapLibre cannot start, so the static map must stay and everything
// else must still work.
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-webgl', '--disable-webgl2', '--disable-3d-apis'],
  },
});

test('without WebGL the static map stays, and the slider and list still work', async ({ page }) => {
  await page.goto('en/');
  await page.locator('[data-map-frame]').hover(); // reaching for the map starts it
  await expect(page.locator('[data-map-frame]')).toHaveAttribute('data-map-state', 'failed', { timeout: 20_000 });
  await expect(page.locator('.static-map')).toBeVisible();
  await expect(page.locator('[data-map-frame] [data-kind=site]')).toHaveCount(3);
  const slider = page.getByRole('slider');
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(page.locator('[data-readout]')).toHaveText('no events yet (0 of 7 events)');
  await expect(page.locator('.event--later')).toHaveCount(7);
});
