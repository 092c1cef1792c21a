import { expect, renderedBases, test, waitForMap } from './fixtures';

test('the embed shows the map and slider without site chrome, and opens links outside the frame', async ({ page }) => {
  await page.goto('en/embed/');
  await expect(page.locator('.masthead')).toHaveCount(0);
  await expect(page.locator('.site-footer')).toHaveCount(0);
  await expect(page.getByRole('slider')).toBeEnabled();
  await waitForMap(page);
  expect(await renderedBases(page)).toHaveLength(3);
  await expect(page.locator('base')).toHaveAttribute('target', '_blank');
  await expect(page.getByRole('link', { name: 'Sources and full map' })).toHaveAttribute('href', /\/en\/$/);
  await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', 'noindex');
});

test('the embed works inside an iframe on another page', async ({ page }) => {
  // A stand-in for a newsroom article page that pastes the iframe.
  await page.route('**/article-with-embed.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Article</title><link rel="icon" href="data:,">
        <iframe src="fr/embed/" title="Carte des attaques" width="800" height="900"></iframe>`,
    }),
  );
  await page.goto('article-with-embed.html');
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('slider')).toBeEnabled();
  await expect(frame.locator('.event')).toHaveCount(7);
});
