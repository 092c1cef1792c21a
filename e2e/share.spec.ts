/**
 * What journalists and web producers do with the site: copy an event's link, share its card,
 * take the embed code from the dialog and paste it into an article on another site, or let
 * their CMS find it through oEmbed.
 */
import type { Frame, Locator, Page } from '@playwright/test';
import { embedHeight } from '../src/lib/embed-code';
import { article, expect, test, type Published } from './host';
import { inAttribute, story } from './story';

const eventSlug = '2023-10-21-ain-al-asad-drones';

/** Width and height from a PNG's signature and IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function slugs(page: Page): Promise<string[]> {
  const response = await page.request.get('data/attacks.json');
  return ((await response.json()) as { attacks: { slug: string }[] }).attacks.map((a) => a.slug);
}

async function eventTitles(page: Page): Promise<Record<string, { fr: string; en: string }>> {
  const response = await page.request.get('data/attacks.json');
  const { attacks } = (await response.json()) as { attacks: { slug: string; title: { fr: string; en: string } }[] };
  return Object.fromEntries(attacks.map((a) => [a.slug, a.title]));
}

/** The embed frame whose URL matches, once the host page has loaded it. */
async function embedFrame(page: Page, url: RegExp): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => url.test(f.url()))).toBe(true);
  const frame = page.frames().find((f) => url.test(f.url()))!;
  await expect(frame.locator('[data-explorer]')).toBeVisible();
  return frame;
}

/** Waits until the iframe is exactly as tall as the page inside it. */
async function expectFitted(iframe: Locator, frame: Frame): Promise<number> {
  const heights = async () => ({
    frame: await iframe.evaluate((el) => el.getBoundingClientRect().height),
    content: await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)),
  });
  // Browsers pause rendering, and so resize observers, in cross-origin frames off screen.
  await iframe.scrollIntoViewIfNeeded();
  await expect.poll(async () => { const h = await heights(); return h.frame === h.content; }, { timeout: 10_000 }).toBe(true);
  return (await heights()).frame;
}

async function copiedEmbedCode(page: Page): Promise<string> {
  await page.getByRole('dialog').getByRole('button', { name: /Copy the code|Copier le code/ }).click();
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/Code copied|Code copié/);
  return page.evaluate(() => navigator.clipboard.readText());
}

test.describe('an event’s permalink', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  });

  test('copies to the clipboard, and the page describes the event for sharing and search', async ({ page, published }) => {
    await page.goto(`en/events/${eventSlug}/`);
    const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
    expect(canonical).toBe(`${published.root}en/events/${eventSlug}/`);

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);

    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', `${published.root}en/events/${eventSlug}/og.png`);
    await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', /Ain al-Asad/);

    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      url: canonical,
      temporalCoverage: '2023-10-21',
      about: { '@type': 'Event', startDate: '2023-10-21', location: { '@type': 'Place', geo: { latitude: 33.7857 } } },
    });
    const facts = Object.fromEntries(ld.about.additionalProperty.map((p: { propertyID: string; value: string }) => [p.propertyID, p.value]));
    // Ain al-Asad's point is the airfield's reference point, not the event's place: approximate.
    expect(facts).toEqual({ status: 'disputed', timePrecision: 'day', geoPrecision: 'approximate' });
    expect(ld.citation.map((c: { publisher: { name: string } }) => c.publisher.name)).toEqual(
      expect.arrayContaining(['trt.global (français)', 'libe.ma']),
    );
    // A source whose headline is not known is described, never named by a made-up headline.
    const trt = ld.citation.find((c: { publisher: { name: string } }) => c.publisher.name === 'trt.global (français)');
    expect(trt).not.toHaveProperty('name');
    expect(trt.description).toMatch(/^AFP dispatch of Saturday 21 October 2023/);
  });

  test('each event has a 1200×630 PNG card at an absolute URL, in each language', async ({ page, request, published }) => {
    for (const lang of ['fr', 'en']) {
      for (const slug of await slugs(page)) {
        const html = await (await request.get(`${lang}/events/${slug}/`)).text();
        const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
        expect(image, `${lang}/${slug} names its card`).toBe(`${published.root}${lang}/events/${slug}/og.png`);
        const response = await request.get(published.local(image!));
        expect(response.headers()['content-type']).toBe('image/png');
        expect(pngSize(await response.body()), `${lang}/${slug} card`).toEqual({ width: 1200, height: 630 });
      }
    }
  });
});

