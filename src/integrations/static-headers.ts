import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { headersFile } from '../lib/csp';

/**
 * Writes `_headers` (Netlify / Cloudflare Pages format) into the build output, from the same
 * policy the pages carry in their CSP meta element, plus the headers a meta element cannot set
 * (`frame-ancestors`, `X-Content-Type-Options`, `Referrer-Policy`). Paths in it start at the
 * configured base, so a build for `/graphics/iraq-attacks/` covers `/graphics/iraq-attacks/*`.
 */
export function staticHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'static-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const file = new URL('_headers', dir);
        await writeFile(file, headersFile(base));
        logger.info(`wrote ${file.pathname}`);
      },
    },
  };
}
