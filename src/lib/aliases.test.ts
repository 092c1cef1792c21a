import { describe, expect, it } from 'vitest';
import { aliasRedirects } from './aliases';
import type { EventData } from './schema';

const record = (slug: string, aliases?: string[]) => ({ slug, event: { aliases } as EventData });

describe('alias redirects', () => {
  it('leads each former slug to the current one', () => {
    expect(aliasRedirects([record('b', ['a', 'old-b']), record('c')])).toEqual([
      { alias: 'a', slug: 'b' },
      { alias: 'old-b', slug: 'b' },
    ]);
  });

  it('refuses an alias that is another event’s slug, or that two events claim', () => {
    expect(() => aliasRedirects([record('b', ['c']), record('c')])).toThrow(/"c" of "b" is the slug of another event/);
    expect(() => aliasRedirects([record('b', ['a']), record('c', ['a'])])).toThrow(/"a" is claimed by "b" and "c"/);
  });
});
