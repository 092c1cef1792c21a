/** The explorer's filters: an event is shown when it matches every filter that is set. */
import type { Status } from './schema';

export interface Filters {
  sites?: string[];
  weapons?: string[];
  statuses?: Status[];
}

export interface FilterableEvent {
  siteId: string;
  status: Status;
  weapons: string[];
}

export function matchesFilters(event: FilterableEvent, filters: Filters): boolean {
  return (
    (!filters.sites || filters.sites.includes(event.siteId)) &&
    (!filters.statuses || filters.statuses.includes(event.status)) &&
    (!filters.weapons || event.weapons.some((w) => filters.weapons!.includes(w)))
  );
}

/** A filter that lets everything through is no filter: keep URLs and state minimal. */
export function normalizeFilter<T>(selected: T[], all: readonly T[]): T[] | undefined {
  return selected.length === all.length ? undefined : selected;
}
