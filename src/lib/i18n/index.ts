import type { Lang } from '../schema';
import { en } from './en';
import { fr, type Dictionary } from './fr';

export type { Dictionary };
export const dictionaries: Record<Lang, Dictionary> = { fr, en };
export const defaultLang: Lang = 'fr';

export function otherLang(lang: Lang): Lang {
  return lang === 'fr' ? 'en' : 'fr';
}
