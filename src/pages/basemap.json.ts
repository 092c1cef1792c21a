import type { APIRoute } from 'astro';
import { regionBasemap } from '../lib/geo/basemap';
import { contextPlaces } from '../lib/geo/places';
import { eventsView } from '../lib/geo/region';
import { loadRecordSet } from '../load-records';

/** The map's basemap as one GeoJSON file; `kind` tells the style which layer draws each feature. */
export const GET: APIRoute = async () => {
  // Labels placed for the view the maps open on, as on the static map.
  const { sites } = await loadRecordSet();
  const { countries, borders, labels } = regionBasemap(eventsView(sites.map((s) => s.data.position)));
  const features = [
    ...countries.features.map((f) => ({ ...f, properties: { ...f.properties, kind: 'country' } })),
    { ...borders, properties: { kind: 'border' } },
    ...labels.features.map((f) => ({ ...f, properties: { ...f.properties, kind: 'label' } })),
    ...contextPlaces.map((place) => ({
      type: 'Feature',
      properties: { kind: 'city', name_fr: place.name.fr, name_en: place.name.en },
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
    })),
  ];
  return new Response(JSON.stringify({ type: 'FeatureCollection', features }), {
    headers: { 'Content-Type': 'application/geo+json' },
  });
};
