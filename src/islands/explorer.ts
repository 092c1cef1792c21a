/**
 * The explorer island: enables the timeline, filters and list, keeps the readout, list, URL and
 * map in step. The static page is complete (its SVG map shows every base and count), so the
 * 440 KB map script loads only when the reader reaches for the explorer: a pointer over it, a
 * touch, a key or focus inside it, or a link that carries a map view.
 */
import type { ExplorerData, ExplorerEvent } from '../lib/explorer-data';
import { matchesFilters, normalizeFilter, type Filters } from '../lib/filters';
import { formatMoment } from '../lib/format';
import { dictionaries } from '../lib/i18n';
import { statuses, weaponKinds } from '../lib/vocabulary';
import { kindCounter } from '../lib/event-kinds';
import { hasBegun, stepAtTime, stepCount, timeAfter, timeAtStep, trackPosition } from '../lib/timeline';
import { LANE_HEIGHT, layoutMarks } from '../lib/timeline-marks';
import { formatUrlState, parseUrlState, type MapView, type UrlState } from '../lib/url-state';
import { EventListView } from './event-list';
import type { MapHandle } from './map';
import { MapOverlay } from './map-overlay';
import { renderSelection } from './selection';

/** Screen readers hear the count once the reader pauses, not at every step (nor during play). */
const ANNOUNCE_DELAY_MS = 600;
/** A drag paused this long writes its time to the URL. */
const URL_DELAY_MS = 300;

