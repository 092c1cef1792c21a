import type { APIRoute } from 'astro';
import { regionBasemap } from '../lib/geo/basemap';
import { eventsView } from '../lib/geo/region';
import { loadRecordSet } from '../load-records';

/**
 * The map's basemap as one GeoJSON file; `kind` tells the style which layer draws each feature.
 * Labels and places are not here: they are HTML pins shared with the static map.
 */
export const GET: APIRoute = async () => {
  // Labels placed for the view the maps open on, as on the static map.
  const { sites, settings } = await loadRecordSet();
  const view = eventsView(sites.map((s) => s.data.position), settings.region);
  const { countries, borders, rivers, lakes } = regionBasemap(settings, view);
  const features = [
    ...countries.features.map((f) => ({ ...f, properties: { ...f.properties, kind: 'country' } })),
    { ...lakes, properties: { kind: 'lake' } },
    { ...rivers, properties: { kind: 'river' } },
    { ...borders, properties: { kind: 'border' } },
  ];
  return new Response(JSON.stringify({ type: 'FeatureCollection', features }), {
    headers: { 'Content-Type': 'application/geo+json' },
  });
};
