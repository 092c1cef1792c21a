import type { Localized } from '../schema';

export interface ReferencePlace {
  id: string;
  name: Localized;
  lon: number;
  lat: number;
  /** 1 is shown first and dropped last. */
  rank: number;
  capital: boolean;
}

/**
 * Places shown only to help readers place the bases; no event is located by them.
 * Approximate city centres (as in Natural Earth's populated places).
 */
export const referencePlaces: ReferencePlace[] = [
  { id: 'baghdad', name: { fr: 'Bagdad', en: 'Baghdad' }, lon: 44.39, lat: 33.34, rank: 0, capital: true },
  { id: 'erbil', name: { fr: 'Erbil', en: 'Erbil' }, lon: 44.01, lat: 36.19, rank: 1, capital: false },
];
