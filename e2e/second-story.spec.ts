/**
 * "One engine, any story": the second fixture story (e2e/fixtures/second-story/, synthetic, in
 * central Chile, English only) built with no code change reads as its own story. Expectations
 * come from the fixture's files wherever they can, so the test checks the engine, not a copy of
 * the story's words. `npm run test:second-story` builds it and runs this file alone.
 *
 * Every test here also runs under e2e/fixtures.ts's standing checks: no request leaves the
 * site's origin, no page error, no Content-Security-Policy violation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, renderedBases, test, waitForMap } from './fixtures';

test.skip(!process.env.SECOND_STORY, 'needs the second story build: npm run test:second-story');

const STORY = 'e2e/fixtures/second-story';

type Text = { en: string };
const read = <T>(...path: string[]) => parse(readFileSync(join(STORY, ...path), 'utf8')) as T;
/** A collection's records by id (file name), in id order as the engine lists them. */
function collection<T>(name: string): [id: string, record: T][] {
  return readdirSync(join(STORY, name))
    .filter((file) => /^[a-z0-9-]+\.ya?ml$/.test(file))
    .sort()
    .map((file) => [file.replace(/\.ya?ml$/, ''), read<T>(name, file)]);
}

const settings = read<{
  span: { from: string; to: string };
  timeZone: string;
  timeZoneName: Text;
  country: string;
  languages: string[];
  play: { seconds: number };
  copy: { siteName: Text; kicker: Text; mapName: Text };
}>('story', 'settings.yaml');
const explorer = read<{ title: Text; dek: Text }>('story', 'explorer.yaml');
const weapons = collection<{ name: Text; plural: Text }>('weapons');
const sites = collection<{ name: Text; shortName: Text }>('sites');
const actors = new Map(collection<{ name: Text }>('actors'));
const places = collection<{ name: Text; capital: boolean }>('places');

interface FixtureEvent {
  slug: string;
  synthetic: boolean;
  title: Text;
  site: string;
  when: { precision: string; at?: string; date?: string; from?: string; to?: string; otherDates?: { date: string; timeZone?: string }[] };
  weapons?: { kind: string; reports: { count: number | null }[] }[];
  claims?: { actor: string }[];
  updated?: string;
  corrections?: { date: string; note: Text }[];
}
const events = collection<FixtureEvent>('events').map(([, a]) => a);
const firstDay = (a: FixtureEvent) => (a.when.at ?? a.when.date ?? a.when.from)!.slice(0, 10);
const lastDay = (a: FixtureEvent) => (a.when.at ?? a.when.date ?? a.when.to)!.slice(0, 10);

/** A calendar day as the English pages write it, e.g. "Friday 8 March 2024" or "Fri 8 Mar". */
function day(date: string, short = false) {
  const at = new Date(`${date}T12:00:00Z`);
  const part = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }).format(at);
  return short
    ? `${part({ weekday: 'short' })} ${at.getUTCDate()} ${part({ month: 'short' })}`
    : `${part({ weekday: 'long' })} ${at.getUTCDate()} ${part({ month: 'long' })} ${at.getUTCFullYear()}`;
}
/** The story clock's offset on a day, as the pages write it: "UTC−3". */
function offset(date: string) {
  const name = new Intl.DateTimeFormat('en', { timeZone: settings.timeZone, timeZoneName: 'shortOffset' })
    .formatToParts(new Date(`${date}T12:00:00Z`))
    .find((p) => p.type === 'timeZoneName')!.value;
  return name.replace('GMT', 'UTC').replace('-', '\u2212');
}
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every day from `from` to `to`, both included. */
function days(from: string, to: string) {
  const list: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) {
    list.push(d.toISOString().slice(0, 10));
  }
  return list;
}

test('the fixture is a synthetic story in another country, clock and language than the live one', () => {
  const live = parse(readFileSync('content/story/settings.yaml', 'utf8')) as Record<string, unknown>;
  const own = settings as unknown as Record<string, unknown>;
  // Every setting but the address, blank in both (the tests build with SITE).
  const keys = ['span', 'region', 'timeZone', 'timeZoneName', 'sourceTimeZones', 'country', 'play', 'copy', 'languages', 'defaultLanguage'];
  for (const key of keys) expect(own[key], key).not.toEqual(live[key]);
  for (const key of Object.keys(own)) expect([...keys, 'address'], `${key} is compared`).toContain(key);
  expect(settings.languages).toEqual(['en']);
  expect(events.length).toBeGreaterThan(0);
  for (const event of events) {
    expect(event.synthetic, event.slug).toBe(true);
    expect(event.title.en, event.slug).toMatch(/^\[Synthetic\] /);
  }
});

test('the root address leads to the English explorer, the only language', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page).toHaveTitle(explorer.title.en);
});

