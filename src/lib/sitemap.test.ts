import { describe, expect, it } from 'vitest';
import { sitemapEntries, sitemapXml } from './sitemap';

describe('sitemap', () => {
  const site = 'https://news.example.org';
  const base = '/graphics/iraq/';
  const paths = ['/graphics/iraq/fr/', '/graphics/iraq/en/', '/graphics/iraq/fr/events/a/', '/graphics/iraq/en/events/a/', '/graphics/iraq/fr/only/'];

  it('pairs each page with its other language and a French x-default', () => {
    const entries = sitemapEntries(paths, site, base);
    expect(entries.map((e) => e.loc)).toHaveLength(5);
    expect(entries.find((e) => e.loc.endsWith('/en/events/a/'))!.alternates).toEqual([
      { hreflang: 'fr', href: 'https://news.example.org/graphics/iraq/fr/events/a/' },
      { hreflang: 'en', href: 'https://news.example.org/graphics/iraq/en/events/a/' },
      { hreflang: 'x-default', href: 'https://news.example.org/graphics/iraq/fr/events/a/' },
    ]);
  });

  it('gives no alternates to a page that exists in one language only', () => {
    expect(sitemapEntries(paths, site, base).find((e) => e.loc.endsWith('/fr/only/'))!.alternates).toEqual([]);
  });

  it('writes a urlset with xhtml:link alternates', () => {
    const xml = sitemapXml(sitemapEntries(['/fr/', '/en/'], site, '/'));
    expect(xml).toContain('<loc>https://news.example.org/fr/</loc>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://news.example.org/en/"/>');
    expect(xml.match(/<url>/g)).toHaveLength(2);
  });
});
