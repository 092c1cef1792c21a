/** Every source a record cites, anywhere in it, in order of first citation. */
import type { AttackData, SiteData } from './schema';

export function citedSourceIds(attack: AttackData, site?: SiteData): string[] {
  const ids = [
    ...attack.accounts.map((a) => a.source.id),
    ...attack.weapons.flatMap((w) => w.reports.map((r) => r.source.id)),
    ...attack.claims.map((c) => c.source.id),
    ...attack.when.otherDates.map((d) => d.source.id),
    ...(site?.position.source ? [site.position.source.id] : []),
  ];
  return [...new Set(ids)];
}
