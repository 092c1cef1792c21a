/** What an event's Open Graph card shows, and how pages point to it. */
import { formatWhen } from '../format';
import { absoluteUrl, ogImagePath } from '../permalinks';
import type { EventRecord, RecordSet } from '../records';
import type { Lang } from '../schema';
import type { ReferencePlace } from '../geo/places';
import { hasSharingPages } from '../sharing';
import { OG_HEIGHT, OG_WIDTH, type OgCard } from './card';

export function eventOgCard(record: EventRecord, records: RecordSet, lang: Lang, places: ReferencePlace[]): OgCard {
  const dict = records.dictionaries[lang];
  const { event, site } = record;
  return {
    kicker: dict.kicker,
    title: event.title[lang],
    place: site.data.name[lang],
    when: formatWhen(event.when, dict),
    precision: dict.precision[event.when.precision],
    status: event.status,
    statusLabel: dict.status[event.status],
    credit: dict.siteName,
    sites: records.sites.map((s) => ({ id: s.id, name: s.data.shortName[lang], lon: s.data.position.lon, lat: s.data.position.lat })),
    highlight: site.id,
    lang,
    places,
  };
}

/** The `image` of an event page's sharing metadata, or undefined when it has no card. */
export function eventOgImage(record: EventRecord, records: RecordSet, lang: Lang, address: URL | string, base: string) {
  if (!hasSharingPages(record)) return undefined;
  return {
    url: absoluteUrl(address, ogImagePath(base, lang, record.slug)),
    alt: records.dictionaries[lang].ogImageAlt(records.dictionaries[lang].mapName, record.site.data.shortName[lang], record.event.title[lang]),
    width: OG_WIDTH,
    height: OG_HEIGHT,
  };
}
