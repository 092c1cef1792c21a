/** The one place pages read the content collections; everything after is pure `src/lib`. */
import { getCollection } from 'astro:content';
import { buildRecordSet, type RecordSet } from './lib/records';
import type { Dictionary } from './lib/i18n';
import type { Lang, StoryData, StorySettings } from './lib/schema';

let recordSet: Promise<RecordSet> | undefined;

export function loadRecordSet(): Promise<RecordSet> {
  recordSet ??= Promise.all([
    getCollection('attacks'),
    getCollection('sites'),
    getCollection('sources'),
    getCollection('actors'),
    getCollection('story'),
  ]).then(([attacks, sites, sources, actors, storyFiles]) => {
    // story/ holds explorer.yaml (the headline) and settings.yaml.
    return buildRecordSet({ attacks, sites, sources, actors, story: storyFiles as { id: string; data: StoryData | StorySettings }[] });
  });
  return recordSet;
}

/** What pages say in one language: the interface's words and the story's own (its settings). */
export async function loadDictionary(lang: Lang): Promise<Dictionary> {
  return (await loadRecordSet()).dictionaries[lang];
}
