import { expect, test } from './fixtures';

for (const lang of ['fr', 'en'] as const) {
  test(`every event in the ${lang} list has a permalink page with its title`, async ({ page, request }) => {
    await page.goto(`${lang}/`);
    const links = await page.locator('.event__title a').evaluateAll((as) =>
      as.map((a) => ({ href: (a as HTMLAnchorElement).href, title: a.textContent!.trim() })),
    );
    expect(links).toHaveLength(7);
    for (const { href, title } of links) {
      expect((await request.get(href)).status()).toBe(200);
      await page.goto(href);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      // Canonical URLs are on SITE, which need not be the server these tests run against.
      const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
      expect(new URL(canonical!).pathname).toBe(new URL(href).pathname);
    }
  });
}

test('an event page shows what each source says, with alternates and sharing metadata', async ({ page }) => {
  await page.goto('en/events/2023-10-21-ain-al-asad-drones/');
  await expect(page.locator('.status')).toContainText('Disputed');
  const accounts = page.locator('.account');
  await expect(accounts).toHaveCount(5);
  await expect(accounts.nth(2)).toContainText('A US Defense Department official');
  // The Pentagon's later data, attached to this event with the reason why.
  await expect(accounts.nth(4)).toContainText('These data are attached to this event rather than to a separate one');
  await expect(page.locator('.sources__list a').first()).toHaveAttribute('rel', /noopener/);
  await expect(page.locator('link[hreflang=fr]')).toHaveAttribute('href', /\/fr\/events\/2023-10-21-ain-al-asad-drones\/$/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /Claimed drone attack on Ain al-Asad/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  await expect(page.locator('.article__map [data-pin=ain-al-asad] .map-site')).toBeVisible();
  // Nothing is invented: what the sources do not say is marked as not reported.
  await expect(page.locator('.facts dd').filter({ hasText: 'Not reported' })).not.toHaveCount(0);
});

test('a source whose headline is not known is described in brackets, never quoted as a headline', async ({ page }) => {
  await page.goto('en/events/2023-10-18-ain-al-asad-drones/');
  const centcom = page.locator('#source-centcom-2023-10-18');
  await expect(centcom.locator('.source__description')).toHaveText(
    '[CENTCOM statement on drones engaged in western and northern Iraq; headline not known]',
  );
  await expect(centcom).not.toContainText('“');
  await expect(page.locator('#source-dailybeast-drones-iraq')).toContainText(
    '“Drones Target U.S. Troops in Iraq Causing Minor Injuries: CENTCOM”',
  );
  await page.goto('fr/events/2023-10-18-ain-al-asad-drones/');
  await expect(page.locator('#source-centcom-2023-10-18 .source__description')).toContainText('titre non connu]');
});

test('a date difference no time zone explains is given without one', async ({ page }) => {
  await page.goto('en/events/2023-10-18-al-harir-drone/');
  const other = page.locator('.facts__other-dates li');
  await expect(other).toContainText('Tuesday 17 October 2023, according to');
  await expect(other).not.toContainText('US Eastern time');
  await expect(other).toContainText('The difference is unexplained');
});

test('a day-only date says so, and the Pentagon’s other date is given with its time zone', async ({ page }) => {
  await page.goto('en/events/2023-10-18-ain-al-asad-drones/');
  const when = page.locator('.facts dd').first();
  await expect(when).toContainText('Wednesday 18 October 2023');
  await expect(when).toContainText('day known, time not reported');
  await expect(when).toContainText('Tuesday 17 October 2023 (US Eastern time)');
});

test('citations read as sentences: a space before each source and before its language', async ({ page }) => {
  for (const lang of ['fr', 'en']) {
    await page.goto(`${lang}/events/2023-10-18-ain-al-asad-drones/`);
    const texts = [
      ...(await page.locator('.facts__other-dates li').allTextContents()),
      ...(await page.locator('.sources__list li').allTextContents()),
    ].map((t) => t.replace(/\s+/g, ' '));
    expect(texts.length).toBeGreaterThan(1);
    for (const text of texts) {
      expect(text, text).not.toMatch(/\S\((?:English|French|Arabic|anglais|français|arabe)\)/);
      expect(text, text).not.toMatch(/(?:according to|selon)\S/);
    }
  }
});

test('previous and next links walk the events in order, and "back to the map" opens the explorer at the event', async ({ page }) => {
  await page.goto('fr/events/2023-10-18-al-harir-drone/');
  await page.getByRole('link', { name: /Événement suivant/ }).click();
  await expect(page).toHaveURL(/2023-10-19-ain-al-asad-rockets-drones\/$/);
  await page.getByRole('link', { name: /Retour à la carte/ }).click();
  await expect(page).toHaveURL(/\/fr\/\?t=.*&event=2023-10-19-ain-al-asad-rockets-drones$/);
  await expect(page.locator('#event-2023-10-19-ain-al-asad-rockets-drones')).toHaveClass(/event--selected/);
});

test('the root leads to French, and unknown pages get the bilingual 404', async ({ page, request }) => {
  await page.goto('./');
  await expect(page).toHaveURL(/\/fr\/$/);
  const missing = await request.get('fr/events/no-such-event/');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Page not found');
});
