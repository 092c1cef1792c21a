/**
 * A newsroom's article page for embed tests: a tiny HTTP server on another origin (another
 * host name and port than the site's), so iframes are cross-origin as they are in production.
 * Also maps the site's published URLs (SITE + BASE, baked into embed codes, oEmbed, feeds) to
 * the server the tests run against, which may listen on another port.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { APIRequestContext } from '@playwright/test';
import { test as siteTest } from './fixtures';

export interface Host {
  origin: string;
  /** Serves `html` at a new path on the host origin and returns its URL. */
  page(html: string): string;
}

/** Near the site's port (PORT + 20 onwards), or HOST_PORT, skipping ports already taken. */
const firstPort = Number(process.env.HOST_PORT ?? Number(process.env.PORT ?? 4321) + 20);

function listen(server: Server, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => resolve(true));
  });
}

/**
 * The host-page libraries newsrooms load, served by the host from this project's node_modules
 * (devDependencies), never from a CDN: Pym.js's parent and @newswire/frames.
 */
export const vendor = {
  pym: '/vendor/pym.v1.min.js',
  frames: '/vendor/frames.umd.js',
} as const;
const vendorFiles: Record<string, URL> = {
  [vendor.pym]: new URL('../node_modules/pym.js/dist/pym.v1.min.js', import.meta.url),
  [vendor.frames]: new URL('../node_modules/@newswire/frames/dist/frames.umd.js', import.meta.url),
};

async function startHost(): Promise<{ host: Host; server: Server }> {
  const pages = new Map<string, string>();
  const server = createServer((request, response) => {
    const script = vendorFiles[request.url ?? ''];
    if (script) {
      response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
      response.end(readFileSync(script));
      return;
    }
    const html = pages.get(request.url ?? '');
    response.writeHead(html === undefined ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(html ?? '');
  });
  for (let port = firstPort; port < firstPort + 20; port++) {
    if (await listen(server, port)) {
      const origin = `http://127.0.0.1:${port}`;
      const page = (html: string) => {
        const path = `/article-${pages.size + 1}.html`;
        pages.set(path, html);
        return `${origin}${path}`;
      };
      return { host: { origin, page }, server };
    }
  }
  throw new Error(`no free port for the host page from ${firstPort}`);
}

/** An article page around `body`, as a CMS would render it. */
export function article(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,"></head>
<body style="margin:0;font-family:sans-serif"><h1>An article</h1><p>Before the map.</p>${body}<p id="after">After the map.</p></body></html>`;
}

/** The site's published root (SITE + BASE), as its pages' canonical links give it. */
export async function publishedRoot(request: APIRequestContext): Promise<string> {
  const html = await (await request.get('fr/')).text();
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (!canonical) throw new Error('fr/ has no canonical link');
  return canonical.replace(/fr\/$/, '');
}

export interface Published {
  /** SITE + BASE, e.g. "http://localhost:4321/graphics/iraq-attacks/". */
  root: string;
  /** Published URLs in `text` (a URL, an embed code) as the test server serves them. */
  local(text: string): string;
}

export const test = siteTest.extend<{ published: Published }, { host: Host }>({
  host: [
    async ({}, use) => {
      const { host, server } = await startHost();
      await use(host);
      await new Promise((resolve) => server.close(resolve));
    },
    { scope: 'worker' },
  ],
  otherOrigins: async ({ host }, use) => use([host.origin]),
  published: async ({ request, baseURL }, use) => {
    const root = await publishedRoot(request);
    await use({ root, local: (text) => text.replaceAll(root, baseURL!) });
  },
});

export { expect } from './fixtures';
