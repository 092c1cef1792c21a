/**
 * The data downloads, feeds and sitemap come from the same records as the pages: they must
 * list the same events, with the same facts, at URLs that resolve.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './host';

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  expect(field + row.join(''), 'the file ends with CRLF').toBe('');
  const [header, ...records] = rows;
  expect(records.every((r) => r.length === header!.length), 'every row has every column').toBe(true);
  return records.map((r) => Object.fromEntries(header!.map((name, i) => [name, r[i]!])));
}

interface GeoFeature {
  id: string;
  geometry: { type: string; coordinates: [number, number] };
  properties: Record<string, string | number | null>;
}

async function downloads(request: APIRequestContext) {
  const get = async (file: string) => {
    const response = await request.get(`data/attacks.${file}`);
    expect(response.status(), file).toBe(200);
    return response.text();
  };
  return {
    csv: parseCsv(await get('csv')),
    geojson: JSON.parse(await get('geojson')) as { type: string; features: GeoFeature[] },
    json: JSON.parse(await get('json')) as { licence: { name: string }; attacks: { slug: string; status: string }[]; sources: object },
  };
}

/** The events the explorer page lists, from the payload its island reads. */
async function explorerEvents(page: Page, lang: string) {
  await page.goto(`${lang}/`);
  const payload = await page.locator('[data-explorer-data]').textContent();
  return (JSON.parse(payload!) as { events: { slug: string; title: string; status: string }[] }).events;
}

test('the CSV, GeoJSON and JSON list the same events with the same facts as the pages', async ({ page, request, published }) => {
  const { csv, geojson, json } = await downloads(request);
  const slugs = csv.map((r) => r.slug);
  expect(slugs.length).toBeGreaterThan(0);
  expect(geojson.type).toBe('FeatureCollection');
  expect(geojson.features.map((f) => f.id)).toEqual(slugs);
  expect(json.attacks.map((a) => a.slug)).toEqual(slugs);
  expect(json.licence.name).toBe('CC BY 4.0');

  for (const [i, row] of csv.entries()) {
    const feature = geojson.features[i]!;
    expect(feature.geometry).toEqual({ type: 'Point', coordinates: [Number(row.longitude), Number(row.latitude)] });
    expect(feature.properties.status).toBe(row.status);
    expect(feature.properties.time_precision).toBe(row.time_precision);
    expect(feature.properties.fatalities ?? '').toBe(row.fatalities === '' ? '' : Number(row.fatalities));
    expect(json.attacks[i]!.status).toBe(row.status);
    expect(row.source, `${row.slug} cites its sources`).not.toBe('');
  }

  for (const lang of ['fr', 'en'] as const) {
    const events = await explorerEvents(page, lang);
    expect(events.map((e) => e.slug)).toEqual(slugs);
    expect(events.map((e) => e.status)).toEqual(csv.map((r) => r.status));
    expect(events.map((e) => e.title)).toEqual(csv.map((r) => r[`title_${lang}`]));
  }
  for (const row of csv) {
    expect(row.url_en!.startsWith(published.root)).toBe(true);
    await page.goto(published.local(row.url_en!));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(row.title_en!);
  }
});

test('the explorer offers the downloads with their licence', async ({ page, request }) => {
  await page.goto('en/');
  const section = page.getByRole('region', { name: 'Download the data' });
  for (const format of ['CSV', 'GeoJSON', 'JSON']) {
    const href = await section.getByRole('link', { name: format, exact: true }).getAttribute('href');
    expect(href).toMatch(new RegExp(`data/attacks\\.${format.toLowerCase()}$`));
    expect((await request.get(new URL(href!, page.url()).href)).status()).toBe(200);
  }
  await expect(section.getByRole('link', { name: /CC BY 4\.0/ })).toHaveAttribute('href', /creativecommons\.org\/licenses\/by\/4\.0\//);
  await expect(section).toContainText('compiled from the news reports');
});

for (const lang of ['fr', 'en'] as const) {
  test(`the ${lang} Atom feed parses and lists every event, found from the pages`, async ({ page, published }) => {
    const events = await explorerEvents(page, lang);
    const href = await page.locator('link[rel=alternate][type="application/atom+xml"]').getAttribute('href');
    expect(href).toBe(`${published.root}${lang}/feed.xml`);
    const xml = await (await page.request.get(published.local(href!))).text();
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const atom = 'http://www.w3.org/2005/Atom';
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
        self: doc.querySelector('feed > link[rel=self]')?.getAttribute('href'),
        entries: [...doc.getElementsByTagNameNS(atom, 'entry')].map((e) => ({
          title: e.getElementsByTagNameNS(atom, 'title')[0]?.textContent,
          link: e.getElementsByTagNameNS(atom, 'link')[0]?.getAttribute('href'),
          updated: e.getElementsByTagNameNS(atom, 'updated')[0]?.textContent,
        })),
      };
    }, xml);
    expect(feed.error).toBeNull();
    expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
    expect(feed.self).toBe(href);
    expect(feed.entries).toHaveLength(events.length);
    expect(feed.entries.map((e) => e.link).sort()).toEqual(
      events.map((e) => `${published.root}${lang}/events/${e.slug}/`).sort(),
    );
    // A corrected event's entry is marked "(updated)"; the title before the mark is the event's.
    const mark = lang === 'fr' ? ' (mis à jour)' : ' (updated)';
    expect(feed.entries.map((e) => e.title!.replace(mark, '')).sort()).toEqual(events.map((e) => e.title).sort());
    expect(feed.entries.every((e) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(e.updated ?? ''))).toBe(true);

    await page.goto(`${lang}/events/${events[0]!.slug}/`);
    await expect(page.locator('link[rel=alternate][type="application/atom+xml"]')).toHaveAttribute('href', href!);
  });
}

test('robots.txt points to a sitemap of every page in both languages, with hreflang alternates', async ({ page, request, published }) => {
  const { root } = published;
  const robots = await (await request.get('robots.txt')).text();
  const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  expect(sitemapUrl).toBe(`${root}sitemap.xml`);
  const xml = await (await request.get(published.local(sitemapUrl!))).text();
  await page.goto('fr/');
  const urls = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const ns = 'http://www.sitemaps.org/schemas/sitemap/0.9';
    return [...doc.getElementsByTagNameNS(ns, 'url')].map((u) => ({
      loc: u.getElementsByTagNameNS(ns, 'loc')[0]!.textContent!,
      alternates: Object.fromEntries(
        [...u.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
      ),
    }));
  }, xml);
  const events = await explorerEvents(page, 'fr');
  const expected = ['fr/', 'en/', ...events.flatMap((e) => [`fr/events/${e.slug}/`, `en/events/${e.slug}/`])].map((p) => `${root}${p}`);
  const locs = urls.map((u) => u.loc);
  expect(locs).toEqual(expect.arrayContaining(expected));
  expect(locs.filter((l) => /\/embed\/|404/.test(l)), 'embeds and errors stay out').toEqual([]);
  for (const { loc, alternates } of urls.filter((u) => expected.includes(u.loc))) {
    const path = loc.slice(root.length + 3);
    expect(alternates).toEqual({ fr: `${root}fr/${path}`, en: `${root}en/${path}`, 'x-default': `${root}fr/${path}` });
  }
  for (const loc of locs) expect((await request.get(loc.replace(root, ''))).status(), loc).toBe(200);
});
