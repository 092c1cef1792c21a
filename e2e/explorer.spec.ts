import { basePosition, expect, renderedBases, test, waitForMap } from './fixtures';
import { story } from './story';

test.describe('the explorer', () => {
  test('opens on the static page, then the map draws the three bases', async ({ page }) => {
    await page.goto('fr/');
    // The headline is the story file's, which attributes the count to AFP (issue 11).
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title.fr);
    await expect(page.getByRole('heading', { level: 1 })).toContainText("selon l'AFP");
    await expect(page.locator('.event')).toHaveCount(7);
    await waitForMap(page);
    await expect(page.locator('div[data-map] canvas')).toBeVisible();
    await expect(page.locator('.static-map')).toBeHidden();
    // The pins MapLibre carries are the static map's own elements.
    await expect(page.locator('.maplibregl-marker[data-kind=site]')).toHaveCount(3);
    const bases = await renderedBases(page);
    expect(bases.map((b) => b.id).sort()).toEqual(['ain-al-asad', 'al-harir', 'baghdad-airport']);
    expect(bases.reduce((sum, b) => sum + b.count, 0)).toBe(7);
  });

  test('the map opens fitted to the bases, each exactly where the static map drew it', async ({ page }) => {
    await page.goto('en/');
    const names = { 'ain-al-asad': 'Ain al-Asad', 'al-harir': 'Al-Harir', 'baghdad-airport': 'Baghdad airport' };
    // Positions within the map frame: reaching for the map may scroll the page.
    const frameBox = async () => (await page.locator('[data-map-frame]').boundingBox())!;
    const before = await frameBox();
    const staticPositions = new Map<string, { x: number; y: number }>();
    for (const id of Object.keys(names)) {
      const box = (await page.locator(`[data-map-frame] [data-pin=${id}] .map-site`).boundingBox())!;
      staticPositions.set(id, { x: box.x + box.width / 2 - before.x, y: box.y + box.height / 2 - before.y });
    }
    await waitForMap(page);
    const frame = await frameBox();
    for (const [id, name] of Object.entries(names)) {
      const live = await basePosition(page, name);
      const x = live.x - frame.x;
      const y = live.y - frame.y;
      const drawn = staticPositions.get(id)!;
      expect(Math.abs(x - drawn.x), id).toBeLessThan(3);
      expect(Math.abs(y - drawn.y), id).toBeLessThan(3);
      // Fitted with context: no base near the frame's edge.
      expect(Math.min(x, frame.width - x, y, frame.height - y), id).toBeGreaterThan(frame.width * 0.15);
    }
    // ...and fitted to them, not to the whole region: together they span half the frame's height.
    const ys = [...staticPositions.values()].map((p) => p.y);
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(frame.height / 2);
  });

  test('moving the slider with the keyboard changes the list, the readout and the map', async ({ page }) => {
    await page.goto('en/');
    await waitForMap(page);
    const slider = page.getByRole('slider', { name: 'Time shown (Baghdad time)' });
    const readout = page.locator('[data-readout]');
    await expect(readout).toHaveText('5 attacks, 1 unconfirmed claim, 1 false alarm (7 of 7 events)');
    await expect(page.locator('[data-now-label]')).toHaveText('Sat 21 Oct, end of day');

    await slider.focus();
    await page.keyboard.press('Home');
    await expect(readout).toHaveText('no events yet (0 of 7 events)');
    await expect(page.locator('.event--later')).toHaveCount(7);
    await expect(page).toHaveURL(/[?&]t=2023-10-17T21%3A00Z/);
    await expect.poll(async () => (await renderedBases(page)).map((b) => b.count)).toEqual([0, 0, 0]);

    // Thirteen hours in: the day-only events of the 18th have begun, and al-Harir's 12:18 drone.
    for (let i = 0; i < 13; i++) await page.keyboard.press('ArrowRight');
    await expect(readout).toHaveText('2 attacks, 1 false alarm (3 of 7 events)');
    await expect(page.locator('[data-now-label]')).toHaveText('Wed 18 Oct, 13:00');
    await expect(slider).toHaveAttribute('aria-valuetext', 'Wed 18 Oct, 13:00');
    await expect(page.locator('.event--later')).toHaveCount(4);
    await expect(page.locator('[data-announce]')).toHaveText('Wed 18 Oct, 13:00: 2 attacks, 1 false alarm (3 of 7 events)');
    await expect
      .poll(async () => (await renderedBases(page)).reduce((sum, b) => sum + b.count, 0))
      .toBe(3);

    await page.keyboard.press('End');
    await expect(readout).toHaveText('5 attacks, 1 unconfirmed claim, 1 false alarm (7 of 7 events)');
    await expect(page.locator('[data-now-label]')).toHaveText('Sat 21 Oct, end of day');
    await expect(page).toHaveURL(/\/en\/$/);
  });

  test('choosing an event in the list selects it on the map and gives its permalink', async ({ page }) => {
    await page.goto('en/');
    await waitForMap(page);
    const item = page.locator('#event-2023-10-19-baghdad-airport-rockets');
    const title = await item.locator('.event__title').innerText();
    await item.getByRole('button', { name: 'View on the map' }).press('Enter');
    await expect(item.getByRole('button', { name: 'View on the map' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/event=2023-10-19-baghdad-airport-rockets/);
    const panel = page.locator('[data-selection]');
    await expect(panel.getByRole('link', { name: title })).toBeVisible();
    await expect(panel.getByRole('link', { name: 'Permalink' })).toHaveAttribute(
      'href',
      /\/en\/events\/2023-10-19-baghdad-airport-rockets\/$/,
    );
    await expect
      .poll(async () => (await renderedBases(page)).find((b) => b.selected)?.id)
      .toBe('baghdad-airport');

    await panel.getByRole('link', { name: 'Permalink' }).click();
    await expect(page).toHaveURL(/\/en\/events\/2023-10-19-baghdad-airport-rockets\/$/);
  });

  test('clicking a base on the map selects its latest event', async ({ page }) => {
    await page.goto('fr/');
    await waitForMap(page);
    const { x, y } = await basePosition(page, 'al-Harir');
    await page.mouse.click(x, y);
    await expect(page).toHaveURL(/event=2023-10-20-al-harir-drones-claim/);
    await expect(page.locator('#event-2023-10-20-al-harir-drones-claim')).toHaveClass(/event--selected/);
    // A second click steps back to the base's earlier event.
    await page.mouse.click(x, y);
    await expect(page).toHaveURL(/event=2023-10-18-al-harir-drone(&|$)/);
  });

  test('a link to the explorer at an event restores that view; a garbled one opens the default', async ({ page }) => {
    await page.goto('fr/?t=2023-10-18T03%3A00Z&event=2023-10-18-al-harir-drone');
    await expect(page.locator('[data-readout]')).toHaveText('2 attaques, 1 fausse alerte (3 événements sur 7)');
    await expect(page.locator('#event-2023-10-18-al-harir-drone')).toHaveClass(/event--selected/);

    await page.goto('fr/?t=garbage&event=%3Cscript%3E');
    await expect(page.locator('[data-readout]')).toHaveText('5 attaques, 1 revendication non confirmée, 1 fausse alerte (7 événements sur 7)');
    await expect(page.locator('.event--selected')).toHaveCount(0);
  });

  test('the language switch leads to the same page in English', async ({ page }) => {
    await page.goto('fr/');
    await page.getByRole('link', { name: 'English version' }).click();
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  });
});
