/**
 * Link check of a built site: every internal link and resource of every HTML page in dist/
 * must resolve to a file of the build (a directory to its index.html), and every `#fragment`
 * to an `id` in the target page.
 *
 *   npx vite-node scripts/check-links.ts -- <distDir> [base]
 *
 * `base` is the path the build is served under (Astro's BASE, default `/`). Links are internal
 * when they stay on the site: relative, root-relative, or absolute on the origin of `SITE` (the
 * same variable as astro.config.mjs, default http://localhost:4321), as canonical and hreflang
 * links are. Other http(s) origins, mailto:, tel: and data: are not checked; a javascript: URL
 * is always reported. Prints every broken link with its page; exits 1 if there is any.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface Tag {
  name: string;
  attrs: Map<string, string>;
}

const rawText = new Set(['script', 'style', 'textarea', 'title']);
const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references that can occur in an attribute value. */
export function decodeEntities(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (ref, dec?: string, hex?: string, name?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return named[name!.toLowerCase()] ?? ref;
  });
}

const attrPattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const tokenPattern =
  /<!--[\s\S]*?-->|<![^>]*>|<\/[a-zA-Z][^>]*>|<([a-zA-Z][^\s/>]*)((?:\s*[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?|\s*\/(?!>))*)\s*\/?>/g;

/** The start tags of an HTML document, with decoded attributes (comments and raw text skipped). */
export function startTags(html: string): Tag[] {
  const tags: Tag[] = [];
  tokenPattern.lastIndex = 0;
  for (let match = tokenPattern.exec(html); match; match = tokenPattern.exec(html)) {
    const [, rawName, rawAttrs] = match;
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    const attrs = new Map<string, string>();
    for (const [, attr, dq, sq, bare] of (rawAttrs ?? '').matchAll(attrPattern)) {
      const key = attr!.toLowerCase();
      if (!attrs.has(key)) attrs.set(key, decodeEntities(dq ?? sq ?? bare ?? ''));
    }
    tags.push({ name, attrs });
    if (rawText.has(name)) {
      // Skip to the end tag: scripts and styles hold no markup.
      const end = html.toLowerCase().indexOf(`</${name}`, tokenPattern.lastIndex);
      tokenPattern.lastIndex = end < 0 ? html.length : end;
    }
  }
  return tags;
}

export interface PageLinks {
  ids: Set<string>;
  /** `<base href>`, if the page has one. */
  baseHref?: string;
  links: { attr: string; url: string }[];
}

const urlAttrs = ['href', 'src', 'poster', 'action', 'data', 'xlink:href'];

/** The ids of a page and every URL it refers to (href, src, srcset, meta refresh…). */
export function pageLinks(html: string): PageLinks {
  const result: PageLinks = { ids: new Set(), links: [] };
  for (const tag of startTags(html)) {
    const id = tag.attrs.get('id');
    if (id) result.ids.add(id);
    if (tag.name === 'a' && tag.attrs.has('name')) result.ids.add(tag.attrs.get('name')!);
    if (tag.name === 'base') {
      if (tag.attrs.has('href')) result.baseHref ??= tag.attrs.get('href');
      continue;
    }
    for (const attr of urlAttrs) {
      const url = tag.attrs.get(attr);
      if (url !== undefined) result.links.push({ attr: `<${tag.name} ${attr}>`, url: url.trim() });
    }
    const srcset = tag.attrs.get('srcset');
    if (srcset) {
      for (const candidate of srcset.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) result.links.push({ attr: `<${tag.name} srcset>`, url });
      }
    }
    if (tag.name === 'meta' && tag.attrs.get('http-equiv')?.toLowerCase() === 'refresh') {
      const url = /url\s*=\s*['"]?([^'"]+)/i.exec(tag.attrs.get('content') ?? '')?.[1];
      if (url) result.links.push({ attr: '<meta refresh>', url: url.trim() });
    }
  }
  return result;
}

/** `/`, `/graphics/iraq-attacks/`: a base path with one leading and one trailing slash. */
export function normalizeBase(base: string): string {
  const inner = base.replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

/** The URL path a built file is served at: `fr/index.html` → `/base/fr/index.html`. */
export function pageUrl(file: string, base: string, origin: string): URL {
  return new URL(normalizeBase(base) + file.split(sep).map(encodeURIComponent).join('/'), origin);
}

export type Resolution =
  | { kind: 'external' }
  | { kind: 'broken'; reason: string }
  | { kind: 'internal'; file: string; fragment?: string };

/**
 * Where a link of a page leads: outside the site, to a file of the build (with the fragment to
 * look up), or nowhere.
 */
export function resolveLink(
  url: string,
  from: URL,
  { base, files }: { base: string; files: ReadonlySet<string> },
): Resolution {
  if (/^javascript:/i.test(url)) return { kind: 'broken', reason: 'javascript: URL' };
  let target: URL;
  try {
    target = new URL(url, from);
  } catch {
    return { kind: 'broken', reason: 'not a valid URL' };
  }
  if (!/^https?:$/.test(target.protocol) || target.origin !== from.origin) return { kind: 'external' };
  const root = normalizeBase(base);
  if (!`${target.pathname}/`.startsWith(root)) return { kind: 'broken', reason: `outside the base path ${root}` };
  let path: string;
  try {
    path = decodeURIComponent(target.pathname.slice(root.length));
  } catch {
    return { kind: 'broken', reason: 'badly encoded path' };
  }
  const fragment = target.hash ? decodeURIComponent(target.hash.slice(1)) : undefined;
  const candidates =
    path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
  const file = candidates.find((c) => files.has(c));
  if (!file) return { kind: 'broken', reason: `no file ${candidates.join(' or ')} in the build` };
  return { kind: 'internal', file, fragment };
}

export interface BrokenLink {
  page: string;
  attr: string;
  url: string;
  reason: string;
}

/** Checks every link of the given pages against the files and ids of the build. */
export function checkLinks(
  pages: ReadonlyMap<string, string>,
  files: ReadonlySet<string>,
  { base, origin }: { base: string; origin: string },
): BrokenLink[] {
  const parsed = new Map([...pages].map(([file, html]) => [file, pageLinks(html)]));
  const broken: BrokenLink[] = [];
  for (const [page, { links, baseHref }] of parsed) {
    const here = pageUrl(page, base, origin);
    const from = baseHref ? new URL(baseHref, here) : here;
    const seen = new Set<string>();
    for (const { attr, url } of links) {
      // A page may repeat a link (hreflang and x-default): report it once.
      if (seen.has(`${attr} ${url}`)) continue;
      seen.add(`${attr} ${url}`);
      const target = resolveLink(url, from, { base, files });
      if (target.kind === 'external') continue;
      if (target.kind === 'broken') {
        broken.push({ page, attr, url, reason: target.reason });
        continue;
      }
      const { file, fragment } = target;
      // "#" and "#top" need no element (HTML scrolls to the top); other fragments need an id.
      if (!fragment || fragment === 'top') continue;
      const targetPage = parsed.get(file);
      if (targetPage && !targetPage.ids.has(fragment)) {
        broken.push({ page, attr, url, reason: `no id="${fragment}" in ${file}` });
      }
    }
  }
  return broken;
}

/** Every file under `dir`, as paths relative to it. */
async function walk(dir: string, root = dir): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? walk(join(dir, e.name), root) : Promise.resolve(e.isFile() ? [relative(root, join(dir, e.name))] : []),
    ),
  );
  return nested.flat();
}

