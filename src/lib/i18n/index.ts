import type { Status, StorySettings } from '../schema';
import { en } from './en';
import { fr, type Chrome } from './fr';

export type { Chrome };

/**
 * The interface's words in each language the site can be published in, the same for every
 * story; what browser code ships. A story lists the languages it uses (`languages` in
 * content/story/settings.yaml); each must have a dictionary here.
 */
export const dictionaries = { fr, en } satisfies Record<string, Chrome>;

/**
 * A language code with a dictionary. Values come from the story settings, validated at the
 * boundary (settingsSchema); pages only ever ask records for the story's own languages.
 */
export type Lang = keyof typeof dictionaries;
export const dictionaryLanguages = Object.keys(dictionaries) as [Lang, ...Lang[]];

/** The story's languages, its default first: the order pages that speak all of them follow. */
export function defaultFirst({ languages, defaultLanguage }: { languages: readonly Lang[]; defaultLanguage: Lang }): Lang[] {
  return [defaultLanguage, ...languages.filter((lang) => lang !== defaultLanguage)];
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
  // The settings' check has asked for every text in each of the story's languages.
  const say = (text: Partial<Record<Lang, string>>) => text[lang]!;
  return {
    siteName: say(copy.siteName),
    kicker: say(copy.kicker),
    mapTitle: say(copy.mapTitle),
    mapName: say(copy.mapName),
    timelineHint: say(copy.timelineHint),
    footer: say(copy.footer),
    statusExplained: Object.fromEntries(
      Object.entries(copy.statusExplained).map(([status, text]) => [status, say(text)]),
    ) as Record<Status, string>,
    recordZoneName: say(settings.timeZoneName),
    timeZoneName: Object.fromEntries([
      [settings.timeZone, say(settings.timeZoneName)],
      ...settings.sourceTimeZones.map((z) => [z.zone, say(z.name)]),
    ]),
  };
}

/** One dictionary per language of the story (pages never ask for another). */
export function storyDictionaries(settings: StorySettings): Record<Lang, Dictionary> {
  return Object.fromEntries(
    settings.languages.map((lang) => [lang, { ...dictionaries[lang], ...storyWords(settings, lang) }]),
  ) as Record<Lang, Dictionary>;
}
