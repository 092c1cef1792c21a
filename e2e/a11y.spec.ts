import { violations } from './axe';
import { expect, test, waitForMap } from './fixtures';

const pagesWithMap = [
  ['explorer', 'fr/'],
  ['explorer', 'en/'],
  ['embed', 'fr/embed/'],
  ['embed', 'en/embed/'],
] as const;

for (const [type, path] of pagesWithMap) {
  test(`axe finds nothing on the ${type} (${path}) before and after the map loads`, async ({ page }) => {
    // Hold the map script back so the page is checked as readers first get it.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/map\.[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(path);
    await expect(page.getByRole('slider')).toBeEnabled();
    expect(await violations(page), 'before the map').toEqual([]);
    release();
    await waitForMap(page);
    expect(await violations(page), 'after the map').toEqual([]);
  });
}

const staticPages = [
  ['event page', 'fr/events/2023-10-21-ain-al-asad-drones/'],
  ['event page', 'en/events/2023-10-19-baghdad-airport-rockets/'],
  ['event page', 'en/events/2023-10-18-ain-al-asad-false-alarm/'],
  ['404 page', '404.html'],
] as const;

for (const [type, path] of staticPages) {
  test(`axe finds nothing on the ${type} ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await violations(page)).toEqual([]);
  });
}

test('a keyboard-only reader moves through the explorer in page order, always seeing where focus is', async ({ page }) => {
  await page.goto('en/');
  await waitForMap(page);
  const seen: string[] = [];
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      const all = [...document.querySelectorAll('*')];
      return {
        label: `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).trim().split(/\s+/).join('.')}` : ''}`,
        index: all.indexOf(el),
        visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      };
    });
    expect(focus.visible, `focus ring on ${focus.label}`).toBe(true);
    seen.push(`${focus.index}:${focus.label}`);
  }
  const order = seen.map((s) => Number(s.split(':')[0]));
  expect(order, seen.join(' → ')).toEqual([...order].sort((a, b) => a - b));
  expect(seen[0]).toMatch(/a\.skip-link/);
  expect(seen.join(' ')).toContain('timeline__play');
  expect(seen.join(' ')).toContain('input.timeline__slider');
  expect(seen.join(' ')).toContain('event__select');
});

test('the skip link takes keyboard readers straight to the content', async ({ page }) => {
  await page.goto('fr/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('moving the slider quickly announces the time and count once, when the reader pauses', async ({ page }) => {
  await page.goto('en/');
  const slider = page.getByRole('slider');
  await expect(slider).toBeEnabled();
  const announcer = page.locator('[data-announce]');
  await expect(announcer).toHaveText(/7 of 7 events/);
  await announcer.evaluate((el) => {
    (window as unknown as { announcements: string[] }).announcements = [];
    new MutationObserver(() =>
      (window as unknown as { announcements: string[] }).announcements.push(el.textContent ?? ''),
    ).observe(el, { childList: true, characterData: true, subtree: true });
  });
  // Twelve steps within one moment (as fast as a held arrow key), whatever the machine's load.
  await slider.evaluate((input: HTMLInputElement) => {
    for (let i = 1; i <= 12; i++) {
      input.value = String(Number(input.max) - i);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });
  await expect(announcer).toHaveText('Sat 21 Oct, 12:00: 5 attacks, 1 unconfirmed claim, 1 false alarm (7 of 7 events)');
  await page.waitForTimeout(800);
  const announcements = await page.evaluate(() => (window as unknown as { announcements: string[] }).announcements);
  expect(announcements).toEqual(['Sat 21 Oct, 12:00: 5 attacks, 1 unconfirmed claim, 1 false alarm (7 of 7 events)']);
});

test('with reduced motion preferred, the list does not animate', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('en/');
  const transition = await page.locator('.event').first().evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(transition).toBe('0s');
});

for (const path of ['fr/', 'en/events/2023-10-21-ain-al-asad-drones/']) {
  test(`axe finds nothing with the embed dialog open on ${path}`, async ({ page }) => {
    await page.goto(path);
    const opener = page.locator('[data-embed-open]');
    await expect(opener).toBeVisible();
    await opener.click();
    await expect(page.locator('dialog.embed-dialog')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}
