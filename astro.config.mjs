// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { parse } from 'yaml';
import { publishedAddress } from './src/lib/address.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { staticHeaders } from './src/integrations/static-headers.ts';
import { sitemap } from './src/integrations/sitemap.ts';

const contentDir = process.env.CONTENT_DIR ?? 'content';

/** `address` in the story settings; the checker validates the file, this only reads it. */
function settingsAddress() {
  try {
    return parse(readFileSync(`${contentDir}/story/settings.yaml`, 'utf8'))?.address;
  } catch {
    return undefined;
  }
}

// The published address comes from the story settings (content/story/settings.yaml) or SITE,
// which overrides it; a build with neither stops (src/integrations/content-check.ts). BASE puts
// the site under a sub-path: SITE=https://graphics.example.org BASE=/iraq-attacks/ npm run build
export default defineConfig({
  site: publishedAddress(process.env.SITE, settingsAddress()),
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  // Separate caches let builds of different record sets (e.g. the benchmark's) run side by side.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  integrations: [contentCheck({ contentDir }), staticHeaders(), sitemap({ contentDir })],
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  vite: {
    // The MapLibre chunk (about 1.2 MB, 290 KB gzip) is loaded on demand, never with the page.
    build: { assetsInlineLimit: 0, chunkSizeWarningLimit: 1300 },
  },
});
