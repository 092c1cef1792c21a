/** Which events get the pages and files made for sharing them. */
import type { EventRecord } from './records';

/**
 * Every real event gets its share card, its embed page and its oEmbed answer. Synthetic records
 * (load tests, by the thousand) get none: nobody shares them, and each embed page carries the
 * whole explorer, so one per event would grow the build with the square of their number.
 */
export function hasSharingPages(record: EventRecord): boolean {
  return !record.event.synthetic;
}