async function main(argv: string[]) {
  const [distDir, base = '/'] = argv.filter((a) => a !== '--');
  if (!distDir) {
    console.error('usage: vite-node scripts/check-links.ts -- <distDir> [base]');
    process.exit(2);
  }
  const origin = new URL(process.env.SITE ?? 'http://localhost:4321').origin;
  const all = await walk(distDir);
  const files = new Set(all.map((f) => f.split(sep).join('/')));
  const htmlFiles = [...files].filter((f) => f.endsWith('.html'));
  if (htmlFiles.length === 0) {
    console.error(`No HTML files in ${distDir}; build first.`);
    process.exit(1);
  }
  const pages = new Map(
    await Promise.all(htmlFiles.map(async (f) => [f, await readFile(join(distDir, f), 'utf8')] as const)),
  );
  const broken = checkLinks(pages, files, { base, origin });
  const count = [...pages.values()].reduce((n, html) => n + pageLinks(html).links.length, 0);
  if (broken.length === 0) {
    console.log(`Links OK: ${count} links in ${pages.size} pages of ${distDir} (base ${normalizeBase(base)}).`);
    return;
  }
  console.error(`${broken.length} broken link(s) in ${distDir} (base ${normalizeBase(base)}):`);
  for (const b of broken) console.error(`  ${b.page}  ${b.attr} "${b.url}": ${b.reason}`);
  process.exit(1);
}

// Unit tests import the pure parts above; only a direct run checks a build.
if (!process.env.VITEST) await main(process.argv.slice(2));
