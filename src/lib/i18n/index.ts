import { en } from './en';
import { fr, type Dictionary } from './fr';

export type { Dictionary };

/**
 * The interface in each language the site can be published in. A story lists the languages it
 * uses (`languages` in content/story/settings.yaml); each must have a dictionary here.
 */
export const dictionaries = { fr, en } satisfies Record<string, Dictionary>;

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
