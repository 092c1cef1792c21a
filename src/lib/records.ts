/**
 * Joins the collections into the event records pages render: each event with its site and
 * its time interval, in chronological order. Input entries are shaped like Astro's.
 */
import { storyDictionaries, type Dictionary } from './i18n';
import type { ActorData, EventData, Lang, SiteData, SourceData, StoryData, StorySettings, WeaponData } from './schema';
import { STORY_ID } from './schema';
import { intervalOf, type Interval } from './time';
import { timelineSpan, type TimelineSpan } from './timeline';

export interface Entry<D> {
  id: string;
  data: D;
}

export interface EventRecord {
  slug: string;
  event: EventData;
  site: Entry<SiteData>;
  interval: Interval;
}

export interface RecordSet {
  eventRecords: EventRecord[];
  sites: Entry<SiteData>[];
  sourceById: Map<string, SourceData>;
  actorById: Map<string, ActorData>;
  /** The weapon kinds the records name, by id (their order: the filters'). */
  weapons: Entry<WeaponData>[];
  weaponById: Map<string, WeaponData>;
  /** The timeline's span over every record, computed once for all pages. */
  span: TimelineSpan;
  /** The explorer's headline and standfirst. */
  story: StoryData;
  /** The story's settings: its clock, country, region, copy. */
  settings: StorySettings;
  /** What pages say, in each language: the interface's words and the story's. */
  dictionaries: Record<Lang, Dictionary>;
}

function byId<D>(entries: Entry<D>[]): Map<string, D> {
  return new Map(entries.map((e) => [e.id, e.data]));
}

export function buildRecordSet(collections: {
  events: Entry<EventData>[];
  sites: Entry<SiteData>[];
  sources: Entry<SourceData>[];
  actors: Entry<ActorData>[];
  weapons: Entry<WeaponData>[];
  story: Entry<StoryData>[];
  settings: StorySettings;
}): RecordSet {
  const story = collections.story.find((entry) => entry.id === STORY_ID)?.data;
  const { settings } = collections;
  // The checker has already asked for it; this guards against skipping it.
  if (!story) throw new Error(`story/${STORY_ID}.yaml is missing`);
  const siteById = new Map(collections.sites.map((s) => [s.id, s]));
  const eventRecords = collections.events
    .map((entry): EventRecord => {
      const site = siteById.get(entry.data.site.id);
      // The checker has already refused unknown ids; this guards against skipping it.
      if (!site) throw new Error(`${entry.id}: unknown site "${entry.data.site.id}"`);
      return { slug: entry.data.slug, event: entry.data, site, interval: intervalOf(entry.data.when) };
    })
    .sort(
      (a, b) =>
        a.interval.start - b.interval.start ||
        a.interval.end - b.interval.end ||
        a.slug.localeCompare(b.slug),
    );
  const usedSites = new Set(eventRecords.map((r) => r.site.id));
  const usedWeapons = new Set(eventRecords.flatMap((r) => r.event.weapons.map((w) => w.kind.id)));
  return {
    eventRecords,
    // Sorted by id: the loader's order varies between builds, and filters and URLs follow this one.
    sites: collections.sites.filter((s) => usedSites.has(s.id)).sort((a, b) => a.id.localeCompare(b.id)),
    sourceById: byId(collections.sources),
    actorById: byId(collections.actors),
    weapons: collections.weapons.filter((w) => usedWeapons.has(w.id)).sort((a, b) => a.id.localeCompare(b.id)),
    weaponById: byId(collections.weapons),
    span: timelineSpan(eventRecords.map((r) => r.interval), settings.timeZone),
    story,
    settings,
    dictionaries: storyDictionaries(settings),
  };
}

/** The events before and after one, for reading the series in order. */
export function neighbours(records: EventRecord[], slug: string) {
  const index = records.findIndex((r) => r.slug === slug);
  return { previous: records[index - 1], next: records[index + 1] };
}
