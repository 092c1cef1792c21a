/** The one place pages read the content collections; everything after is pure `src/lib`. */
import { getCollection } from 'astro:content';
import { buildRecordSet, type RecordSet } from './lib/records';
import { STORY_ID, type StoryData } from './lib/schema';

let recordSet: Promise<RecordSet> | undefined;

export function loadRecordSet(): Promise<RecordSet> {
  recordSet ??= Promise.all([
    getCollection('attacks'),
    getCollection('sites'),
    getCollection('sources'),
    getCollection('actors'),
    getCollection('story'),
  ]).then(([attacks, sites, sources, actors, storyFiles]) => {
    // story/ also holds settings.yaml (publishing settings, read by astro.config.mjs).
    const story = storyFiles.filter((entry) => entry.id === STORY_ID) as { id: string; data: StoryData }[];
    return buildRecordSet({ attacks, sites, sources, actors, story });
  });
  return recordSet;
}
