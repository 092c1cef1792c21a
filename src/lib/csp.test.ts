import { describe, expect, it } from 'vitest';
import { directives, headerPolicy, headersFile, metaPolicy, renderPolicy } from './csp';

const parse = (policy: string) =>
  new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));

describe('the content security policy', () => {
  const meta = parse(metaPolicy);

  it('renders each directive once, in order', () => {
    expect(renderPolicy({ 'default-src': ["'self'"], 'img-src': ["'self'", 'data:'] })).toBe(
      "default-src 'self'; img-src 'self' data:",
    );
    expect(meta.size).toBe(Object.keys(directives).length);
  });

  it('allows only same-origin scripts: no eval, no unhashed inline script', () => {
    expect(meta.get('default-src')).toEqual(["'self'"]);
    expect(meta.get('script-src')).toEqual(["'self'"]);
    expect(metaPolicy).not.toContain("'unsafe-eval'");
    expect(metaPolicy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(meta.get('object-src')).toEqual(["'none'"]);
    expect(meta.get('base-uri')).toEqual(["'self'"]);
  });

  it('lets MapLibre start its worker and load its font from our origin', () => {
    expect(meta.get('worker-src')).toEqual(["'self'"]);
    expect(meta.get('font-src')).toEqual(["'self'"]);
    expect(meta.get('connect-src')).toEqual(["'self'"]);
  });

  it('keeps header-only directives out of the meta element', () => {
    expect(meta.has('frame-ancestors')).toBe(false);
    expect(parse(headerPolicy).get('frame-ancestors')).toEqual(['*']);
    expect(headerPolicy.startsWith(`${metaPolicy}; `)).toBe(true);
  });
});

describe('the _headers file', () => {
  it('covers the whole site at the root', () => {
    const file = headersFile('/');
    const rules = file.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(rules[0]).toBe('/*');
    expect(rules.slice(1)).toEqual([
      `  Content-Security-Policy: ${headerPolicy}`,
      '  X-Content-Type-Options: nosniff',
      '  Referrer-Policy: same-origin',
    ]);
  });

  it('starts its paths at the base path', () => {
    for (const base of ['/graphics/iraq-attacks/', '/graphics/iraq-attacks', 'graphics/iraq-attacks/']) {
      expect(headersFile(base)).toMatch(/^\/graphics\/iraq-attacks\/\*$/m);
    }
  });
});
