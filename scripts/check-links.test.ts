import { describe, expect, it } from 'vitest';
import { checkLinks, decodeEntities, normalizeBase, pageLinks, resolveLink, startTags } from './check-links';

const origin = 'http://localhost:4321';

describe('startTags', () => {
  it('reads attributes in any quoting, decoding character references', () => {
    const [a] = startTags(`<a href="/fr/?t=1&#38;event=x" data-x='y' hidden class=z>`);
    expect(a?.name).toBe('a');
    expect(Object.fromEntries(a!.attrs)).toEqual({ href: '/fr/?t=1&event=x', 'data-x': 'y', hidden: '', class: 'z' });
  });

  it('skips comments and the content of scripts and styles', () => {
    const html = `<!-- <a href="/c"> --><script type="application/json">{"a":"<a href='/s'>"}</script>
      <style>a[href="/t"]{}</style><img src="/i.png" alt=""/><svg><use xlink:href="#s"/></svg>`;
    expect(startTags(html).map((t) => t.name)).toEqual(['script', 'style', 'img', 'svg', 'use']);
  });
});

describe('decodeEntities', () => {
  it('decodes numeric and common named references, and leaves unknown ones', () => {
    expect(decodeEntities('a&amp;b&#39;c&#x27;d&quot;&unknown;')).toBe(`a&b'c'd"&unknown;`);
  });
});

describe('pageLinks', () => {
  it('collects ids, href, src, srcset, meta refresh and the base href', () => {
    const links = pageLinks(`<base href="/x/"><meta http-equiv="refresh" content="0; url=/fr/">
      <main id="main"><a name="old"></a><img src="a.png" srcset="b.png 2x, c.png 3x" alt=""></main>`);
    expect([...links.ids]).toEqual(['main', 'old']);
    expect(links.baseHref).toBe('/x/');
    expect(links.links.map((l) => l.url)).toEqual(['/fr/', 'a.png', 'b.png', 'c.png']);
  });
});

describe('resolveLink', () => {
  const files = new Set(['index.html', 'fr/index.html', 'favicon.svg']);
  const from = new URL('http://localhost:4321/g/fr/index.html');
  const resolve = (url: string) => resolveLink(url, from, { base: '/g/', files });

  it('maps directories to their index.html, under the base path', () => {
    expect(resolve('/g/fr/')).toEqual({ kind: 'internal', file: 'fr/index.html', fragment: undefined });
    expect(resolve('/g/fr')).toMatchObject({ kind: 'internal', file: 'fr/index.html' });
    expect(resolve('../')).toMatchObject({ kind: 'internal', file: 'index.html' });
    expect(resolve('/g/favicon.svg')).toMatchObject({ kind: 'internal', file: 'favicon.svg' });
    expect(resolve('http://localhost:4321/g/fr/?t=1#main')).toEqual({ kind: 'internal', file: 'fr/index.html', fragment: 'main' });
  });

  it('refuses missing files, paths outside the base and javascript: URLs', () => {
    expect(resolve('/g/en/')).toMatchObject({ kind: 'broken' });
    expect(resolve('/fr/')).toMatchObject({ kind: 'broken', reason: 'outside the base path /g/' });
    expect(resolve('JavaScript:alert(1)')).toMatchObject({ kind: 'broken' });
  });

  it('leaves other origins and schemes alone', () => {
    for (const url of ['https://example.org/', '//cdn.example.org/x.js', 'mailto:a@b.c', 'data:,', 'tel:123']) {
      expect(resolve(url)).toEqual({ kind: 'external' });
    }
  });
});

describe('checkLinks', () => {
  it('reports missing pages and fragments, once per page', () => {
    const pages = new Map([
      ['index.html', '<a href="fr/#main">ok</a><a href="fr/#nope">x</a><a href="fr/#nope">x</a><a href="#top">top</a>'],
      ['fr/index.html', '<main id="main"><a href="../en/">en</a><a href="https://example.org/">ext</a></main>'],
    ]);
    const broken = checkLinks(pages, new Set(pages.keys()), { base: '/', origin });
    expect(broken).toEqual([
      { page: 'index.html', attr: '<a href>', url: 'fr/#nope', reason: 'no id="nope" in fr/index.html' },
      { page: 'fr/index.html', attr: '<a href>', url: '../en/', reason: 'no file en/index.html in the build' },
    ]);
  });

  it('normalizes base paths', () => {
    expect(['/', '', '//'].map(normalizeBase)).toEqual(['/', '/', '/']);
    expect(normalizeBase('graphics/iraq-attacks')).toBe('/graphics/iraq-attacks/');
  });
});
