// @ts-check
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { staticHeaders } from './src/integrations/static-headers.ts';
import { sitemap } from './src/integrations/sitemap.ts';

// SITE and BASE let the same code deploy at a domain root or under a sub-path,
// e.g. SITE=https://graphics.example.org BASE=/iraq-attacks/ npm run build
export default defineConfig({
  site: process.env.SITE ?? 'http://localhost:4321',
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  // Separate caches let builds of different record sets (e.g. the benchmark's) run side by side.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  integrations: [contentCheck({ contentDir: process.env.CONTENT_DIR ?? 'content' }), staticHeaders(), sitemap()],
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  vite: {
    // The MapLibre chunk (about 1.2 MB, 290 KB gzip) is loaded on demand, never with the page.
    build: { assetsInlineLimit: 0, chunkSizeWarningLimit: 1300 },
  },
});
