/**
 * The explorer island: enables the slider, keeps the readout, list, URL and map in step, and
 * loads the map script only once the map is on screen and the browser is idle, so the static
 * page paints and works first.
 */
import type { ExplorerData } from '../lib/explorer-data';
import { formatMoment } from '../lib/format';
import { dictionaries } from '../lib/i18n';
import { hasBegun, stepAtTime, timeAfter, timeAtStep } from '../lib/timeline';
import { formatUrlState, parseUrlState, type UrlState } from '../lib/url-state';
import type { MapView } from './map';
import { renderSelection } from './selection';

/** Screen readers hear the count once the reader pauses, not at every step. */
const ANNOUNCE_DELAY_MS = 600;

export function startExplorer(root: HTMLElement): void {
  const data = JSON.parse(root.querySelector('[data-explorer-data]')!.textContent!) as ExplorerData;
  const dict = dictionaries[data.lang];
  const { span, events } = data;
  const slider = root.querySelector<HTMLInputElement>('[data-slider]')!;
  const readout = root.querySelector<HTMLElement>('[data-readout]')!;
  const announcer = root.querySelector<HTMLElement>('[data-announce]')!;
  const selectionPanel = root.querySelector<HTMLElement>('[data-selection]')!;
  const listItems = new Map(
    [...root.querySelectorAll<HTMLElement>('.event[data-slug]')].map((li) => [li.dataset.slug!, li]),
  );
  const trackMarks = [...root.querySelectorAll<HTMLElement>('.timeline__mark[data-slug]')];
  const eventBySlug = new Map(events.map((e) => [e.slug, e]));

  let time = span.end;
  let selected: string | undefined;
  let map: MapView | undefined;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;

  const snap = (t: number) => timeAtStep(span, stepAtTime(span, t));

  function applyUrl(): void {
    const state = parseUrlState(location.search);
    selected = state.event && eventBySlug.has(state.event) ? state.event : undefined;
    time = snap(state.time ?? span.end);
    // A link to an event always shows that event, whatever time it carries.
    const event = selected ? eventBySlug.get(selected) : undefined;
    if (event && !hasBegun(event, time)) time = timeAfter(span, event);
  }

  function writeUrl(mode: 'replace' | 'push'): void {
    const state: Partial<UrlState> = {};
    if (time !== span.end) state.time = time;
    if (selected) state.event = selected;
    const url = `${location.pathname}${formatUrlState(state)}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  }

  function render(): void {
    const shown = events.filter((e) => hasBegun(e, time)).length;
    const moment = formatMoment(time, dict, span.timeZone, time === span.end);
    const text = dict.showing(moment, shown, events.length);
    slider.value = String(stepAtTime(span, time));
    slider.setAttribute('aria-valuetext', moment);
    readout.textContent = text;
    for (const event of events) {
      const li = listItems.get(event.slug);
      if (!li) continue;
      const later = !hasBegun(event, time);
      li.classList.toggle('event--later', later);
      li.classList.toggle('event--selected', event.slug === selected);
      li.querySelector<HTMLElement>('[data-later]')!.hidden = !later;
      li.querySelector('[data-select]')?.setAttribute('aria-pressed', String(event.slug === selected));
    }
    for (const mark of trackMarks) {
      const event = eventBySlug.get(mark.dataset.slug!);
      mark.classList.toggle('timeline__mark--later', !!event && !hasBegun(event, time));
      mark.classList.toggle('timeline__mark--selected', mark.dataset.slug === selected);
    }
    renderSelection(selectionPanel, selected ? eventBySlug.get(selected) : undefined, data, () => select(undefined));
    map?.update(time, selected);
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => (announcer.textContent = text), ANNOUNCE_DELAY_MS);
  }

  function select(slug: string | undefined): void {
    selected = slug;
    const event = slug ? eventBySlug.get(slug) : undefined;
    if (event && !hasBegun(event, time)) time = timeAfter(span, event);
    writeUrl('push');
    render();
  }

  slider.addEventListener('input', () => {
    time = timeAtStep(span, Number(slider.value));
    writeUrl('replace');
    render();
  });
  root.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLElement>('[data-select]');
    if (button) select(button.dataset.select);
  });
  window.addEventListener('popstate', () => {
    applyUrl();
    render();
  });

  root.querySelectorAll<HTMLElement>('[data-select]').forEach((b) => (b.hidden = false));
  slider.disabled = false;
  applyUrl();
  render();
  loadMapWhenVisible(root, async (container) => {
    const { mountMap } = await import('./map');
    map = await mountMap(container, data, { onSelect: select });
    map.update(time, selected);
  });
}

function loadMapWhenVisible(root: HTMLElement, load: (container: HTMLElement) => Promise<void>): void {
  const frame = root.querySelector<HTMLElement>('[data-map-frame]')!;
  const container = frame.querySelector<HTMLElement>('[data-map]')!;
  const whenIdle = (fn: () => void) =>
    'requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 1500 }) : setTimeout(fn, 200);
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    observer.disconnect();
    frame.dataset.mapState = 'loading';
    whenIdle(() => {
      performance.mark('map-load-start');
      return load(container).then(
        () => (frame.dataset.mapState = 'ready'),
        // No WebGL, or the script failed: the static map stays, which is complete on its own.
        (error: unknown) => {
          frame.dataset.mapState = 'failed';
          console.warn('Interactive map unavailable; keeping the static map.', error);
        },
      );
    });
  });
  observer.observe(frame);
}
