import { expect, renderedBases, test, waitForMap } from './fixtures';

const readout = '[data-readout]';

test('play runs the slider forward and stops at the end', async ({ page }) => {
  await page.goto('en/');
  const slider = page.getByRole('slider');
  await slider.focus();
  await page.keyboard.press('End');
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
  await expect(page.locator(readout)).toHaveText('5 attacks, 1 unconfirmed claim, 1 false alarm (7 of 7 events)');
  await expect(page.locator('[data-now-label]')).toHaveText('Sat 21 Oct, 14:00');
  const play = page.getByRole('button', { name: 'Play' });
  await play.click();
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator(readout)).toHaveText('5 attacks, 1 unconfirmed claim, 1 false alarm (7 of 7 events)', { timeout: 10_000 });
  await expect(page.locator('[data-now-label]')).toHaveText('Sat 21 Oct, end of day', { timeout: 10_000 });
  await expect(play).toHaveAttribute('aria-pressed', 'false');
});

test('with reduced motion, play goes to the end at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('en/?t=2023-10-17T21%3A00Z');
  await expect(page.locator(readout)).toHaveText('no events yet (0 of 7 events)');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.locator(readout)).toHaveText('5 attacks, 1 unconfirmed claim, 1 false alarm (7 of 7 events)');
});

test('the step buttons land on each event in order, and back', async ({ page }) => {
  await page.goto('fr/');
  const slugs = await page.locator('.event').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.slug));
  expect(slugs).toHaveLength(7);
  for (const slug of slugs) {
    await page.getByRole('button', { name: 'Événement suivant' }).click();
    await expect(page).toHaveURL(new RegExp(`event=${slug}`));
    await expect(page.locator(`#event-${slug}`)).toHaveClass(/event--selected/);
    await expect(page.locator(`#event-${slug}`)).not.toHaveClass(/event--later/);
  }
  await page.getByRole('button', { name: 'Événement précédent' }).click();
  await expect(page).toHaveURL(new RegExp(`event=${slugs[5]}`));
});

test('filters change the list, the map and the readout alike, and say when nothing matches', async ({ page }) => {
  await page.goto('en/');
  await waitForMap(page);
  await page.getByRole('group', { name: 'Base' }).getByLabel('Ain al-Asad').uncheck();
  await expect(page.locator('.event')).toHaveCount(3);
  await expect(page.locator(readout)).toHaveText('2 attacks, 1 unconfirmed claim (3 of 3 events)');
  await expect
    .poll(async () => (await renderedBases(page)).reduce((sum, b) => sum + b.count, 0))
    .toBe(3);
  await expect(page).toHaveURL(/bases=al-harir%2Cbaghdad-airport/);

  await page.getByRole('group', { name: 'Weapon' }).getByLabel('Rockets').uncheck();
  await expect(page.locator('.event')).toHaveCount(2);

  const statusGroup = page.getByRole('group', { name: 'Status' });
  for (const label of ['Confirmed', 'Disputed', 'Unconfirmed', 'False alarm']) await statusGroup.getByLabel(label, { exact: true }).uncheck();
  await expect(page.locator('.event')).toHaveCount(0);
  await expect(page.getByText('No event matches these filters.')).toBeVisible();
  await expect(page.locator(readout)).toHaveText('no events yet (0 of 0 events)');

  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(page.locator('.event')).toHaveCount(7);
  await expect(page).toHaveURL(/\/en\/$/);
});

test('a URL with time, event, filters and map view restores that exact view', async ({ page }) => {
  await page.goto('en/?t=2023-10-18T06%3A00Z&event=2023-10-18-ain-al-asad-drones&status=confirmed&view=43.2%2C34.1%2C6.5');
  await expect(page.locator(readout)).toHaveText('1 attack (1 of 4 events)');
  await expect(page.locator('[data-now-label]')).toHaveText('Wed 18 Oct, 09:00');
  await expect(page.locator('.event')).toHaveCount(4);
  await expect(page.locator('.event--later')).toHaveCount(3);
  await expect(page.getByRole('group', { name: 'Status' }).getByLabel('Disputed')).not.toBeChecked();
  await expect(page.locator('#event-2023-10-18-ain-al-asad-drones')).toHaveClass(/event--selected/);
  await waitForMap(page);
  const view = await page.locator('div[data-map]').evaluate((el) => {
    const map = (el as unknown as { maplibreMap: import('maplibre-gl').Map }).maplibreMap;
    return { ...map.getCenter(), zoom: map.getZoom() };
  });
  expect(view.lng).toBeCloseTo(43.2, 3);
  expect(view.lat).toBeCloseTo(34.1, 3);
  expect(view.zoom).toBeCloseTo(6.5, 3);
});

test('moving the map writes the view to the URL; the reset control brings the region back', async ({ page }) => {
  await page.goto('en/');
  await waitForMap(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/view=/);
  await page.getByRole('button', { name: 'Back to the view of all bases' }).click();
  await expect(page).not.toHaveURL(/view=/);
});

test('the selected event shows the other date a source gives', async ({ page }) => {
  await page.goto('en/?event=2023-10-18-al-harir-drone');
  // No time zone explains this one (12:18 in Baghdad is still the 18th in Washington): none is given.
  await expect(page.locator('[data-selection]')).toContainText(
    'Other dates given: Tuesday 17 October 2023, according to The Washington Institute for Near East Policy',
  );
  await expect(page.locator('[data-selection]')).not.toContainText('US Eastern time');
  await page.goto('en/?event=2023-10-18-ain-al-asad-drones');
  await expect(page.locator('[data-selection]')).toContainText('Other dates given: Tuesday 17 October 2023 (US Eastern time)');
});

test.describe('on a phone (360×640, touch)', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });

  test('nothing overflows, the slider thumb is finger-sized, and the list answers taps', async ({ page }) => {
    await page.goto('fr/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const thumb = await page.getByRole('slider').evaluate((el) => el.getBoundingClientRect().height);
    expect(thumb).toBeGreaterThanOrEqual(44);
    await page.locator('#event-2023-10-21-ain-al-asad-drones').getByRole('button').tap();
    await expect(page).toHaveURL(/event=2023-10-21-ain-al-asad-drones/);
    await waitForMap(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
