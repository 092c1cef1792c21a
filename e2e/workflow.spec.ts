import { csvParse } from 'd3-dsv';
import { violations } from './axe';
import { expect, renderedBases, test, waitForMap } from './fixtures';

// Runs against the build of .test-output/workflow/content (`npm run test:workflow`): the real records plus
// the 22 October attack an editor added with `npm run new`, filled in and then corrected.
test.skip(!process.env.WORKFLOW, 'needs the workflow build: npm run test:workflow');

const slug = '2023-10-22-ain-al-asad-rockets';

test('a record added with npm run new shows on the map, in the list and on a timeline that now runs to 22 October', async ({ page }) => {
  await page.goto('en/');
  const readout = page.locator('[data-readout]');
  await expect(readout).toHaveText(/\(8 of 8 events\)$/);
  await expect(page.locator('[data-now-label]')).toHaveText('Sun 22 Oct, end of day');
  await expect(page.locator(`#event-${slug}`)).toContainText('Katyusha rockets target Ain al-Asad');

  const slider = page.getByRole('slider');
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(readout).toHaveText('no events yet (0 of 8 events)');
  await page.keyboard.press('End');
  await expect(readout).toHaveText(/\(8 of 8 events\)$/);

  await waitForMap(page);
  await expect.poll(async () => (await renderedBases(page)).find((b) => b.id === 'ain-al-asad')?.count).toBe(5);
  // One hour before the 22nd, the new day-only event has not begun.
  await page.keyboard.press('End');
  for (let i = 0; i < 25; i++) await page.keyboard.press('ArrowLeft');
  await expect(page.locator('[data-now-label]')).toHaveText('Sat 21 Oct, 23:00');
  await expect(readout).toHaveText(/\(7 of 8 events\)$/);
  await expect.poll(async () => (await renderedBases(page)).find((b) => b.id === 'ain-al-asad')?.count).toBe(4);
});

test('a corrected record shows its correction and update date on its page, in both languages', async ({ page }) => {
  await page.goto(`en/events/${slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Katyusha rockets target Ain al-Asad');
  await expect(page.getByText('Updated Monday 23 October 2023')).toBeVisible();
  const corrections = page.getByRole('region', { name: 'Corrections' });
  await expect(corrections.getByRole('listitem')).toHaveText(
    "Monday 23 October 2023: Test correction, written by the editors' workflow test.",
  );
  await page.getByRole('link', { name: 'Updated Monday 23 October 2023' }).click();
  await expect(page).toHaveURL(/#corrections-heading$/);

  await page.goto(`fr/events/${slug}/`);
  await expect(page.getByRole('region', { name: 'Rectificatifs' })).toContainText("Rectificatif d'essai");
  await expect(page.getByText('Mis à jour le lundi 23 octobre 2023')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the feed and the downloads carry the new record and its update date', async ({ page, request }) => {
  const feed = await (await request.get('en/feed.xml')).text();
  const entry = feed.split('<entry>').find((e) => e.includes(`/en/events/${slug}/`));
  expect(entry).toContain('<title type="text">Katyusha rockets target Ain al-Asad (updated)</title>');
  expect(entry).toContain('<updated>2023-10-23T00:00:00Z</updated>');

  const rows = csvParse(await (await request.get('data/attacks.csv')).text());
  expect(rows.find((r) => r.slug === slug)).toMatchObject({ updated: '2023-10-23', event_date: '2023-10-22' });

  const json = await (await request.get('data/attacks.json')).json();
  const attack = json.attacks.find((a: { slug: string }) => a.slug === slug);
  expect(attack).toMatchObject({ updated: '2023-10-23', corrections: [{ date: '2023-10-23' }] });

  // A reader who follows the feed lands on the page.
  await page.goto(`en/events/${slug}/`);
  await expect(page.getByRole('region', { name: 'Corrections' })).toBeVisible();
});
