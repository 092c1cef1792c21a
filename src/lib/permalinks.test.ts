import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  assetPath,
  dataPath,
  embedFramePath,
  embedPath,
  embedScriptPath,
  eventPath,
  explorerPath,
  feedPath,
  oembedPath,
  ogImagePath,
  sitemapPath,
} from './permalinks';

describe('permalinks', () => {
  it('builds every page path from the root', () => {
    expect(explorerPath('/', 'fr')).toBe('/fr/');
    expect(eventPath('/', 'en', '2023-10-21-ain-al-asad-drones')).toBe('/en/events/2023-10-21-ain-al-asad-drones/');
    expect(embedPath('/', 'en')).toBe('/en/embed/');
    expect(assetPath('/', 'basemap.json')).toBe('/basemap.json');
  });

  it('keeps a deployment sub-path, with or without its trailing slash', () => {
    expect(eventPath('/graphics/iraq/', 'fr', 'a-b')).toBe('/graphics/iraq/fr/events/a-b/');
    expect(explorerPath('/graphics/iraq', 'en')).toBe('/graphics/iraq/en/');
    expect(assetPath('/graphics/iraq', 'basemap.json')).toBe('/graphics/iraq/basemap.json');
  });

  it('links to the explorer opened at an event', () => {
    expect(explorerPath('/', 'fr', { event: 'a-b' })).toBe('/fr/?event=a-b');
  });

  it('makes absolute URLs for canonical links and sharing', () => {
    expect(absoluteUrl('https://news.example.org', '/graphics/iraq/fr/')).toBe('https://news.example.org/graphics/iraq/fr/');
  });

  it('points embed codes at the explorer or at an event, compact unless the list is asked for', () => {
    expect(embedFramePath('/', 'fr')).toBe('/fr/embed/');
    expect(embedFramePath('/', 'en', { list: false })).toBe('/en/embed/');
    expect(embedFramePath('/', 'en', { list: true })).toBe('/en/embed/?list=1');
    expect(embedFramePath('/g/', 'fr', { event: 'a-b' })).toBe('/g/fr/embed/events/a-b/?event=a-b');
    expect(embedFramePath('/g/', 'fr', { event: 'a-b', list: true })).toBe('/g/fr/embed/events/a-b/?event=a-b&list=1');
  });

  it('names the files shared alongside the pages', () => {
    const base = '/graphics/iraq-attacks/';
    expect(ogImagePath(base, 'fr', 'a-b')).toBe('/graphics/iraq-attacks/fr/events/a-b/og.png');
    expect(oembedPath(base, 'en')).toBe('/graphics/iraq-attacks/en/oembed.json');
    expect(oembedPath(base, 'en', 'a-b')).toBe('/graphics/iraq-attacks/en/events/a-b/oembed.json');
    expect(feedPath(base, 'fr')).toBe('/graphics/iraq-attacks/fr/feed.xml');
    expect(dataPath(base, 'csv')).toBe('/graphics/iraq-attacks/data/attacks.csv');
    expect(embedScriptPath(base)).toBe('/graphics/iraq-attacks/embed.js');
    expect(sitemapPath('/')).toBe('/sitemap.xml');
  });
});
