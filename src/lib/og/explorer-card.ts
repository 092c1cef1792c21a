/** The explorer's Open Graph card: every base with its events by status, the story's title. */
import { siteStatesAt } from '../markers';
import { absoluteUrl, explorerOgImagePath } from '../permalinks';
import type { RecordSet } from '../records';
import type { Lang } from '../schema';
import type { ReferencePlace } from '../geo/places';
import { OG_HEIGHT, OG_WIDTH, type OgCard } from './card';

export function explorerOgCard(records: RecordSet, lang: Lang, places: ReferencePlace[]): OgCard {
  const dict = records.dictionaries[lang];
  const { story, sites, eventRecords } = records;
  // "18–21 octobre 2023": the span's first and last days, on the story's clock.
  const days = new Intl.DateTimeFormat(dict.htmlLang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: records.span.timeZone })
    .formatRange(records.span.start, records.span.end - 1);
  const states = siteStatesAt(
    eventRecords.map((r) => ({ siteId: r.site.id, status: r.event.status, ...r.interval })),
    Infinity,
    sites.map((s) => s.id),
  );
  return {
    kicker: dict.kicker,
    title: story.title[lang],
    place: dict.ogExplorerSummary(eventRecords.length, sites.length),
    when: dict.ogExplorerSpan(days, dict.recordZoneName),
    precision: '',
    status: 'confirmed',
    statusLabel: '',
    credit: dict.siteName,
    sites: sites.map((s) => ({
      id: s.id,
      name: s.data.shortName[lang],
      lon: s.data.position.lon,
      lat: s.data.position.lat,
      state: states.get(s.id)!,
      approximate: s.data.position.precision === 'approximate',
    })),
    lang,
    places,
    legend: dict.status,
  };
}

export function explorerOgImage(records: RecordSet, lang: Lang, address: URL | string, base: string) {
  return {
    url: absoluteUrl(address, explorerOgImagePath(base, lang)),
    alt: records.dictionaries[lang].ogExplorerAlt(records.dictionaries[lang].mapName, records.sites.length, records.eventRecords.length),
    width: OG_WIDTH,
    height: OG_HEIGHT,
  };
}
