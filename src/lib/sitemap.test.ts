import { describe, expect, it } from 'vitest';
import type { Lang } from './schema';
import { sitemapEntries, sitemapXml } from './sitemap';

describe('sitemap', () => {
  const site = 'https://news.example.org';
  const base = '/graphics/iraq/';
  const story = { languages: ['fr', 'en'] as Lang[], defaultLanguage: 'fr' as const };
  const paths = ['/graphics/iraq/fr/', '/graphics/iraq/en/', '/graphics/iraq/fr/events/a/', '/graphics/iraq/en/events/a/', '/graphics/iraq/fr/only/'];

  it('pairs each page with its other language and a French x-default', () => {
    const entries = sitemapEntries(paths, site, base, story);
    expect(entries.map((e) => e.loc)).toHaveLength(5);
    expect(entries.find((e) => e.loc.endsWith('/en/events/a/'))!.alternates).toEqual([
      { hreflang: 'fr', href: 'https://news.example.org/graphics/iraq/fr/events/a/' },
      { hreflang: 'en', href: 'https://news.example.org/graphics/iraq/en/events/a/' },
      { hreflang: 'x-default', href: 'https://news.example.org/graphics/iraq/fr/events/a/' },
    ]);
  });

  it('gives no alternates to a page that exists in one language only', () => {
    expect(sitemapEntries(paths, site, base, story).find((e) => e.loc.endsWith('/fr/only/'))!.alternates).toEqual([]);
  });

  it('writes a urlset with xhtml:link alternates', () => {
    const xml = sitemapXml(sitemapEntries(['/fr/', '/en/'], site, '/', story));
    expect(xml).toContain('<loc>https://news.example.org/fr/</loc>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://news.example.org/en/"/>');
    expect(xml.match(/<url>/g)).toHaveLength(2);
  });

  it('gives no alternates at all to a story in one language', () => {
    const entries = sitemapEntries(['/en/', '/en/events/a/'], site, '/', { languages: ['en'], defaultLanguage: 'en' });
    expect(entries.map((e) => e.loc)).toEqual(['https://news.example.org/en/', 'https://news.example.org/en/events/a/']);
    expect(entries.flatMap((e) => e.alternates)).toEqual([]);
  });

  it('points x-default at the story\'s default language', () => {
    const entries = sitemapEntries(['/fr/', '/en/'], site, '/', { languages: ['fr', 'en'], defaultLanguage: 'en' });
    expect(entries[0]!.alternates.at(-1)).toEqual({ hreflang: 'x-default', href: 'https://news.example.org/en/' });
  });
});