test('there is no French site: no route, no feed, no switcher, no alternate', async ({ page, request }) => {
  for (const path of ['fr/', `fr/events/${events[0]!.slug}/`, 'fr/feed.xml']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  for (const path of ['en/', `en/events/${events[0]!.slug}/`]) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', /^en/);
    await expect(page.locator('.masthead__lang')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Version française' })).toHaveCount(0);
    await expect(page.locator('link[rel=alternate][hreflang=fr]')).toHaveCount(0);
  }
});

test("the explorer shows the story's own masthead, kicker, headline and standfirst", async ({ page }) => {
  await page.goto('en/');
  await expect(page.locator('.masthead__name')).toHaveText(settings.copy.siteName.en);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(explorer.title.en);
  await expect(page.locator('main .kicker').first()).toHaveText(settings.copy.kicker.en);
  await expect(page.getByText(explorer.dek.en)).toBeVisible();
  await expect(page.locator('.event')).toHaveCount(events.length);
});

test('the timeline runs over the days of the events on the Santiago clock, and Play takes the set time', async ({ page }) => {
  await page.goto('en/');
  const zone = settings.timeZoneName.en;
  const first = events.map(firstDay).sort()[0]!;
  const last = events.map(lastDay).sort().at(-1)!;
  const slider = page.getByRole('slider', { name: `Time shown (${zone})` });
  await expect(slider).toBeVisible();
  await expect(page.locator('.timeline__day-long')).toHaveText(days(first, last).map((d) => day(d, true)));
  await expect(page.locator('[data-now-label]')).toHaveText(`${day(last, true)}, end of day`);
  await expect(page.locator('.timeline__instructions')).toContainText(`Times are ${zone} (${offset(first)}).`);

  const data = JSON.parse((await page.locator('[data-explorer-data]').textContent())!) as { playStepMs: number };
  expect((data.playStepMs * Number(await slider.getAttribute('max'))) / 1000).toBeCloseTo(settings.play.seconds, 3);
});

test('on a phone, the eight days keep whole labels: the day number alone where "5 Mar" does not fit', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('en/');
  const labels = await page.locator('.timeline__day').evaluateAll((days) =>
    days.map((day) => {
      const shown = [...day.children].find((label) => getComputedStyle(label).display !== 'none' && getComputedStyle(label).visibility !== 'hidden');
      return { text: shown?.textContent ?? '', fits: !shown || shown.getBoundingClientRect().right <= day.getBoundingClientRect().right + 0.5 };
    }),
  );
  expect(labels.length).toBe(days(events.map(firstDay).sort()[0]!, events.map(lastDay).sort().at(-1)!).length);
  for (const label of labels) expect(label, label.text).toMatchObject({ fits: true });
  expect(labels.filter((l) => l.text).length).toBeGreaterThan(0);
});

test("the weapon filter offers exactly the story's kinds, and a link with ?weapons= filters the list", async ({ page }) => {
  await page.goto('en/');
  const group = page.getByRole('group', { name: 'Weapon' });
  await expect(group.getByRole('checkbox')).toHaveCount(weapons.length);
  await expect(group.locator('label')).toHaveText(weapons.map(([, w]) => w.plural.en));

  for (const [id, weapon] of weapons) {
    const expected = events.filter((a) => a.weapons?.some((w) => w.kind === id)).map((a) => `event-${a.slug}`);
    expect(expected.length, id).toBeGreaterThan(0);
    await page.goto(`en/?weapons=${id}`);
    await expect(page.locator('.event')).toHaveCount(expected.length);
    expect(await page.locator('.event').evaluateAll((items) => items.map((i) => i.id))).toEqual(expected);
    await expect(group.getByLabel(weapon.plural.en)).toBeChecked();
    for (const [other, w] of weapons) if (other !== id) await expect(group.getByLabel(w.plural.en)).not.toBeChecked();
  }
});

test("every event page says the record is synthetic and names the story's weapons, site and claimant", async ({ page }) => {
  for (const event of events) {
    await page.goto(`en/events/${event.slug}/`);
    await expect(page.getByRole('note')).toHaveText(/not a real event/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title.en);
    await expect(page).toHaveTitle(`${event.title.en} · ${settings.copy.siteName.en}`);
    const facts = page.locator('dl.facts');
    const site = new Map(sites).get(event.site)!;
    await expect(facts).toContainText(site.name.en);
    const weaponsFacts = facts.locator('dt:has-text("Weapons") + dd');
    if (!event.weapons?.length) await expect(weaponsFacts).toHaveText('Not reported');
    for (const w of event.weapons ?? []) {
      const kind = new Map(weapons).get(w.kind)!;
      const label = w.reports.every((r) => r.count === 1) ? kind.name.en : kind.plural.en;
      await expect(weaponsFacts, `${event.slug}: ${w.kind}`).toContainText(`${label}:`);
    }
    for (const claim of event.claims ?? []) await expect(facts).toContainText(actors.get(claim.actor)!.name.en);
  }
});

