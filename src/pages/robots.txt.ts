/**
 * robots.txt, pointing crawlers to the sitemap. Under a sub-path, crawlers read only the host's
 * own /robots.txt: there, this file is for the host to merge or link to.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl, sitemapPath } from '../lib/permalinks';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site!, sitemapPath(import.meta.env.BASE_URL))}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
