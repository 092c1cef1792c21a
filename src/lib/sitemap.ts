/**
 * sitemap.xml with hreflang alternates: each page in one language links to the same page in
 * the others, which the site builds at the same path under each language prefix.
 */
import { dictionaries } from './i18n';
import { absoluteUrl } from './permalinks';
import type { Lang, StorySettings } from './schema';
import { escapeXml } from './xml';

export interface SitemapEntry {
  loc: string;
  alternates: { hreflang: string; href: string }[];
}

/**
 * Entries for site-relative page paths ("/base/fr/…/"), with their alternates in the story's
 * languages; a page that exists in one language only has none.
 */
export function sitemapEntries(
  paths: string[],
  address: URL | string,
  base: string,
  { languages, defaultLanguage }: Pick<StorySettings, 'languages' | 'defaultLanguage'>,
): SitemapEntry[] {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const known = new Set(paths);
  const langOf = (path: string) => languages.find((l) => path.startsWith(`${prefix}${l}/`));
  const inLang = (path: string, from: Lang, to: Lang) => `${prefix}${to}/${path.slice(`${prefix}${from}/`.length)}`;
  return [...known].sort().map((path) => {
    const lang = langOf(path);
    if (!lang) return { loc: absoluteUrl(address, path), alternates: [] };
    const versions = languages.filter((l) => known.has(inLang(path, lang, l)));
    const alternates = versions.map((l) => ({
      hreflang: dictionaries[l].htmlLang.slice(0, 2),
      href: absoluteUrl(address, inLang(path, lang, l)),
    }));
    if (versions.includes(defaultLanguage)) {
      alternates.push({ hreflang: 'x-default', href: absoluteUrl(address, inLang(path, lang, defaultLanguage)) });
    }
    return { loc: absoluteUrl(address, path), alternates: versions.length > 1 ? alternates : [] };
  });
}

export function sitemapXml(entries: SitemapEntry[]): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries.map((entry) =>
      [
        '  <url>',
        `    <loc>${escapeXml(entry.loc)}</loc>`,
        ...entry.alternates.map(
          (a) => `    <xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${escapeXml(a.href)}"/>`,
        ),
        '  </url>',
      ].join('\n'),
    ),
    '</urlset>',
    '',
  ].join('\n');
}
