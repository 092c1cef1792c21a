/**
 * Every browser test runs under three standing checks: the site makes no request to any other
 * origin (self-contained, nothing leaks readers to third parties), no page throws, and nothing
 * breaks the Content-Security-Policy (src/lib/csp.ts).
 */
import { test as base, expect, type Page } from '@playwright/test';

const harmless = [/GPU stall due to ReadPixels/, /\[\.WebGL-[^\]]+\]GL Driver Message/];

export const test = base.extend<{ siteOnly: void; otherOrigins: string[] }>({
  /** Origins a test serves itself besides the site's, e.g. a host page for embeds (e2e/host.ts). */
  otherOrigins: [[], { option: true }],
  siteOnly: [
    async ({ context, baseURL, otherOrigins }, use) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      const errors: string[] = [];
      const violations: string[] = [];
      // Every frame of every page reports Content-Security-Policy violations from its first script on.
      await context.exposeBinding('__reportCspViolation', ({ frame }, violation: string) => {
        violations.push(`${frame.url()}: ${violation}`);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { __reportCspViolation?: (v: string) => void }).__reportCspViolation;
          report?.(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`);
        });
      });
      context.on('request', (request) => {
        const url = request.url();
        const from = new URL(url).origin;
        if (!/^(data|blob):/.test(url) && from !== origin && !otherOrigins.includes(from)) foreign.push(url);
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
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
      expect(errors, 'page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Reaches for the map as a reader would (the pointer over it starts the map script), then waits
 * until MapLibre has replaced the static map and finished drawing.
 */
export async function waitForMap(page: Page) {
  if ((await page.locator('[data-map-frame]').getAttribute('data-map-state')) === null) {
    await page.locator('[data-map-frame]').hover();
  }
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

/**
 * The base markers on the map (static or carried by MapLibre: the same HTML pins), each with the
 * count and selection it shows.
 */
export function renderedBases(page: Page) {
  return page.locator('[data-map-frame] [data-kind=site]').evaluateAll((pins) =>
    pins.map((pin) => ({
      id: (pin as HTMLElement).dataset.pin!,
      count: Number((pin as HTMLElement).dataset.count),
      selected: pin.hasAttribute('data-selected'),
    })),
  );
}

/** Where a base is on screen (its marker's centre), in page coordinates, for clicking it like a reader would. */
export function basePosition(page: Page, baseName: string) {
  return page.locator('[data-map-frame]').evaluate((frame, name) => {
    const pin = [...frame.querySelectorAll<HTMLElement>('[data-kind=site]')].find((p) =>
      p.querySelector('.map-label')!.textContent!.startsWith(name),
    )!;
    const box = pin.querySelector('.map-site')!.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, baseName);
}
