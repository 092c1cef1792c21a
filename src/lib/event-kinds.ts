/**
 * What the readout counts: events by kind, in the headline's words. An attack is an event whose
 * status says it happened (confirmed, or disputed in its details); an unconfirmed event is a
 * claim; a false alarm is neither. The seven records so read "5 attacks, 1 unconfirmed claim,
 * 1 false alarm", the headline's "five attacks".
 */
import type { Status } from './vocabulary';

export type EventKind = 'attacks' | 'claims' | 'falseAlarms';

export const kindOfStatus: Record<Status, EventKind> = {
  confirmed: 'attacks',
  disputed: 'attacks',
  unconfirmed: 'claims',
  'false-alarm': 'falseAlarms',
};

export type KindCounts = Record<EventKind, number>;

export function countKinds(events: readonly { status: Status }[]): KindCounts {
  const counts: KindCounts = { attacks: 0, claims: 0, falseAlarms: 0 };
  for (const event of events) counts[kindOfStatus[event.status]]++;
  return counts;
}

/**
 * Counts for every prefix of `events` (the first n, for n = 0 … length), so the slider, which
 * shows the first n events in time order, reads its counts without a pass over 10,000 events.
 */
export function kindCounter(events: readonly { status: Status }[]): (n: number) => KindCounts {
  const kinds: EventKind[] = ['attacks', 'claims', 'falseAlarms'];
  const prefix = Object.fromEntries(kinds.map((k) => [k, new Uint32Array(events.length + 1)])) as Record<EventKind, Uint32Array>;
  events.forEach((event, i) => {
    for (const k of kinds) prefix[k][i + 1] = prefix[k][i]! + (kindOfStatus[event.status] === k ? 1 : 0);
  });
  return (n) => {
    const at = Math.max(0, Math.min(events.length, n));
    return { attacks: prefix.attacks[at]!, claims: prefix.claims[at]!, falseAlarms: prefix.falseAlarms[at]! };
  };
}
