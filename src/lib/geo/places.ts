import type { Localized } from '../schema';

/**
 * A place shown only to help readers place the bases (content/places/, GeoNames coordinates);
 * no event is located by one.
 */
export interface ReferencePlace {
  id: string;
  name: Localized;
  lon: number;
  lat: number;
  /** 0 for the capital; among towns, 1 is shown first and dropped last. */
  rank: number;
  capital: boolean;
}

export function toReferencePlace(entry: {
  id: string;
  data: { name: Localized; position: { lat: number; lon: number }; rank: number; capital: boolean };
}): ReferencePlace {
  const { name, position, rank, capital } = entry.data;
  return { id: entry.id, name, lon: position.lon, lat: position.lat, rank, capital };
}