test.describe('the embed dialog', () => {
  test('builds the iframe code from its options, keeps focus inside, and gives it back on Escape', async ({ page, published }) => {
    await page.goto('fr/');
    const opener = page.getByRole('button', { name: 'Intégrer la carte' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Intégrer la carte dans un article' });
    await expect(dialog).toBeVisible();
    const code = dialog.getByLabel('Code à coller');
    // Compact by default: no list, the map's title, the height that fits the compact embed.
    await expect(code).toHaveValue(
      `<iframe src="${published.root}fr/embed/" title="${inAttribute(story.title.fr)}" width="100%" height="${embedHeight()}" loading="lazy" style="border:0"></iframe>\n` +
        `<script async src="${published.root}embed.js"></script>`,
    );

    await dialog.getByLabel('Langue').selectOption('en');
    await dialog.getByLabel('Ouvrir sur').selectOption(eventSlug);
    await dialog.getByLabel('Afficher la liste des événements').check();
    await dialog.getByLabel('Hauteur automatique (ajoute un script)').uncheck();
    // Opened at an event, the frame is titled as that event, in the embed's language.
    const eventTitle = (await eventTitles(page))[eventSlug]!.en;
    await expect(code).toHaveValue(
      `<iframe src="${published.root}en/embed/events/${eventSlug}/?event=${eventSlug}&amp;list=1" title="${inAttribute(eventTitle)}" width="100%" height="${embedHeight({ list: true })}" loading="lazy" style="border:0"></iframe>`,
    );
    await expect(dialog.getByRole('link', { name: 'Aperçu dans un nouvel onglet' })).toHaveAttribute(
      'href',
      new RegExp(`/en/embed/events/${eventSlug}/\\?event=${eventSlug}&list=1$`),
    );

    // The rest of the page is inert while the dialog is open: Tab never leaves it.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await dialog.evaluate((d) => d.contains(document.activeElement) || document.activeElement === document.body)).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  });

  test('on an event page, opens at that event', async ({ page }) => {
    await page.goto(`en/events/${eventSlug}/`);
    await page.getByRole('button', { name: 'Embed the map' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('Open at')).toHaveValue(eventSlug);
    await expect(dialog.getByLabel('Code to paste')).toHaveValue(new RegExp(`/en/embed/events/${eventSlug}/\\?event=${eventSlug}"`));
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Embed the map' })).toBeFocused();
  });
});

test.describe('an embed on another site', () => {
  test('pasted from the dialog, shows the map opened at the event and fits its height', async ({ page, context, baseURL, host, published }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    await page.goto('en/');
    await page.getByRole('button', { name: 'Embed the map' }).click();
    await page.getByRole('dialog').getByLabel('Open at').selectOption(eventSlug);
    const code = await copiedEmbedCode(page);
    expect(code).toContain(`src="${published.root}en/embed/events/${eventSlug}/`);

    await page.goto(host.page(article(published.local(code))));
    const frame = await embedFrame(page, /\/en\/embed\/events\//);
    await expect(frame.getByRole('slider')).toBeEnabled();
    await expect(frame.locator(`#event-${eventSlug}`)).toHaveClass(/event--selected/);
    await expect(frame.getByRole('link', { name: /Read the full event/ })).toHaveAttribute('href', new RegExp(`/en/events/${eventSlug}/$`));
    await expectFitted(page.locator('iframe'), frame);
  });

  test('follows its content’s height as it changes, and ignores messages from anyone else', async ({ page, host, baseURL }) => {
    await page.setViewportSize({ width: 1100, height: 900 });
    const frames = ['fr/embed/?list=1', 'fr/embed/']
      .map((path) => `<iframe src="${baseURL}${path}" title="Carte" width="100%" height="600" style="border:0;display:block"></iframe>`)
      .join('');
    // A frame of the host's own that claims to be an embed, and a message from the page itself.
    const impostor = `<iframe title="impostor" srcdoc="<script>parent.postMessage({sentinel:'amp',type:'embed-size',height:77},'*')</script>"></iframe>`;
    await page.goto(host.page(article(`${frames}${impostor}<script async src="${baseURL}embed.js"></script>`)));
    const withList = await embedFrame(page, /list=1/);
    const withoutList = await embedFrame(page, /\/fr\/embed\/$/);
    const iframes = page.locator('iframe[title=Carte]');

    const tall = await expectFitted(iframes.first(), withList);
    const short = await expectFitted(iframes.last(), withoutList);
    expect(short).toBeLessThan(tall);

    // A narrower column wraps the text: the page inside grows, the frame follows.
    await page.setViewportSize({ width: 600, height: 900 });
    expect(await expectFitted(iframes.first(), withList)).toBeGreaterThan(tall);

    await page.evaluate(() => window.postMessage({ sentinel: 'amp', type: 'embed-size', height: 99 }, '*'));
    await page.waitForTimeout(300);
    for (const [iframe, frame] of [[iframes.first(), withList], [iframes.last(), withoutList]] as const) {
      expect(await expectFitted(iframe, frame)).not.toBe(99);
    }
    expect(await page.locator('iframe[title=impostor]').evaluate((el) => el.getBoundingClientRect().height)).not.toBe(77);
  });

  test('fits its height even when the host script loads after the embed', async ({ page, host, baseURL }) => {
    const body = `<iframe src="${baseURL}en/embed/" title="Map" width="100%" height="300" style="border:0;display:block"></iframe>
      <button type="button" id="load-script">load</button>`;
    await page.goto(host.page(article(body)));
    const frame = await embedFrame(page, /\/en\/embed\//);
    await expect(frame.getByRole('slider')).toBeEnabled();
    await page.evaluate((src) => {
      const script = document.createElement('script');
      script.src = src;
      document.body.append(script);
    }, `${baseURL}embed.js`);
    expect(await expectFitted(page.locator('iframe'), frame)).toBeGreaterThan(300);
  });
});

test.describe('oEmbed', () => {
  async function discovered(page: Page, path: string, published: Published) {
    // The link is in the static HTML: read it as a crawler would, without rendering the page.
    const html = await (await page.request.get(path)).text();
    const link = await page.evaluate((html) => {
      const found = new DOMParser().parseFromString(html, 'text/html').querySelector('link[rel=alternate][type="application/json+oembed"]');
      return found && { href: found.getAttribute('href')!, title: found.getAttribute('title') };
    }, html);
    expect(link, `${path} announces an oEmbed answer`).not.toBeNull();
    const { href, title } = link!;
    expect(href.startsWith(published.root), `${path} links to an absolute oEmbed URL`).toBe(true);
    const response = await page.request.get(published.local(href));
    expect(response.status()).toBe(200);
    return { title, answer: await response.json() };
  }

  test('every page with an embed announces a valid rich answer whose iframe is the embed', async ({ page, published }) => {
    const paths = (await slugs(page)).flatMap((slug) => [`fr/events/${slug}/`, `en/events/${slug}/`]);
    for (const path of ['fr/', 'en/', ...paths]) {
      const { title, answer } = await discovered(page, path, published);
      expect(answer).toMatchObject({ type: 'rich', version: '1.0', title, provider_url: `${published.root}${path.slice(0, 3)}` });
      expect(typeof answer.provider_name).toBe('string');
      expect(answer.width).toBeGreaterThan(0);
      expect(answer.height).toBeGreaterThan(0);
      const src = /^<iframe src="([^"]+)" title="[^"]+" width="100%" height="\d+" loading="lazy" style="border:0"><\/iframe>$/.exec(answer.html)?.[1];
      expect(src, `${path} oEmbed html`).toBeDefined();
      const slug = path.split('/')[2];
      expect(src!.replaceAll('&amp;', '&')).toBe(
        slug ? `${published.root}${path.slice(0, 3)}embed/events/${slug}/?event=${slug}` : `${published.root}${path.slice(0, 3)}embed/`,
      );
      if (slug) expect(answer).toMatchObject({ thumbnail_url: `${published.root}${path}og.png`, thumbnail_width: 1200, thumbnail_height: 630 });
      // Several events in one article: each iframe is titled as its event, in its language.
      const frameTitle = /title="([^"]+)"/.exec(answer.html)![1]!.replaceAll('&quot;', '"').replaceAll('&amp;', '&');
      if (slug) expect(frameTitle).toBe((await eventTitles(page))[slug]![path.slice(0, 2) as 'fr' | 'en']);
      const embed = await page.request.get(published.local(src!.replaceAll('&amp;', '&')));
      expect(embed.status()).toBe(200);
      expect(await embed.text()).toContain('data-explorer');
    }
  });

  test('its html, pasted into a page on another site, loads the embed', async ({ page, host, published }) => {
    for (const path of ['fr/', `en/events/${eventSlug}/`]) {
      const { answer } = await discovered(page, path, published);
      await page.goto(host.page(article(published.local(answer.html))));
      await page.locator('iframe').scrollIntoViewIfNeeded();
      const frame = await embedFrame(page, /\/embed\//);
      await expect(frame.getByRole('slider')).toBeEnabled();
      await expect(frame.locator('.event')).toHaveCount(7);
      // Compact: the list is there for whoever asks for it.
      await expect(frame.locator('#events')).toBeHidden();
    }
  });
});
