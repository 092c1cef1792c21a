import type { Localized } from '../schema';

/**
 * Cities shown only to help readers place the bases. Approximate city centres (as in Natural
 * Earth's populated places), for orientation; no event is located by them.
 */
export const contextPlaces: { id: string; name: Localized; lon: number; lat: number }[] = [
  { id: 'baghdad', name: { fr: 'Bagdad', en: 'Baghdad' }, lon: 44.39, lat: 33.34 },
  { id: 'erbil', name: { fr: 'Erbil', en: 'Erbil' }, lon: 44.01, lat: 36.19 },
];
