/**
 * What the explorer island receives: the records reduced to what it draws, serialised once at
 * build time. The island never reads record files; it only reads this payload.
 */
import type { Box } from './geo/clip';
import { eventsView } from './geo/region';
import { playDuration, stepCount } from './timeline';
import { formatDay, formatWhen, machineReadable, sourceName } from './format';
import type { MarkerEvent } from './markers';
import { assetPath } from './permalinks';
import type { RecordSet } from './records';
import type { Lang, TimePrecision } from './schema';
import type { TimelineSpan } from './timeline';

export interface ExplorerEvent extends MarkerEvent {
  slug: string;
  title: string;
  precision: TimePrecision;
  /** The date as readers see it, precision included. */
  whenText: string;
  /** The same for machines (`<time datetime>`). */
  whenIso: string;
  /** Dates other sources give, e.g. the Pentagon's by US Eastern time, in words. */
  otherDates: string[];
  /** Ids of the weapon kinds the sources report. */
  weapons: string[];
}

export interface ExplorerSite {
  id: string;
  name: string;
  lon: number;
  lat: number;
  /** The position is approximate: its marker's circle is dashed. */
  approximate: boolean;
}

export interface ExplorerData {
  lang: Lang;
  span: TimelineSpan;
  events: ExplorerEvent[];
  sites: ExplorerSite[];
  /** The weapon kinds the records name: the weapon filter's choices. */
  weapons: { id: string; name: string }[];
  basemapUrl: string;
  /** Where the maps open: the events' bases with some context (src/lib/geo/region.ts). */
  view: Box;
  /** How far a reader may pan: the story's region, which the basemap covers. */
  region: Box;
  /** Deployment base path, for building permalinks (src/lib/permalinks.ts) in the browser. */
  base: string;
  /** Time between two steps of play, ms. */
  playStepMs: number;
}

export function explorerData(records: RecordSet, lang: Lang, base: string): ExplorerData {
  const dict = records.dictionaries[lang];
  const { eventRecords, sourceById } = records;
  return {
    lang,
    span: records.span,
    events: eventRecords.map((r) => ({
      slug: r.slug,
      title: r.event.title[lang],
      status: r.event.status,
      siteId: r.site.id,
      precision: r.event.when.precision,
      whenText: formatWhen(r.event.when, dict),
      whenIso: machineReadable(r.event.when, r.interval.start),
      otherDates: r.event.when.otherDates.map(
        (d) =>
          `${formatDay(d.date, dict)}${d.timeZone ? ` (${dict.timeZoneName[d.timeZone]})` : ''}, ${dict.accordingTo} ${sourceName(sourceById.get(d.source.id)!, dict)}`,
      ),
      weapons: [...new Set(r.event.weapons.map((w) => w.kind.id))],
      start: r.interval.start,
      end: r.interval.end,
    })),
    sites: records.sites.map((s) => ({
      id: s.id,
      name: s.data.shortName[lang],
      lon: s.data.position.lon,
      lat: s.data.position.lat,
      approximate: s.data.position.precision === 'approximate',
    })),
    weapons: records.weapons.map((w) => ({ id: w.id, name: w.data.plural[lang] })),
    basemapUrl: assetPath(base, 'basemap.json'),
    view: eventsView(records.sites.map((s) => s.data.position), records.settings.region),
    region: records.settings.region,
    base,
    // "Play" moves one step (an hour) at a time: the story's duration shared among the steps.
    playStepMs: playDuration(records.settings, records.span) / stepCount(records.span),
  };
}
