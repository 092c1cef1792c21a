/**
 * The MapLibre map, loaded on demand by the explorer island. Bases are one GeoJSON source whose
 * data is replaced as the slider moves: marker size from a d3 scale of the events begun there,
 * colour and shape from the latest one's status.
 */
import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  setWorkerUrl,
  type GeoJSONSource,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import type { FeatureCollection, Point } from 'geojson';
import type { ExplorerData } from '../lib/explorer-data';
import { region } from '../lib/geo/region';
import { dictionaries } from '../lib/i18n';
import { BASES_LAYER, BASES_SOURCE, mapStyle } from '../lib/map-style';
import { baseMarkerScale, baseStatesAt, maxEventsPerBase } from '../lib/markers';
import { hasBegun } from '../lib/timeline';

export interface MapView {
  update(time: number, selected: string | undefined): void;
}

const absolute = (url: string) => new URL(url, location.href).href;
const regionBounds: [[number, number], [number, number]] = [
  [region.west, region.south],
  [region.east, region.north],
];

export function mountMap(
  container: HTMLElement,
  data: ExplorerData,
  { onSelect }: { onSelect: (slug: string) => void },
): Promise<MapView> {
  setWorkerUrl(absolute(workerUrl));
  const dict = dictionaries[data.lang];
  const baseIds = data.bases.map((b) => b.id);
  const radius = baseMarkerScale(maxEventsPerBase(data.events));
  const map = new MapLibreMap({
    container,
    style: mapStyle({ basemapUrl: absolute(data.basemapUrl), fontUrl: absolute(fontUrl), lang: data.lang }),
    // Opens on the static map's frame, so swapping one for the other does not move anything.
    bounds: regionBounds,
    maxBounds: regionBounds,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new AttributionControl({ compact: true, customAttribution: 'Natural Earth' }));
  // Exposed for end-to-end tests and debugging in the console.
  Object.defineProperty(container, 'maplibreMap', { value: map });

  let time = data.span.end;
  let selected: string | undefined;

  function basesAt(): FeatureCollection<Point> {
    const states = baseStatesAt(data.events, time, baseIds);
    const selectedSite = data.events.find((e) => e.slug === selected)?.siteId;
    return {
      type: 'FeatureCollection',
      features: data.bases.map((base) => {
        const state = states.get(base.id)!;
        return {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [base.lon, base.lat] },
          properties: {
            id: base.id,
            name: base.name,
            count: state.count,
            countLabel: dict.atBase(state.count),
            status: state.status ?? 'none',
            radius: radius(state.count),
            selected: base.id === selectedSite,
          },
        };
      }),
    };
  }

  /** Clicking a base selects its latest event shown; clicking again steps back through the others. */
  function eventToSelectAt(siteId: string): string | undefined {
    const here = data.events.filter((e) => e.siteId === siteId && hasBegun(e, time));
    const current = here.findIndex((e) => e.slug === selected);
    const next = current > 0 ? here[current - 1] : here[here.length - 1];
    return next?.slug;
  }

  const view: MapView = {
    update(newTime, newSelected) {
      time = newTime;
      selected = newSelected;
      (map.getSource(BASES_SOURCE) as GeoJSONSource | undefined)?.setData(basesAt());
    },
  };

  return new Promise((resolve, reject) => {
    map.once('error', (e) => reject(e.error));
    // User Timing marks, read by the benchmark (bench/) and visible in DevTools.
    map.once('idle', () => performance.mark('map-first-idle'));
    map.once('load', () => {
      view.update(time, selected);
      map.on('click', BASES_LAYER, (e) => {
        const siteId = e.features?.[0]?.properties.id as string | undefined;
        const slug = siteId && eventToSelectAt(siteId);
        if (slug) onSelect(slug);
      });
      map.on('mouseenter', BASES_LAYER, () => (map.getCanvas().style.cursor = 'pointer'));
      map.on('mouseleave', BASES_LAYER, () => (map.getCanvas().style.cursor = ''));
      resolve(view);
    });
  });
}
