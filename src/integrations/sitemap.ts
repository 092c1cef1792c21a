import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { readStorySettings } from '../lib/records/read-content';
import { sitemapEntries, sitemapXml } from '../lib/sitemap';

/** Pages that are not for search results: embeds, error and redirect pages. */
const notIndexed = /<meta name="robots" content="noindex"|<meta http-equiv="refresh"/;

/**
 * Writes `sitemap.xml` from the pages the build actually wrote, so a new page is listed without
 * anyone remembering to; pages marked noindex and redirects are left out.
 */
export function sitemap({ contentDir }: { contentDir: string }): AstroIntegration {
  let site = '';
  let base = '/';
  let root = process.cwd();
  return {
    name: 'sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site; // content-check refuses a build without one
        base = config.base;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const prefix = base.endsWith('/') ? base : `${base}/`;
        const paths: string[] = [];
        for (const { pathname } of pages) {
          const html = await readFile(new URL(`${pathname}index.html`, dir), 'utf8').catch(() => undefined);
          if (html !== undefined && !notIndexed.test(html)) paths.push(`${prefix}${pathname}`);
        }
        const file = new URL('sitemap.xml', dir);
        await writeFile(file, sitemapXml(sitemapEntries(paths, site, base, readStorySettings(contentDir, root))));
        logger.info(`wrote ${file.pathname} (${paths.length} pages)`);
      },
    },
  };
}
