/**
 * The Content-Security-Policy, declared once. Every page carries it in a
 * `<meta http-equiv="Content-Security-Policy">` (first thing in `<head>`, see layouts/Page.astro
 * and pages/index.astro), and the build writes it to `_headers` for static hosts that read one
 * (integrations/static-headers.ts), adding what a meta element cannot carry.
 *
 * The site is self-contained: every script, style, font, image, worker and fetch is same-origin.
 * Astro emits every processed `<script>` as a module file (`assetsInlineLimit: 0` keeps small ones
 * from being inlined), so no inline script needs a hash; the explorer's
 * `<script type="application/json">` payload is a data block, which browsers never execute and CSP
 * does not govern. If an inline script is ever needed, add its `'sha256-…'` to `script-src` here;
 * e2e/security.spec.ts fails on any unhashed inline script and on any CSP violation.
 */

export type Directives = Readonly<Record<string, readonly string[]>>;

/** The policy every page enforces, meta element and HTTP header alike. */
export const directives = {
  'default-src': ["'self'"],
  // No 'unsafe-eval', no 'unsafe-inline': module scripts from our own origin only.
  'script-src': ["'self'"],
  // 'unsafe-inline' for styles is a deliberate, accepted trade-off: the build inlines the
  // stylesheet into <style> (build.inlineStylesheets), pages set theme tokens and positions in
  // style attributes (<html style>, timeline marks, map frame ratio), and MapLibre sets element
  // styles at run time. Styles cannot run code; scripts stay strict.
  'style-src': ["'self'", "'unsafe-inline'"],
  // data: for the SVG icons of MapLibre's controls, which its stylesheet embeds as data: URLs.
  'img-src': ["'self'", 'data:'],
  // The map label font (woff2): fetched by MapLibre and handed to the FontFace API.
  'font-src': ["'self'"],
  // MapLibre fetches the basemap GeoJSON and the font from our origin.
  'connect-src': ["'self'"],
  // MapLibre's worker is started from a same-origin module URL (setWorkerUrl), not a blob:.
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
} as const satisfies Directives;

/**
 * Directives browsers ignore in a meta element; only an HTTP header can set them.
 * `frame-ancestors *`: newsrooms embed /<lang>/embed/ in iframes on any site. The whole site
 * shares one policy (static hosts merge overlapping `_headers` rules into several policies,
 * which would intersect); it is public, read-only content with no form or signed-in state, so
 * being framable elsewhere carries no clickjacking risk.
 */
export const headerOnlyDirectives = {
  'frame-ancestors': ['*'],
} as const satisfies Directives;

/** Renders directives as a policy string: `default-src 'self'; script-src 'self'; …`. */
export function renderPolicy(policy: Directives): string {
  return Object.entries(policy)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The `content` of the `<meta http-equiv="Content-Security-Policy">` element. */
export const metaPolicy = renderPolicy(directives);

/** The `Content-Security-Policy` HTTP header: the meta policy plus header-only directives. */
export const headerPolicy = renderPolicy({ ...directives, ...headerOnlyDirectives });

/** Every HTTP header the static host should send with every file. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': headerPolicy,
  'X-Content-Type-Options': 'nosniff',
  // Full URL to our own pages, nothing to other origins (external links also carry noreferrer).
  'Referrer-Policy': 'same-origin',
};

/**
 * The `_headers` file (Netlify and Cloudflare Pages format) for a build served under `base`
 * (e.g. `/` or `/graphics/iraq-attacks/`): one rule covering every path of the site.
 */
export function headersFile(base: string): string {
  const root = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const lines = [
    '# Generated at build time from src/lib/csp.ts by src/integrations/static-headers.ts.',
    `${root}*`,
    ...Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`),
  ];
  return `${lines.join('\n')}\n`;
}
