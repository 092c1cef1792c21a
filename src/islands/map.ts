/**
 * The MapLibre map, loaded on demand by the explorer island. Bases are one GeoJSON source set
 * once (three features: id, name and the room their label needs); what the slider changes on
 * them is feature state, set only for the bases whose state changed: marker size from a d3
 * scale of the events begun there, colour and shape from the latest one's status, selection and
 * hover. A step so redraws one frame, with no trip through MapLibre's worker. The base labels
 * (name and count) and the false-alarm cross change text, size or offset with the count, layout
 * properties that feature state cannot reach: they are HTML markers, one per base, whose text is
 * updated in place.
 */
import {
  AttributionControl,
  Map as MapLibreMap,
  Marker,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
  type GeoJSONSource,
  type IControl,
} from 'maplibre-gl';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import type { FeatureCollection, Point } from 'geojson';
import type { Status } from '../lib/schema';
import type { ExplorerData, ExplorerEvent } from '../lib/explorer-data';
import type { Box } from '../lib/geo/clip';
import { region } from '../lib/geo/region';
import { dictionaries } from '../lib/i18n';
import { BASES_LAYER, BASES_SOURCE, mapStyle } from '../lib/map-style';
import { baseMarkerScale, baseStatesAt, maxEventsPerBase } from '../lib/markers';
import { hasBegun } from '../lib/timeline';
import type { MapView } from '../lib/url-state';

export interface MapHandle {
  update(time: number, selected: string | undefined, visible: ExplorerEvent[]): void;
  /** Moves to a saved view, or back to the events' view when there is none. */
  setView(view: MapView | undefined): void;
}

const absolute = (url: string) => new URL(url, location.href).href;
const boundsOf = (box: Box): [[number, number], [number, number]] => [
  [box.west, box.south],
  [box.east, box.north],
];
/** How far a reader may pan: the area the basemap covers. */
const regionBounds = boundsOf(region);

/** A map control button that brings the events' view back. */
function resetViewControl(label: string, onReset: () => void): IControl {
  const container = document.createElement('div');
  container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'map-reset';
  button.title = label;
  button.setAttribute('aria-label', label);
  button.textContent = '⤢';
  button.addEventListener('click', onReset);
  container.append(button);
  return { onAdd: () => container, onRemove: () => container.remove() };
}

