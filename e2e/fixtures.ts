/**
 * Every browser test runs under two standing checks: the site makes no request to any other
 * origin (self-contained, nothing leaks readers to third parties), and no page throws.
 */
import { test as base, expect, type Page } from '@playwright/test';

const harmless = [/GPU stall due to ReadPixels/, /\[\.WebGL-[^\]]+\]GL Driver Message/];

export const test = base.extend<{ siteOnly: void }>({
  siteOnly: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      const errors: string[] = [];
      context.on('request', (request) => {
        const url = request.url();
        if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin) foreign.push(url);
      });
      context.on('page', (page) => {
        page.on('pageerror', (error) => errors.push(error.message));
        page.on('console', (message) => {
          if (message.type() === 'error' && !harmless.some((re) => re.test(message.text()))) {
            errors.push(message.text());
          }
        });
      });
      await use();
      expect(foreign, 'requests to other origins').toEqual([]);
      expect(errors, 'page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until MapLibre has replaced the static map and finished drawing. */
export async function waitForMap(page: Page) {
  await expect(page.locator('[data-map-frame]')).toHaveAttribute('data-map-state', 'ready', { timeout: 20_000 });
  await page.locator('div[data-map]').evaluate(
    (el) =>
      new Promise<void>((resolve) => {
        const map = (el as unknown as { maplibreMap: import('maplibre-gl').Map }).maplibreMap;
        if (map.loaded() && !map.isMoving()) resolve();
        else map.once('idle', () => resolve());
      }),
  );
}

/** The base markers MapLibre actually drew, read back from the rendered map. */
export function renderedBases(page: Page) {
  return page.locator('div[data-map]').evaluate((el) => {
    const map = (el as unknown as { maplibreMap: import('maplibre-gl').Map }).maplibreMap;
    const features = map.queryRenderedFeatures({ layers: ['base-markers'] });
    const byId = new Map(features.map((f) => [f.properties.id as string, f.properties]));
    return [...byId.values()].map((p) => ({
      id: p.id as string,
      count: p.count as number,
      selected: p.selected as boolean,
    }));
  });
}

/** Where a base is on screen, in page coordinates, for clicking it like a reader would. */
export function basePosition(page: Page, baseName: string) {
  return page.locator('div[data-map]').evaluate((el, name) => {
    const map = (el as unknown as { maplibreMap: import('maplibre-gl').Map }).maplibreMap;
    const feature = map.querySourceFeatures('bases').find((f) => f.properties.name === name);
    const [lon, lat] = (feature!.geometry as GeoJSON.Point).coordinates as [number, number];
    const point = map.project([lon, lat]);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  }, baseName);
}
