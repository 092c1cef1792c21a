/** Former slugs of events: each stays a working address that leads to the current one. */
import type { EventRecord } from './records';

export interface AliasRedirect {
  alias: string;
  slug: string;
}

/**
 * Every alias with the slug it now leads to. An alias that is also a slug, or that two events
 * claim, would make two pages at one address: the build stops and names them.
 */
export function aliasRedirects(records: Pick<EventRecord, 'slug' | 'event'>[]): AliasRedirect[] {
  const slugs = new Set(records.map((r) => r.slug));
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const { slug, event } of records) {
    for (const alias of event.aliases ?? []) {
      if (slugs.has(alias)) problems.push(`alias "${alias}" of "${slug}" is the slug of another event`);
      else if (seen.has(alias) && seen.get(alias) !== slug) problems.push(`alias "${alias}" is claimed by "${seen.get(alias)}" and "${slug}"`);
      seen.set(alias, slug);
    }
  }
  if (problems.length > 0) throw new Error(`Conflicting event aliases:\n  ${problems.join('\n  ')}`);
  return [...seen].map(([alias, slug]) => ({ alias, slug }));
}
