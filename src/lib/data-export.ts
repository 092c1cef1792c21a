/**
 * The downloadable data set, from the same records as the pages: a flat row per event (CSV,
 * and GeoJSON properties) with columns close to ACLED's where they mean the same thing, and
 * the full records as JSON. Nothing is filled in: what a record leaves out stays empty.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { citedSourceIds } from './cited-sources';
import type { CsvValue } from './csv';
import { machineReadable, sourceName } from './format';
import { countryName } from './geo/countries';
import { absoluteUrl, eventPath, explorerPath } from './permalinks';
import type { EventRecord, RecordSet } from './records';
import type { Lang, StorySettings } from './schema';

/** The licence of our compilation (the cited reports stay their publishers'). */
export const DATA_LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  /** The licence's summary for readers, in their language. */
  deed: (lang: Lang) => `https://creativecommons.org/licenses/by/4.0/deed.${lang}`,
} as const;

/** Where the files are published: absolute URLs in them start here. */
export interface PublishContext {
  /** The published address (Astro's `site`). */
  address: URL | string;
  base: string;
}

type LanguageSettings = Pick<StorySettings, 'languages' | 'defaultLanguage'>;

/**
 * The language of the columns named as ACLED names them (`notes`, `admin1`, `location`,
 * `claimed_by`, `source`): English when the story has it, else its default language.
 */
export function dataLanguage({ languages, defaultLanguage }: LanguageSettings): Lang {
  return languages.includes('en') ? 'en' : defaultLanguage;
}

/** `title_fr`, `title_en`…: one column per language, in the story's order. */
const perLanguage = <T>(column: string, languages: readonly Lang[], value: (lang: Lang) => T) =>
  Object.fromEntries(languages.map((lang) => [`${column}_${lang}`, value(lang)]));

/** The CSV's columns, in the order of the data rows' fields. */
export function csvColumns(settings: LanguageSettings): string[] {
  const { languages } = settings;
  const data = dataLanguage(settings);
  const names = (column: string, in_: readonly Lang[]) => Object.keys(perLanguage(column, in_, () => null));
  return [
    'slug',
    'event_date',
    'time_precision',
    'when_local',
    'start_utc',
    'end_utc',
    'status',
    ...names('title', languages),
    'notes',
    ...names('notes', languages.filter((l) => l !== data)),
    'country',
    'admin1',
    'location',
    'site_id',
    'latitude',
    'longitude',
    'geo_precision',
    'weapons',
    'fatalities',
    'injured',
    'claimed_by',
    'source',
    'source_urls',
    ...names('url', languages),
    /** Day of the latest correction; empty for a record never corrected. */
    'updated',
  ];
}

export type DataRow = Record<string, CsvValue>;
const isoUtc = (instant: number) => new Date(instant).toISOString().replace(/\.000Z$/, 'Z');
const eventUrl = (at: PublishContext, lang: Lang, slug: string) => absoluteUrl(at.address, eventPath(at.base, lang, slug));

/**
 * The local date or time as precisely as known: an instant with its offset, a day, or for a
 * range the two days it lies between (ISO 8601 interval).
 */
export function whenLocal(record: EventRecord): string {
  const { when } = record.event;
  return when.precision === 'range' ? `${when.from}/${when.to}` : machineReadable(when, record.interval.start);
}

function eventDate(record: EventRecord): string {
  const { when } = record.event;
  return when.precision === 'range' ? when.from : when.precision === 'day' ? when.date : when.at.slice(0, 10);
}

export function dataRow(record: EventRecord, records: RecordSet, at: PublishContext): DataRow {
  const { event, site, interval, slug } = record;
  const { languages } = records.settings;
  const data = dataLanguage(records.settings);
  const sources = citedSourceIds(event).map((id) => records.sourceById.get(id)!);
  return {
    slug,
    event_date: eventDate(record),
    time_precision: event.when.precision,
    when_local: whenLocal(record),
    start_utc: isoUtc(interval.start),
    end_utc: isoUtc(interval.end),
    status: event.status,
    ...perLanguage('title', languages, (l) => event.title[l]),
    notes: event.summary[data],
    ...perLanguage('notes', languages.filter((l) => l !== data), (l) => event.summary[l]),
    country: countryName(records.settings.country, data),
    admin1: site.data.region[data],
    location: site.data.name[data],
    site_id: site.id,
    latitude: site.data.position.lat,
    longitude: site.data.position.lon,
    geo_precision: site.data.position.precision,
    weapons: [...new Set(event.weapons.map((w) => w.kind.id))].join(';'),
    fatalities: event.casualties.killed,
    injured: event.casualties.injured,
    claimed_by: [...new Set(event.claims.map((c) => records.actorById.get(c.actor.id)!.name[data]))].join('; '),
    source: sources.map((s) => sourceName(s, records.dictionaries[data])).join('; '),
    // Spaces separate URLs: a URL never contains a bare space, while it may contain ";".
    source_urls: sources.flatMap((s) => (s.url ? [s.url] : [])).join(' '),
    ...perLanguage('url', languages, (l) => eventUrl(at, l, slug)),
    updated: event.updated ?? null,
  };
}

export function dataRows(records: RecordSet, at: PublishContext): DataRow[] {
  return records.eventRecords.map((r) => dataRow(r, records, at));
}

export function dataGeoJson(records: RecordSet, at: PublishContext): FeatureCollection<Point, DataRow> {
  return {
    type: 'FeatureCollection',
    features: records.eventRecords.map(
      (r): Feature<Point, DataRow> => ({
        type: 'Feature',
        id: r.slug,
        geometry: { type: 'Point', coordinates: [r.site.data.position.lon, r.site.data.position.lat] },
        properties: dataRow(r, records, at),
      }),
    ),
  };
}

/** References to other records (`{ collection, id }`) become their ids, as in the YAML files. */
function withIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withIds);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value);
  if (entries.length === 2 && 'collection' in value && 'id' in value) return (value as { id: unknown }).id;
  return Object.fromEntries(entries.map(([k, v]) => [k, withIds(v)]));
}

/** The full records, each with its interval and site, plus every source and actor they cite. */
export function dataJson(records: RecordSet, at: PublishContext) {
  const home = (lang: Lang) => absoluteUrl(at.address, explorerPath(at.base, lang));
  const cited = new Set(records.eventRecords.flatMap((r) => citedSourceIds(r.event, r.site.data)));
  const actors = new Set(records.eventRecords.flatMap((r) => r.event.claims.map((c) => c.actor.id)));
  const { languages } = records.settings;
  const data = dataLanguage(records.settings);
  return {
    title: Object.fromEntries(languages.map((l) => [l, records.dictionaries[l].siteName])),
    homepage: Object.fromEntries(languages.map((l) => [l, home(l)])),
    licence: { name: DATA_LICENCE.name, url: DATA_LICENCE.url },
    attribution: `${records.dictionaries[data].siteName} (${home(data)})`,
    attacks: records.eventRecords.map((r) => ({
      ...(withIds(r.event) as object),
      start_utc: isoUtc(r.interval.start),
      end_utc: isoUtc(r.interval.end),
      site: { id: r.site.id, ...(withIds(r.site.data) as object) },
      urls: Object.fromEntries(languages.map((l) => [l, eventUrl(at, l, r.slug)])),
    })),
    sources: Object.fromEntries([...records.sourceById].filter(([id]) => cited.has(id))),
    actors: Object.fromEntries([...records.actorById].filter(([id]) => actors.has(id))),
  };
}