test('an event page gives its time on the Santiago clock and the other date a source gives in UTC', async ({ page }) => {
  const event = events.find((a) => a.when.otherDates?.some((d) => d.timeZone === 'UTC'))!;
  const other = event.when.otherDates!.find((d) => d.timeZone === 'UTC')!;
  expect(other.date).not.toBe(firstDay(event));
  await page.goto(`en/events/${event.slug}/`);
  const when = page.locator('dl.facts dt:has-text("When") + dd');
  await expect(when).toContainText(`${day(firstDay(event))}, around ${event.when.at!.slice(11)}`);
  await expect(when).toContainText(`${settings.timeZoneName.en}, ${offset(firstDay(event))}`);
  await expect(when.getByRole('listitem')).toContainText(`Other dates given: ${day(other.date)} (UTC)`);
});

test('a corrected event shows when it was updated and what changed', async ({ page }) => {
  const event = events.find((a) => a.corrections?.length)!;
  const correction = event.corrections![0]!;
  await page.goto(`en/events/${event.slug}/`);
  await expect(page.getByRole('link', { name: `Updated ${day(event.updated!)}` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Corrections' }).getByRole('listitem')).toHaveText(
    `${day(correction.date)}: ${correction.note.en}`,
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test("the static map is of the story's country, with its towns and bases", async ({ page }) => {
    await page.goto('en/');
    const map = page.locator('.static-map');
    await expect(map).toBeVisible();
    await expect(map).toHaveAccessibleName(new RegExp(`^${escapeRegExp(settings.copy.mapName.en)} showing ${sites.length} `));
    const countryName = new Intl.DisplayNames('en', { type: 'region' }).of(settings.country)!;
    // The focus country is drawn (its own fill) and named on the map.
    await expect(map.locator('path[fill="var(--focusLand)"]')).toHaveCount(1);
    await expect(page.locator('[data-map-frame] [data-kind=country]').filter({ hasText: countryName.toUpperCase() })).toHaveCount(1);
    const capital = places.find(([, p]) => p.capital)!;
    await expect(page.locator(`[data-map-frame] [data-pin="${capital[0]}"]`)).toHaveText(capital[1].name.en);
    await expect(page.locator('[data-map-frame] [data-kind=site] .map-label')).toHaveText(
      sites.map(([id, s]) => `${s.shortName.en} (${events.filter((a) => a.site === id).length})`),
    );
  });
});

test("the live map draws the story's bases from the site's own basemap, with the country highlighted", async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('en/');
  await waitForMap(page);
  expect(requests.some((url) => url.endsWith('/basemap.json'))).toBe(true);
  const origin = new URL(baseURL!).origin;
  expect(requests.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url))).toEqual([]);
  const bases = await renderedBases(page);
  expect(bases.map((b) => [b.id, b.count])).toEqual(sites.map(([id]) => [id, events.filter((a) => a.site === id).length]));

  const basemap = (await (await page.request.get('basemap.json')).json()) as { features: { properties: { kind?: string; focus?: boolean; name_en?: string } }[] };
  const focus = basemap.features.filter((f) => f.properties.kind === 'country' && f.properties.focus);
  expect(focus.map((f) => f.properties.name_en)).toEqual([new Intl.DisplayNames('en', { type: 'region' }).of(settings.country)]);
});

test("the data CSV has English text columns only, and names the story's country on every row", async ({ request }) => {
  const response = await request.get('data/attacks.csv');
  expect(response.status()).toBe(200);
  const [header, ...rows] = (await response.text()).trim().split(/\r?\n/);
  const columns = header!.split(',');
  // Text columns carry a language suffix (title_fr, title_en… in the live data): here English only.
  const byLanguage = columns.filter((c) => /_(fr|en)$/.test(c));
  expect(byLanguage).toEqual(expect.arrayContaining(['title_en', 'url_en']));
  expect(byLanguage.filter((c) => !c.endsWith('_en'))).toEqual([]);
  expect(rows).toHaveLength(events.length);
  const json = (await (await request.get('data/attacks.json')).json()) as { attacks: { slug: string }[] };
  expect(json.attacks.map((a) => a.slug).sort()).toEqual(events.map((a) => a.slug).sort());
  const countryName = new Intl.DisplayNames('en', { type: 'region' }).of(settings.country)!;
  for (const row of rows) expect(row).toContain(`,${countryName},`);
});

test('the sitemap and the feed list the English pages only, every event once', async ({ request }) => {
  const sitemap = await (await request.get('sitemap.xml')).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(locs.length).toBeGreaterThan(0);
  expect(locs.filter((path) => !path.startsWith('/en/'))).toEqual([]);
  expect(sitemap).not.toMatch(/hreflang="fr"/);
  for (const event of events) expect(locs).toContain(`/en/events/${event.slug}/`);

  const feed = await (await request.get('en/feed.xml')).text();
  expect(feed).toContain(`<title type="text">${settings.copy.siteName.en}</title>`);
  const entries = [...feed.matchAll(/<entry>[\s\S]*?<link rel="alternate" type="text\/html" href="([^"]+)"/g)].map((m) => new URL(m[1]!).pathname);
  expect(entries.sort()).toEqual(events.map((a) => `/en/events/${a.slug}/`).sort());
});
