/**
 * The MapLibre map, loaded on demand by the explorer island. It draws the basemap; the bases,
 * places and labels stay the HTML pins of the static map (src/islands/map-overlay.ts), which it
 * carries as markers: same elements, same font, size and weight, so the swap moves nothing.
 * After each move the labels are placed again with the map's projection.
 */
import { AttributionControl, Map as MapLibreMap, Marker, NavigationControl, ScaleControl, setWorkerUrl, type IControl } from 'maplibre-gl';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { ExplorerData } from '../lib/explorer-data';
import type { ExplorerState } from '../lib/explorer-state';
import type { Box } from '../lib/geo/clip';
import { dictionaries } from '../lib/i18n';
import { mapStyle } from '../lib/map-style';
import type { MapView } from '../lib/url-state';
import type { MapOverlay } from './map-overlay';

export interface MapHandle {
  /**
   * Shows the state's view: a saved one, or the events' frame when there is none. The pins show
   * the rest of the state (the overlay renders them); the map has nothing else of its own.
   */
  render(state: ExplorerState): void;
}

/** Beyond this zoom the 1:50m basemap has no more detail to show. */
export const MAX_ZOOM = 9;

const absolute = (url: string) => new URL(url, location.href).href;
const boundsOf = (box: Box): [[number, number], [number, number]] => [
  [box.west, box.south],
  [box.east, box.north],
];

/** A map control button that brings the view of all the bases back: a "frame" icon and words. */
function resetViewControl(label: string, onReset: () => void): IControl {
  const container = document.createElement('div');
  container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'map-reset';
  button.title = label;
  button.setAttribute('aria-label', label);
  // Four corners around a dot: "frame the bases", not fullscreen's outward arrows.
  button.innerHTML =
    '<svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.8"><path d="M2 6V2h4M12 2h4v4M16 12v4h-4M6 16H2v-4"/><circle cx="9" cy="9" r="2.2" fill="currentColor" stroke="none"/></svg>';
  button.addEventListener('click', onReset);
  container.append(button);
  return { onAdd: () => container, onRemove: () => container.remove() };
}

export function mountMap(
  container: HTMLElement,
  data: ExplorerData,
  overlay: MapOverlay,
  options: {
    initialView?: MapView;
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
  const { initialView } = options;
  const eventsBounds = boundsOf(data.view);

  const map = new MapLibreMap({
    container,
    style: mapStyle({ basemapUrl: absolute(data.basemapUrl) }),
    // Opens on the static map's frame (the events' bases with context), so swapping one
    // for the other moves nothing; a saved view from the URL wins.
    ...(initialView
      ? { center: [initialView.lon, initialView.lat] as [number, number], zoom: initialView.zoom }
      : { bounds: eventsBounds }),
    // How far a reader may pan: the area the basemap covers.
    maxBounds: boundsOf(data.region),
    maxZoom: MAX_ZOOM,
    attributionControl: false,
    fadeDuration: 0,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    // One finger scrolls the page, two move the map; Ctrl/⌘ + wheel zooms.
    cooperativeGestures: true,
    locale: {
      'CooperativeGesturesHandler.WindowsHelpText': dict.cooperativeGestures.windows,
      'CooperativeGesturesHandler.MacHelpText': dict.cooperativeGestures.mac,
      'CooperativeGesturesHandler.MobileHelpText': dict.cooperativeGestures.mobile,
      'NavigationControl.ZoomIn': dict.zoomIn,
      'NavigationControl.ZoomOut': dict.zoomOut,
    },
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(
    resetViewControl(dict.resetView, () => {
      map.fitBounds(eventsBounds, { animate: false });
      showView(undefined);
    }),
    'top-right',
  );
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
  map.addControl(new AttributionControl({ compact: true, customAttribution: 'Natural Earth · GeoNames (CC BY 4.0)' }));
  // Folded from the start (the legend credits the data too), so it never covers a label.
  const attribution = container.querySelector('.maplibregl-ctrl-attrib');
  attribution?.classList.remove('maplibregl-compact-show');
  attribution?.removeAttribute('open');
  // Exposed for end-to-end tests and debugging in the console.
  Object.defineProperty(container, 'maplibreMap', { value: map });

  // The view the map shows: the reader's own moves are already there, so they move nothing.
  let shownView = initialView;
  const sameView = (a: MapView | undefined, b: MapView | undefined) =>
    a === b || (!!a && !!b && a.lon === b.lon && a.lat === b.lat && a.zoom === b.zoom);
  const showView = (view: MapView | undefined) => {
    shownView = view;
    options.onViewChange(view);
  };
  const handle: MapHandle = {
    render({ view }) {
      if (sameView(view, shownView)) return;
      shownView = view;
      if (view) map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
      else map.fitBounds(eventsBounds, { animate: false });
    },
  };

  return new Promise((resolve, reject) => {
    map.once('error', (e) => reject(e.error));
    // User Timing marks, read by the benchmark (bench/) and visible in DevTools.
    map.once('idle', () => performance.mark('map-first-idle'));
    map.once('load', () => {
      for (const pin of overlay.pins) {
        pin.element.style.left = '';
        pin.element.style.top = '';
        new Marker({ element: pin.element, anchor: 'center' }).setLngLat([pin.lon, pin.lat]).addTo(map);
      }
      const project = (lon: number, lat: number) => map.project([lon, lat]);
      overlay.setProjector(project);
      map.on('moveend', () => overlay.place());
      // Only the reader's own moves go to the URL, not the ones the page makes.
      map.on('moveend', (e) => {
        if (!e.originalEvent) return;
        const { lng, lat } = map.getCenter();
        showView({ lon: lng, lat, zoom: map.getZoom() });
      });
      resolve(handle);
    });
  });
}
