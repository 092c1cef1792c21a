import type { Lang, Status, StorySettings } from '../schema';
import { en } from './en';
import { fr, type Chrome } from './fr';

export type { Chrome };
/** The interface's words, the same for every story; what browser code ships. */
export const dictionaries: Record<Lang, Chrome> = { fr, en };
export const defaultLang: Lang = 'fr';

export function otherLang(lang: Lang): Lang {
  return lang === 'fr' ? 'en' : 'fr';
}

/** The story's own words in one language, from its settings (content/story/settings.yaml). */
export interface StoryWords {
  siteName: string;
  kicker: string;
  mapTitle: string;
  mapName: string;
  timelineHint: string;
  footer: string;
  statusExplained: Record<Status, string>;
  /** What readers call the records' clock, e.g. "Baghdad time". */
  recordZoneName: string;
  /** Names of every clock a date may be given by, the records' own included. */
  timeZoneName: Record<string, string>;
}

/** Everything pages say: the interface's words and the story's. */
export type Dictionary = Chrome & StoryWords;

export function storyWords(settings: StorySettings, lang: Lang): StoryWords {
  const { copy } = settings;
  return {
    siteName: copy.siteName[lang],
    kicker: copy.kicker[lang],
    mapTitle: copy.mapTitle[lang],
    mapName: copy.mapName[lang],
    timelineHint: copy.timelineHint[lang],
    footer: copy.footer[lang],
    statusExplained: Object.fromEntries(
      Object.entries(copy.statusExplained).map(([status, text]) => [status, text[lang]]),
    ) as Record<Status, string>,
    recordZoneName: settings.timeZoneName[lang],
    timeZoneName: Object.fromEntries([
      [settings.timeZone, settings.timeZoneName[lang]],
      ...settings.sourceTimeZones.map((z) => [z.zone, z.name[lang]]),
    ]),
  };
}

/** One dictionary per language for a story. */
export function storyDictionaries(settings: StorySettings): Record<Lang, Dictionary> {
  return Object.fromEntries(
    Object.entries(dictionaries).map(([lang, chrome]) => [lang, { ...chrome, ...storyWords(settings, lang as Lang) }]),
  ) as Record<Lang, Dictionary>;
}
