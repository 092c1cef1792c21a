/** The one place pages read the content collections; everything after is pure `src/lib`. */
import { getCollection } from 'astro:content';
import { buildRecordSet, type RecordSet } from './lib/records';
import type { Dictionary } from './lib/i18n';
import { SETTINGS_ID, STORY_ID, type Lang, type StoryData, type StorySettings } from './lib/schema';

let recordSet: Promise<RecordSet> | undefined;

export function loadRecordSet(): Promise<RecordSet> {
  recordSet ??= Promise.all([
    getCollection('events'),
    getCollection('sites'),
    getCollection('sources'),
    getCollection('actors'),
    getCollection('weapons'),
    getCollection('story'),
  ]).then(([events, sites, sources, actors, weapons, storyFiles]) => {
    // story/ holds the headline (explorer.yaml) and the settings (settings.yaml).
    const story = storyFiles.filter((entry) => entry.id === STORY_ID) as { id: string; data: StoryData }[];
    const settings = storyFiles.find((entry) => entry.id === SETTINGS_ID)?.data as StorySettings | undefined;
    // The checker has already asked for it; this guards against skipping it.
    if (!settings) throw new Error(`story/${SETTINGS_ID}.yaml is missing`);
    return buildRecordSet({ events, sites, sources, actors, weapons, story, settings });
  });
  return recordSet;
}

/** What pages say in one language: the interface's words and the story's own (its settings). */
export async function loadDictionary(lang: Lang): Promise<Dictionary> {
  return (await loadRecordSet()).dictionaries[lang];
}

/** The languages the story is published in (story/settings.yaml), for `getStaticPaths`. */
export async function storyLanguages(): Promise<Lang[]> {
  return (await loadRecordSet()).settings.languages;
}
