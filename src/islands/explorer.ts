/**
 * The explorer island: enables the timeline, filters and list, keeps the readout, list, URL and
 * map in step. The static page is complete (its SVG map shows every base and count), so the
 * 440 KB map script loads only when the reader reaches for the explorer: a pointer over it, a
 * touch, a key or focus inside it, or a link that carries a map view.
 */
import type { ExplorerData } from '../lib/explorer-data';
import {
  countBegun,
  explorerContext,
  reduce,
  visibleEvents,
  type ExplorerAction,
  type ExplorerState,
} from '../lib/explorer-state';
import type { Filters } from '../lib/filters';
import { formatMoment } from '../lib/format';
import { dictionaries } from '../lib/i18n';
import { kindCounter } from '../lib/event-kinds';
import { stepAtTime, timeAtStep, trackPosition } from '../lib/timeline';
import { LANE_HEIGHT, layoutMarks } from '../lib/timeline-marks';
import { stateFromUrl, urlFromState } from '../lib/url-state';
import { EventListView } from './event-list';
import type { MapHandle } from './map';
import { MapOverlay } from './map-overlay';
import { renderSelection } from './selection';

/** Screen readers hear the count once the reader pauses, not at every step (nor during play). */
const ANNOUNCE_DELAY_MS = 600;
/** A drag paused this long writes its time to the URL. */
const URL_DELAY_MS = 300;

/** Choosing an event is a place to come back to (a history entry); other changes refine it. */
const pushesHistory = new Set<ExplorerAction['type']>(['select', 'deselect', 'step', 'clickBase']);

