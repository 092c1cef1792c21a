import { defineConfig } from '@playwright/test';

const port = Number(process.env.PORT ?? 4321);
const base = process.env.BASE ?? '/';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    // Tests navigate with relative paths ("fr/"), so they pass under a sub-path too.
    baseURL: `http://localhost:${port}${base.endsWith('/') ? base : `${base}/`}`,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    trace: 'retain-on-failure',
  },
  webServer: {
    // `npm test` builds first; this serves dist/ as a static host would.
    command: `npx astro preview --port ${port} --outDir ${process.env.OUT_DIR ?? 'dist'}`,
    url: `http://localhost:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