export function mountMap(
  container: HTMLElement,
  data: ExplorerData,
  options: {
    initialView?: MapView;
    onSelect: (slug: string) => void;
    onViewChange: (view: MapView | undefined) => void;
  },
): Promise<MapHandle> {
  setWorkerUrl(absolute(workerUrl));
  // MapLibre's stylesheet comes with its script, so pages that never start the map don't carry it.
  if (!document.querySelector('style[data-maplibre]')) {
    const style = document.createElement('style');
    style.dataset.maplibre = '';
    style.textContent = maplibreCss;
    document.head.append(style);
  }
  const dict = dictionaries[data.lang];
  const baseIds = data.bases.map((b) => b.id);
  const radius = baseMarkerScale(maxEventsPerBase(data.events));
  const { initialView } = options;
  const eventsBounds = boundsOf(data.view);

  const map = new MapLibreMap({
    container,
    style: mapStyle({ basemapUrl: absolute(data.basemapUrl), fontUrl: absolute(fontUrl), lang: data.lang }),
    // Opens on the static map's frame (the events' bases with context), so swapping one
    // for the other moves nothing; a saved view from the URL wins.
    ...(initialView
      ? { center: [initialView.lon, initialView.lat] as [number, number], zoom: initialView.zoom }
      : { bounds: eventsBounds }),
    maxBounds: regionBounds,
    attributionControl: false,
    // Labels appear at once: no fade frames to redraw on every slider step.
    fadeDuration: 0,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(
    resetViewControl(dict.resetView, () => {
      map.fitBounds(eventsBounds, { animate: false });
      options.onViewChange(undefined);
    }),
    'top-right',
  );
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
  map.addControl(new AttributionControl({ compact: true, customAttribution: 'Natural Earth' }));
  // Exposed for end-to-end tests and debugging in the console.
  Object.defineProperty(container, 'maplibreMap', { value: map });

  let time = data.span.end;
  let selected: string | undefined;
  let visible = data.events;

  /**
   * The bases themselves: what never changes. With the room their label takes once every event
   * has begun (count line and marker radius), which the style keeps clear of other labels.
   */
  const totals = baseStatesAt(data.events, Infinity, baseIds);
  const basesSource: FeatureCollection<Point> = {
    type: 'FeatureCollection',
    features: data.bases.map((base) => {
      const total = totals.get(base.id)!.count;
      return {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [base.lon, base.lat] },
        properties: { id: base.id, name: base.name, countSpace: dict.atBase(total), radiusSpace: radius(total) },
      };
    }),
  };

  /**
   * One HTML marker per base for its label and false-alarm cross, drawn as the style's symbols
   * were: label to the right of the marker, clear of it whatever its size, name over count, with
   * a paper halo. Hidden from assistive technology: the event list is the accessible path.
   */
  const labels = new Map(
    data.bases.map((base) => {
      const element = document.createElement('div');
      element.className = 'map-base';
      element.setAttribute('aria-hidden', 'true');
      const cross = document.createElement('span');
      cross.className = 'map-base__cross';
      cross.textContent = '×';
      cross.hidden = true;
      const label = document.createElement('span');
      label.className = 'map-base__label';
      const name = document.createElement('span');
      name.className = 'map-base__name';
      name.textContent = base.name;
      const count = document.createElement('span');
      count.className = 'map-base__count';
      label.append(name, count);
      element.append(cross, label);
      const marker = new Marker({ element, anchor: 'center' }).setLngLat([base.lon, base.lat]);
      return [base.id, { marker, cross, label, count }] as const;
    }),
  );

  interface ShownState {
    count: number;
    status: Status | 'none';
    radius: number;
    selected: boolean;
  }
  /** What each base last showed, to touch only the bases a step changes. */
  const shown = new Map<string, ShownState>();

  function showBases() {
    const states = baseStatesAt(visible, time, baseIds);
    const selectedSite = selected ? data.events.find((e) => e.slug === selected)?.siteId : undefined;
    for (const base of data.bases) {
      const state = states.get(base.id)!;
      const next: ShownState = {
        count: state.count,
        status: state.status ?? 'none',
        radius: radius(state.count),
        selected: base.id === selectedSite,
      };
      const last = shown.get(base.id);
      if (
        last &&
        last.count === next.count &&
        last.status === next.status &&
        last.radius === next.radius &&
        last.selected === next.selected
      ) {
        continue;
      }
      shown.set(base.id, next);
      map.setFeatureState({ source: BASES_SOURCE, id: base.id }, { ...next });
      const html = labels.get(base.id)!;
      if (last?.count !== next.count) html.count.textContent = dict.atBase(next.count);
      if (last?.radius !== next.radius) {
        // As the style's symbols did: offset max(r, 4) / 13 + 0.5 ems of 13 px (and the 2 px the
        // glyphs' own margin added); cross max(1.6 r, 12) px.
        html.label.style.left = `${Math.max(next.radius, 4) + 8.5}px`;
        html.cross.style.fontSize = `${Math.max(next.radius * 1.6, 12)}px`;
      }
      html.cross.hidden = next.status !== 'false-alarm';
    }
  }

  /** Clicking a base selects its latest event shown; clicking again steps back through the others. */
  function eventToSelectAt(siteId: string): string | undefined {
    const here = visible.filter((e) => e.siteId === siteId && hasBegun(e, time));
    const current = here.findIndex((e) => e.slug === selected);
    const next = current > 0 ? here[current - 1] : here[here.length - 1];
    return next?.slug;
  }

  const handle: MapHandle = {
    update(newTime, newSelected, newVisible) {
      time = newTime;
      selected = newSelected;
      visible = newVisible;
      // Before the style has loaded, the load handler shows the latest state.
      if (!map.getSource(BASES_SOURCE)) return;
      showBases();
    },
    setView(view) {
      if (view) map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
      else map.fitBounds(eventsBounds, { animate: false });
    },
  };

  let hovered: string | undefined;
  const setHover = (id: string | undefined) => {
    if (hovered) map.setFeatureState({ source: BASES_SOURCE, id: hovered }, { hover: false });
    hovered = id;
    if (id) map.setFeatureState({ source: BASES_SOURCE, id }, { hover: true });
    map.getCanvas().style.cursor = id ? 'pointer' : '';
  };

  return new Promise((resolve, reject) => {
    map.once('error', (e) => reject(e.error));
    // User Timing marks, read by the benchmark (bench/) and visible in DevTools.
    map.once('idle', () => performance.mark('map-first-idle'));
    map.once('load', () => {
      (map.getSource(BASES_SOURCE) as GeoJSONSource).setData(basesSource);
      for (const { marker } of labels.values()) marker.addTo(map);
      handle.update(time, selected, visible);
      map.on('click', BASES_LAYER, (e) => {
        const siteId = e.features?.[0]?.properties.id as string | undefined;
        const slug = siteId && eventToSelectAt(siteId);
        if (slug) options.onSelect(slug);
      });
      map.on('mousemove', BASES_LAYER, (e) => setHover(e.features?.[0]?.properties.id as string | undefined));
      map.on('mouseleave', BASES_LAYER, () => setHover(undefined));
      // Only the reader's own moves go to the URL, not the ones the page makes.
      map.on('moveend', (e) => {
        if (!e.originalEvent) return;
        const { lng, lat } = map.getCenter();
        options.onViewChange({ lon: lng, lat, zoom: map.getZoom() });
      });
      resolve(handle);
    });
  });
}