export function startExplorer(root: HTMLElement): void {
  const data = JSON.parse(root.querySelector('[data-explorer-data]')!.textContent!) as ExplorerData;
  const dict = dictionaries[data.lang];
  const { span, events } = data;
  const $ = <E extends Element = HTMLElement>(selector: string) => root.querySelector<E>(selector)!;
  const slider = $<HTMLInputElement>('[data-slider]');
  const readout = $('[data-readout]');
  const announcer = $('[data-announce]');
  const futureMask = $('[data-future]');
  const nowLine = $('[data-now]');
  const nowLabel = $('[data-now-label]');
  const listToggle = root.querySelector<HTMLButtonElement>('[data-list-toggle]');
  const selectedMark = $('[data-selected-mark]');
  const playButton = $<HTMLButtonElement>('[data-play]');
  const selectionPanel = $('[data-selection]');
  const eventsSection = $('.events');
  const filtersForm = $<HTMLFormElement>('[data-filters]');
  const list = new EventListView(eventsSection, data);
  const scale = (t: number) => trackPosition(span, t);
  const context = explorerContext(data, {
    // Embeds open compact (no list) unless their URL asks for it; the explorer page shows it.
    listByDefault: root.dataset.listDefault !== 'false',
    playStepMs: data.playStepMs,
  });
  // The same lanes the build drew, to outline the selected event's mark.
  const markBySlug = new Map(layoutMarks(events, scale).marks.map((m) => [m.slug, m]));
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

  let state: ExplorerState = stateFromUrl(location.search, context);
  // Derived from the filters, computed again only when they change.
  let shownFilters: Filters | undefined;
  let visible = events;
  let countKinds = kindCounter(visible);
  let map: MapHandle | undefined;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  let playTimer: ReturnType<typeof setInterval> | undefined;

  // The map's pins, static or carried by MapLibre: they show the URL's state from the first render.
  // No scrolling to the card on a base: the callout at the marker shows the chosen event where the reader is.
  const overlay = new MapOverlay($('[data-map-frame]'), data, (siteId) => dispatch({ type: 'clickBase', siteId }));

  function dispatch(action: ExplorerAction): void {
    const previous = state;
    state = reduce(state, action, context);
    if (state === previous) return;
    render();
    // During play the URL waits for the end (or the pause); a drag writes it once let go.
    const waits = action.type === 'setTime' || (state.playing && (action.type === 'play' || action.type === 'tick'));
    if (waits) return;
    writeUrl(pushesHistory.has(action.type) ? 'push' : 'replace');
  }

  function writeUrl(mode: 'replace' | 'push'): void {
    const url = `${location.pathname}${urlFromState(state, context)}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  }

  function renderFilters(): void {
    if (state.filters === shownFilters) return;
    shownFilters = state.filters;
    visible = visibleEvents(context, state.filters);
    countKinds = kindCounter(visible);
    list.setEvents(visible);
    for (const input of filtersForm.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      const chosen = state.filters[input.name as keyof Filters] as string[] | undefined;
      input.checked = !chosen || chosen.includes(input.value);
    }
  }

  function renderPlay(): void {
    playButton.setAttribute('aria-pressed', String(state.playing));
    $('[data-play-label]').textContent = state.playing ? dict.pause : dict.play;
    if (state.playing && !playTimer) playTimer = setInterval(() => dispatch({ type: 'tick' }), context.playStepMs);
    if (!state.playing && playTimer) {
      clearInterval(playTimer);
      playTimer = undefined;
    }
  }

  function renderList(): void {
    eventsSection.hidden = !state.listShown;
    if (listToggle) {
      listToggle.setAttribute('aria-expanded', String(state.listShown));
      listToggle.textContent = state.listShown ? dict.embed.hideList : dict.embed.showList;
    }
  }

  function render(): void {
    const { time, selected } = state;
    renderFilters();
    renderPlay();
    renderList();
    const shown = countBegun(visible, time);
    const atEnd = time === span.end;
    const moment = formatMoment(time, dict, span.timeZone, atEnd);
    const text = dict.showing(dict.kinds(countKinds(shown)), shown, visible.length);
    slider.value = String(stepAtTime(span, time));
    slider.setAttribute('aria-valuetext', moment);
    readout.textContent = text;
    const now = scale(time);
    futureMask.style.left = `${now}%`;
    nowLine.style.left = `${now}%`;
    // The label reads away from the nearer end, so it never runs off the track.
    const towardsEnd = now > 50;
    nowLabel.classList.toggle('timeline__now-label--end', towardsEnd);
    nowLabel.style.left = towardsEnd ? '' : `${now}%`;
    nowLabel.style.right = towardsEnd ? `${100 - now}%` : '';
    nowLabel.textContent = moment;
    const selectedEvent = selected ? context.eventBySlug.get(selected) : undefined;
    const mark = selected ? markBySlug.get(selected) : undefined;
    selectedMark.hidden = !mark;
    if (mark) {
      selectedMark.style.left = `${mark.left}%`;
      selectedMark.style.width = `${mark.width}%`;
      selectedMark.style.top = `${mark.lane * LANE_HEIGHT}px`;
    }
    // The embed dialog opens at the event selected here.
    root.dataset.selectedEvent = selected ?? '';
    list.update(time, selected);
    renderSelection(selectionPanel, selectedEvent, data, () => dispatch({ type: 'deselect' }));
    overlay.update(time, selected, visible);
    map?.render(state);
    clearTimeout(announceTimer);
    const announcement = dict.announce(moment, text);
    if (!state.playing) announceTimer = setTimeout(() => (announcer.textContent = announcement), ANNOUNCE_DELAY_MS);
  }

  // The URL follows the slider once the reader lets go (`change`; each key press fires one), or
  // pauses: not at every step of a drag, where each replaceState costs a same-document
  // navigation (Chromium refetches the favicon) and Safari refuses more than 100 in 30 s.
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  const writeSliderUrl = () => {
    clearTimeout(urlTimer);
    urlTimer = undefined;
    writeUrl('replace');
  };
  slider.addEventListener('input', () => {
    dispatch({ type: 'setTime', time: timeAtStep(span, Number(slider.value)) });
    clearTimeout(urlTimer);
    urlTimer = setTimeout(writeSliderUrl, URL_DELAY_MS);
  });
  slider.addEventListener('change', writeSliderUrl);
  playButton.addEventListener('click', () =>
    dispatch(state.playing ? { type: 'pause' } : { type: 'play', animate: !reducedMotion.matches }),
  );
  root.querySelectorAll<HTMLElement>('[data-step]').forEach((button) =>
    button.addEventListener('click', () => dispatch({ type: 'step', direction: Number(button.dataset.step) as 1 | -1 })),
  );
  root.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLElement>('[data-select]');
    if (!button) return;
    dispatch({ type: 'select', slug: button.dataset.select! });
    // In one column the card sits under the timeline: bring it into view, no further than needed
    // (beside the list it sticks in view on its own). Not in embeds: that would scroll the host.
    if (state.selected && context.listByDefault && getComputedStyle(selectionPanel).position !== 'sticky') {
      selectionPanel.scrollIntoView({ block: 'nearest' });
    }
  });
  filtersForm.addEventListener('change', () => {
    const checked = (name: keyof Filters) =>
      [...filtersForm.querySelectorAll<HTMLInputElement>(`input[name=${name}]:checked`)].map((i) => i.value);
    const filters = { sites: checked('sites'), weapons: checked('weapons'), statuses: checked('statuses') };
    dispatch({ type: 'filter', filters: filters as Filters });
  });
  filtersForm.addEventListener('reset', () => dispatch({ type: 'resetFilters' }));
  listToggle?.addEventListener('click', () => dispatch({ type: 'toggleList' }));
  window.addEventListener('popstate', () => {
    state = stateFromUrl(location.search, context);
    render();
  });

  $('[data-timeline-controls]').hidden = false;
  if (listToggle) listToggle.hidden = false;
  filtersForm.hidden = false;
  slider.disabled = false;
  render();
  loadMapOnIntent(root, state.view !== undefined, async (container) => {
    const { mountMap } = await import('./map');
    map = await mountMap(container, data, overlay, {
      initialView: state.view,
      onViewChange: (view) => dispatch({ type: 'setView', view }),
    });
    map.render(state);
  });
}

const intents = ['pointerover', 'pointerdown', 'touchstart', 'wheel', 'keydown', 'focusin'] as const;

function loadMapOnIntent(
  root: HTMLElement,
  now: boolean,
  load: (container: HTMLElement) => Promise<void>,
): void {
  const frame = root.querySelector<HTMLElement>('[data-map-frame]')!;
  const container = frame.querySelector<HTMLElement>('[data-map]')!;
  const start = () => {
    for (const type of intents) root.removeEventListener(type, start);
    frame.dataset.mapState = 'loading';
    performance.mark('map-load-start');
    load(container).then(
      () => (frame.dataset.mapState = 'ready'),
      // No WebGL, or the script failed: the static map stays, which is complete on its own.
      (error: unknown) => {
        frame.dataset.mapState = 'failed';
        console.warn('Interactive map unavailable; keeping the static map.', error);
      },
    );
  };
  if (now) start();
  else for (const type of intents) root.addEventListener(type, start, { passive: true });
}
