import { describe, expect, it } from 'vitest';
import { absoluteUrl, assetPath, embedPath, eventPath, explorerPath } from './permalinks';

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
});
