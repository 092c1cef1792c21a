/**
 * Where a river's or lake's name goes: Natural Earth's rivers and lakes are unnamed, so each
 * name record (content/water/) points near its feature; the label sits on the feature itself:
 * a lake's name at its centre, a river's at the vertex nearest the record's point.
 */
import { geoCentroid } from 'd3-geo';
import type { Localized } from '../schema';
import type { Basemap } from './basemap';

export interface WaterName {
  id: string;
  name: Localized;
  kind: 'river' | 'lake';
  near: { lon: number; lat: number };
}

export interface WaterLabel {
  id: string;
  name: Localized;
  kind: 'river' | 'lake';
  lon: number;
  lat: number;
}

const distance2 = ([lon, lat]: number[], near: { lon: number; lat: number }) =>
  (lon! - near.lon) ** 2 + (lat! - near.lat) ** 2;

/** Label points; a name whose feature is not within half a degree of its point is left out. */
export function waterLabels(basemap: Pick<Basemap, 'rivers' | 'lakes'>, names: WaterName[]): WaterLabel[] {
  return names.flatMap((record): WaterLabel[] => {
    if (record.kind === 'river') {
      let best: number[] | undefined;
      for (const line of basemap.rivers.geometry.coordinates) {
        for (const p of line) if (!best || distance2(p, record.near) < distance2(best, record.near)) best = p;
      }
      if (!best || distance2(best, record.near) > 0.25) return [];
      return [{ id: record.id, name: record.name, kind: 'river', lon: best[0]!, lat: best[1]! }];
    }
    let best: { centre: [number, number]; d: number } | undefined;
    for (const polygon of basemap.lakes.geometry.coordinates) {
      const centre = geoCentroid({ type: 'Polygon', coordinates: polygon }) as [number, number];
      const d = distance2(centre, record.near);
      if (!best || d < best.d) best = { centre, d };
    }
    if (!best || best.d > 0.25) return [];
    const round = (v: number) => Math.round(v * 1e4) / 1e4;
    return [{ id: record.id, name: record.name, kind: 'lake', lon: round(best.centre[0]), lat: round(best.centre[1]) }];
  });
}
