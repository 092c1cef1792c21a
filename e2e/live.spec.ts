/**
 * Smoke test of the live records (`npm run test:live`): the real build opens in both
 * languages, shows the story file's headline and lists every event, each with its page. The
 * rest of the browser suite runs on the frozen fixture records (e2e/fixtures/), so an editorial
 * change to content/ never breaks it.
 */
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { story } from './story';

test.skip(!process.env.LIVE, 'needs the live build: npm run test:live');

const slugs = readdirSync('content/events')
  .filter((name) => /^[a-z0-9-]+\.ya?ml$/.test(name))
  .map((name) => name.replace(/\.ya?ml$/, ''));

for (const lang of ['fr', 'en'] as const) {
  test(`the live ${lang} explorer lists every event, each opening its own page`, async ({ page }) => {
    await page.goto(`${lang}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title[lang]);
    await expect(page.locator('.event')).toHaveCount(slugs.length);
    for (const slug of slugs) {
      const response = await page.request.get(`${lang}/events/${slug}/`);
      expect(response.status(), slug).toBe(200);
    }
  });
}
