/** Every source a record cites, anywhere in it, in order of first citation. */
import type { EventData, SiteData } from './schema';

export function citedSourceIds(event: EventData, site?: SiteData): string[] {
  const ids = [
    ...event.accounts.map((a) => a.source.id),
    ...event.weapons.flatMap((w) => w.reports.map((r) => r.source.id)),
    ...event.claims.map((c) => c.source.id),
    ...event.when.otherDates.map((d) => d.source.id),
    ...(site?.position.source ? [site.position.source.id] : []),
  ];
  return [...new Set(ids)];
}
