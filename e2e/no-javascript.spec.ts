import { expect, test } from './fixtures';

test.use({ javaScriptEnabled: false });

test('without JavaScript the explorer shows the static map and the full list', async ({ page }) => {
  await page.goto('fr/');
  await expect(page.locator('.static-map')).toBeVisible();
  await expect(page.locator('[data-map-frame] [data-kind=site]')).toHaveCount(3);
  await expect(page.locator('[data-map-overlay]')).toContainText('Aïn al-Assad (4)');
  // Every status of the base's events, not the latest one's.
  await expect(page.getByRole('button', { name: /^Aïn al-Assad\b/ })).toHaveAccessibleName('Aïn al-Assad: 4 événements (2 confirmés, 1 contesté, 1 fausse alerte)');
  await expect(page.locator('.event')).toHaveCount(7);
  await expect(page.locator('.event__title a').first()).toHaveAttribute('href', /\/fr\/events\/2023-10-18-/);
  await expect(page.getByRole('slider')).toBeDisabled();
});

test('without JavaScript an event page is complete', async ({ page }) => {
  await page.goto('fr/events/2023-10-21-ain-al-asad-drones/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Attaque de drones revendiquée contre Aïn al-Assad/);
  await expect(page.locator('.account')).toHaveCount(5);
  await expect(page.locator('.static-map')).toBeVisible();
});
