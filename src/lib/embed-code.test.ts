import { describe, expect, it } from 'vitest';
import { embedCode, embedHeight, oembedRich, embedSite } from './embed-code';

describe('embed codes', () => {
  const src = 'https://news.example.org/graphics/iraq/fr/embed/?list=0';

  it('writes a lazy, borderless, full-width iframe with a title', () => {
    expect(embedCode({ src, title: 'Carte', height: 900 })).toBe(
      '<iframe src="https://news.example.org/graphics/iraq/fr/embed/?list=0" title="Carte" width="100%" height="900" loading="lazy" style="border:0"></iframe>',
    );
  });

  it('escapes attribute values', () => {
    const code = embedCode({ src: 'https://x.org/?a=1&b=2', title: 'Say "hi" <now>', height: 1 });
    expect(code).toContain('src="https://x.org/?a=1&amp;b=2"');
    expect(code).toContain('title="Say &quot;hi&quot; &lt;now&gt;"');
  });

  it('adds the resize script after the frame when asked', () => {
    const code = embedCode({ src, title: 'Carte', height: 900, resizeScript: 'https://news.example.org/graphics/iraq/embed.js' });
    expect(code.split('\n')).toEqual([
      expect.stringMatching(/^<iframe .*><\/iframe>$/),
      '<script async src="https://news.example.org/graphics/iraq/embed.js"></script>',
    ]);
  });

  it('is compact by default, taller with an event’s card, tallest with the list', () => {
    expect(embedHeight()).toBeLessThan(embedHeight({ event: true }));
    expect(embedHeight({ event: true })).toBeLessThan(embedHeight({ list: true }));
  });
});

describe('oEmbed', () => {
  it('answers with a rich type whose html is the bare iframe', () => {
    const answer = oembedRich({
      title: 'Attaque',
      frameTitle: 'Carte',
      providerName: 'Attaques',
      providerUrl: 'https://x.org/fr/',
      src: 'https://x.org/fr/embed/',
      height: 900,
      thumbnail: { url: 'https://x.org/og.png', width: 1200, height: 630 },
    });
    expect(answer).toMatchObject({ type: 'rich', version: '1.0', title: 'Attaque', width: 700, height: 900, thumbnail_width: 1200 });
    expect(answer.html).toBe(embedCode({ src: 'https://x.org/fr/embed/', title: 'Carte', height: 900 }));
    expect(answer.html).not.toContain('<script');
  });

  it('leaves the thumbnail out when there is none', () => {
    const answer = oembedRich({ title: 't', frameTitle: 't', providerName: 'p', providerUrl: 'u', src: 's', height: 1 });
    expect(Object.keys(answer)).not.toContain('thumbnail_url');
  });
});

describe('embedSite', () => {
  it('keeps the published address', () => {
    expect(embedSite('https://graphics.example.org/', false, 'https://graphics.example.org')).toBe('https://graphics.example.org/');
    expect(embedSite('https://graphics.example.org/', false, 'http://localhost:4321')).toBe('https://graphics.example.org/');
  });

  it('never offers a local address when the page is read elsewhere', () => {
    expect(embedSite('http://localhost:4321/', true, 'https://news.example.com')).toBe('https://news.example.com/');
    expect(embedSite('http://localhost:4321/', true, 'http://localhost:4321')).toBe('http://localhost:4321/');
    expect(embedSite('http://localhost:4321/', true, 'http://localhost:4441')).toBe('http://localhost:4321/');
  });
});