/** Number of events (in chronological order) that have begun at `time`: a binary search. */
function countBegun(events: ExplorerEvent[], time: number): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (hasBegun(events[middle]!, time)) low = middle + 1;
    else high = middle;
  }
  return low;
}

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
  // Embeds open compact (no list) unless their URL asks for it; the explorer page shows it.
  const listByDefault = root.dataset.listDefault !== 'false';
  const selectedMark = $('[data-selected-mark]');
  const playButton = $<HTMLButtonElement>('[data-play]');
  const selectionPanel = $('[data-selection]');
  const eventsSection = $('.events');
  const filtersForm = $<HTMLFormElement>('[data-filters]');
  const list = new EventListView(eventsSection, data);
  const scale = (t: number) => trackPosition(span, t);
  const eventBySlug = new Map(events.map((e) => [e.slug, e]));
  // The same lanes the build drew, to outline the selected event's mark.
  const markBySlug = new Map(layoutMarks(events, scale).marks.map((m) => [m.slug, m]));
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

  let time = span.end;
  let selected: string | undefined;
  let filters: Filters = {};
  let visible = events;
  let countKinds = kindCounter(visible);
  let view: MapView | undefined;
  let listShown = true;
  let map: MapHandle | undefined;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  let playTimer: ReturnType<typeof setInterval> | undefined;

  /** Clicking a base selects its latest event shown; clicking again steps back through the others. */
  function eventToSelectAt(siteId: string): string | undefined {
    const here = visible.filter((e) => e.siteId === siteId && hasBegun(e, time));
    const current = here.findIndex((e) => e.slug === selected);
    const next = current > 0 ? here[current - 1] : here[here.length - 1];
    return next?.slug;
  }
  // The map's pins, static or carried by MapLibre: they show the URL's state from the first render.
  const overlay = new MapOverlay($('[data-map-frame]'), data, (siteId) => {
    // No scrolling to the card: the callout at the marker shows the chosen event where the reader is.
    const slug = eventToSelectAt(siteId);
    if (slug) select(slug);
  });

  const snap = (t: number) => timeAtStep(span, stepAtTime(span, t));

  function applyFilters(): void {
    visible = events.filter((e) => matchesFilters(e, filters));
    countKinds = kindCounter(visible);
    if (selected && !visible.some((e) => e.slug === selected)) selected = undefined;
    list.setEvents(visible);
    for (const input of filtersForm.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      const chosen = filters[input.name as keyof Filters] as string[] | undefined;
      input.checked = !chosen || chosen.includes(input.value);
    }
  }

  function applyUrl(): void {
    const state = parseUrlState(location.search);
    filters = { bases: state.bases, weapons: state.weapons, statuses: state.statuses };
    selected = state.event && eventBySlug.has(state.event) ? state.event : undefined;
    time = snap(state.time ?? span.end);
    view = state.view;
    listShown = state.list ?? listByDefault;
    showList();
    applyFilters();
    // A link to an event always shows that event, whatever time it carries.
    const event = selected ? eventBySlug.get(selected) : undefined;
    if (event && !hasBegun(event, time)) time = timeAfter(span, event);
    map?.setView(view);
  }

  function writeUrl(mode: 'replace' | 'push'): void {
    const state: Partial<UrlState> = { ...filters, view };
    if (time !== span.end) state.time = time;
    if (selected) state.event = selected;
    if (listShown !== listByDefault) state.list = listShown;
    const url = `${location.pathname}${formatUrlState(state)}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  }

  function render(): void {
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
    const selectedEvent = selected ? eventBySlug.get(selected) : undefined;
    const mark = selected ? markBySlug.get(selected) : undefined;
    selectedMark.hidden = !mark;
    if (mark) {
      selectedMark.style.left = `${mark.left}%`;
      selectedMark.style.width = `${mark.width}%`;
      selectedMark.style.top = `${mark.lane * LANE_HEIGHT}px`;
    }
    list.update(time, selected);
    renderSelection(selectionPanel, selectedEvent, data, () => select(undefined));
    overlay.update(time, selected, visible);
    map?.update(time, selected, visible);
    clearTimeout(announceTimer);
    const announcement = dict.announce(moment, text);
    if (!playTimer) announceTimer = setTimeout(() => (announcer.textContent = announcement), ANNOUNCE_DELAY_MS);
  }

  function select(slug: string | undefined, { moveTime = false, reveal = false } = {}): void {
    selected = slug;
    const event = slug ? eventBySlug.get(slug) : undefined;
    if (event && (moveTime || !hasBegun(event, time))) time = timeAfter(span, event);
    writeUrl('push');
    render();
    // In one column the card sits under the timeline: bring it into view, no further than needed
    // (beside the list it sticks in view on its own). Not in embeds: that would scroll the host.
    if (event && reveal && listByDefault && getComputedStyle(selectionPanel).position !== 'sticky') {
      selectionPanel.scrollIntoView({ block: 'nearest' });
    }
  }

  /** Previous / next event among those the filters show, from the selection (or the ends). */
  function step(direction: 1 | -1): void {
    if (visible.length === 0) return;
    const index = visible.findIndex((e) => e.slug === selected);
    const next =
      index === -1 ? (direction === 1 ? visible[0] : visible[visible.length - 1]) : visible[index + direction];
    if (next) select(next.slug, { moveTime: true });
  }

  function showList(): void {
    eventsSection.hidden = !listShown;
    if (listToggle) {
      listToggle.setAttribute('aria-expanded', String(listShown));
      listToggle.textContent = listShown ? dict.embed.hideList : dict.embed.showList;
    }
  }

  function stopPlaying(): void {
    clearInterval(playTimer);
    playTimer = undefined;
    playButton.setAttribute('aria-pressed', 'false');
    $('[data-play-label]').textContent = dict.play;
    writeUrl('replace');
    render();
  }

  function play(): void {
    if (time >= span.end) time = span.start;
    if (reducedMotion.matches) {
      // No animation: go straight to the end, where everything is shown.
      time = span.end;
      writeUrl('replace');
      render();
      return;
    }
    playButton.setAttribute('aria-pressed', 'true');
    $('[data-play-label]').textContent = dict.pause;
    playTimer = setInterval(() => {
      time = timeAtStep(span, Math.min(stepCount(span), stepAtTime(span, time) + 1));
      if (time >= span.end) stopPlaying();
      else render();
    }, data.playDuration / stepCount(span));
    render();
  }

  function readFilters(): void {
    const checked = (name: string) =>
      [...filtersForm.querySelectorAll<HTMLInputElement>(`input[name=${name}]:checked`)].map((i) => i.value);
    filters = {
      bases: normalizeFilter(checked('bases'), data.bases.map((b) => b.id)),
      weapons: normalizeFilter(checked('weapons'), weaponKinds) as Filters['weapons'],
      statuses: normalizeFilter(checked('statuses'), statuses) as Filters['statuses'],
    };
    applyFilters();
    writeUrl('replace');
    render();
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
    if (playTimer) stopPlaying();
    time = timeAtStep(span, Number(slider.value));
    render();
    clearTimeout(urlTimer);
    urlTimer = setTimeout(writeSliderUrl, URL_DELAY_MS);
  });
  slider.addEventListener('change', writeSliderUrl);
  playButton.addEventListener('click', () => (playTimer ? stopPlaying() : play()));
  root.querySelectorAll<HTMLElement>('[data-step]').forEach((button) =>
    button.addEventListener('click', () => step(Number(button.dataset.step) as 1 | -1)),
  );
  root.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLElement>('[data-select]');
    if (button) select(button.dataset.select, { reveal: true });
  });
  filtersForm.addEventListener('change', readFilters);
  listToggle?.addEventListener('click', () => {
    listShown = !listShown;
    showList();
    writeUrl('replace');
  });
  // The form resets its checkboxes after the event: read them once it has.
  filtersForm.addEventListener('reset', () => setTimeout(readFilters));
  window.addEventListener('popstate', () => {
    applyUrl();
    render();
  });

  $('[data-timeline-controls]').hidden = false;
  if (listToggle) listToggle.hidden = false;
  filtersForm.hidden = false;
  slider.disabled = false;
  applyUrl();
  render();
  loadMapOnIntent(root, view !== undefined, async (container) => {
    const { mountMap } = await import('./map');
    map = await mountMap(container, data, overlay, {
      initialView: view,
      onViewChange: (newView) => {
        view = newView;
        writeUrl('replace');
      },
    });
    map.update(time, selected, visible);
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
