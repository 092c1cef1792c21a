import { describe, expect, it } from 'vitest';
import type { ExplorerEvent } from './explorer-data';
import {
  explorerContext,
  initialState,
  reduce,
  visibleEvents,
  countBegun,
  type ExplorerAction,
  type ExplorerContext,
  type ExplorerState,
} from './explorer-state';
import type { Status } from './schema';
import { HOUR } from './time';
import { stepCount, timeAfter } from './timeline';
import { stateFromUrl, urlFromState } from './url-state';

const day = (d: number, hour = 0) => Date.UTC(2023, 9, d, hour);

function event(slug: string, siteId: string, start: number, end: number, status: Status, weapon: ExplorerEvent['weapons'][number]): ExplorerEvent {
  return {
    slug,
    title: slug,
    siteId,
    start,
    end,
    status,
    precision: end - start > HOUR ? 'day' : 'hour',
    whenText: '',
    whenIso: '',
    otherDates: [],
    weapons: [weapon],
  };
}

// Four days, in time order; three bases, one with no event.
const events = [
  event('asad-drone', 'ain-al-asad', day(17, 10), day(17, 11), 'confirmed', 'drone'),
  event('harir-rocket', 'al-harir', day(18, 6), day(18, 7), 'unconfirmed', 'rocket'),
  event('asad-rocket', 'ain-al-asad', day(18, 20), day(18, 21), 'confirmed', 'rocket'),
  event('asad-alarm', 'ain-al-asad', day(19), day(20), 'false-alarm', 'drone'),
  event('asad-late-drone', 'ain-al-asad', day(20, 12), day(20, 13), 'disputed', 'drone'),
];
const data = {
  span: { start: day(17), end: day(21), timeZone: 'UTC' },
  events,
  sites: [
    { id: 'ain-al-asad', name: '', lon: 0, lat: 0, approximate: false },
    { id: 'al-harir', name: '', lon: 0, lat: 0, approximate: false },
    { id: 'tanf', name: '', lon: 0, lat: 0, approximate: false },
  ],
  weapons: ['drone', 'rocket', 'missile'].map((id) => ({ id, name: '' })),
};
const explorer = explorerContext(data, { listByDefault: true, playStepMs: 125 });
const embed = explorerContext(data, { listByDefault: false, playStepMs: 125 });
const { span } = data;

const run = (actions: ExplorerAction[], from = initialState(explorer), context: ExplorerContext = explorer) =>
  actions.reduce((state, action) => reduce(state, action, context), from);
const at = (time: number, more: Partial<ExplorerState> = {}) => ({ ...initialState(explorer), time, ...more });

describe('selecting', () => {
  it('selects an event that has begun without moving the slider', () => {
    expect(run([{ type: 'select', slug: 'harir-rocket' }])).toMatchObject({ selected: 'harir-rocket', time: span.end });
  });

  it('moves the slider to just after an event that has not begun, or when asked', () => {
    const before = at(day(17, 12));
    expect(run([{ type: 'select', slug: 'harir-rocket' }], before).time).toBe(day(18, 7));
    expect(run([{ type: 'select', slug: 'asad-drone', moveTime: true }]).time).toBe(day(17, 11));
  });

  it('ignores an unknown event and deselects', () => {
    const selected = run([{ type: 'select', slug: 'asad-drone' }]);
    expect(run([{ type: 'select', slug: 'no-such-event' }], selected).selected).toBe('asad-drone');
    expect(run([{ type: 'deselect' }], selected).selected).toBeUndefined();
  });
});

describe('stepping', () => {
  it('goes from the first event to the next, the slider just after each', () => {
    const first = run([{ type: 'step', direction: 1 }]);
    expect(first).toMatchObject({ selected: 'asad-drone', time: day(17, 11) });
    expect(run([{ type: 'step', direction: 1 }], first)).toMatchObject({ selected: 'harir-rocket', time: day(18, 7) });
    expect(run([{ type: 'step', direction: -1 }], first)).toBe(first);
  });

  it('starts from the last event going back, and skips what the filters hide', () => {
    expect(run([{ type: 'step', direction: -1 }]).selected).toBe('asad-late-drone');
    const rockets = run([{ type: 'filter', filters: { weapons: ['rocket'] } }, { type: 'step', direction: 1 }, { type: 'step', direction: 1 }]);
    expect(rockets.selected).toBe('asad-rocket');
  });
});

describe('time and play', () => {
  it('snaps a time to the slider steps and stops play', () => {
    const playing = run([{ type: 'play', animate: true }]);
    expect(run([{ type: 'setTime', time: day(18, 6) + 20 * 60_000 }], playing)).toMatchObject({ time: day(18, 6), playing: false });
    expect(run([{ type: 'setTime', time: day(30) }]).time).toBe(span.end);
  });

  it('plays from the start when at the end, one step a tick, and stops at the end', () => {
    let state = run([{ type: 'play', animate: true }]);
    expect(state).toMatchObject({ time: span.start, playing: true });
    let ticks = 0;
    while (state.playing) {
      state = reduce(state, { type: 'tick' }, explorer);
      ticks++;
    }
    expect(ticks).toBe(stepCount(span));
    expect(state.time).toBe(span.end);
    expect(reduce(state, { type: 'tick' }, explorer)).toBe(state);
  });

  it('plays on from a time within the span, and pauses', () => {
    const state = run([{ type: 'play', animate: true }, { type: 'tick' }], at(day(18)));
    expect(state).toMatchObject({ time: day(18, 1), playing: true });
    expect(run([{ type: 'pause' }], state)).toMatchObject({ time: day(18, 1), playing: false });
  });

  it('goes straight to the end without animation', () => {
    expect(run([{ type: 'play', animate: false }], at(day(18)))).toMatchObject({ time: span.end, playing: false });
  });
});

describe('filters', () => {
  it('shows and counts only the events that match', () => {
    const state = run([{ type: 'filter', filters: { statuses: ['confirmed', 'disputed'] } }], at(day(19)));
    const visible = visibleEvents(explorer, state.filters);
    expect(visible.map((e) => e.slug)).toEqual(['asad-drone', 'asad-rocket', 'asad-late-drone']);
    expect(countBegun(visible, state.time)).toBe(2);
  });

  it('deselects an event the filters hide, and keeps one they show', () => {
    const selected = run([{ type: 'select', slug: 'harir-rocket' }]);
    expect(run([{ type: 'filter', filters: { sites: ['ain-al-asad'] } }], selected).selected).toBeUndefined();
    expect(run([{ type: 'filter', filters: { sites: ['al-harir'] } }], selected).selected).toBe('harir-rocket');
  });

  it('treats a filter that lets everything through as none, and resets', () => {
    const all = run([{ type: 'filter', filters: { sites: ['tanf', 'al-harir', 'ain-al-asad'], weapons: ['drone'] } }]);
    expect(all.filters.sites).toBeUndefined();
    expect(all.filters.weapons).toEqual(['drone']);
    expect(visibleEvents(explorer, run([{ type: 'resetFilters' }], all).filters)).toEqual(events);
  });
});

describe('clicking a base', () => {
  const click = (state: ExplorerState) => reduce(state, { type: 'clickBase', siteId: 'ain-al-asad' }, explorer);

  it('selects its latest event shown, then steps back through the others, then round again', () => {
    const seen: (string | undefined)[] = [];
    let state = initialState(explorer);
    for (let i = 0; i < 5; i++) seen.push((state = click(state)).selected);
    expect(seen).toEqual(['asad-late-drone', 'asad-alarm', 'asad-rocket', 'asad-drone', 'asad-late-drone']);
    expect(state.time).toBe(span.end);
  });

  it('passes over events not begun at the slider time', () => {
    // A day-precision event has begun as its day starts.
    const state = click(at(day(19, 12)));
    expect(state.selected).toBe('asad-alarm');
    expect(click(state).selected).toBe('asad-rocket');
  });

  it('passes over events the filters hide', () => {
    const drones = run([{ type: 'filter', filters: { weapons: ['drone'] } }]);
    expect(click(click(drones)).selected).toBe('asad-alarm');
    expect(click(click(click(drones))).selected).toBe('asad-drone');
  });

  it('changes nothing where no event is shown yet', () => {
    const early = at(day(17, 5));
    expect(click(early)).toBe(early);
    expect(reduce(at(span.end), { type: 'clickBase', siteId: 'tanf' }, explorer).selected).toBeUndefined();
  });
});

describe('map view and list', () => {
  it('keeps the map view and toggles the list', () => {
    const view = { lon: 43.5, lat: 34.25, zoom: 6.5 };
    expect(run([{ type: 'setView', view }]).view).toEqual(view);
    expect(run([{ type: 'toggleList' }]).listShown).toBe(false);
    expect(run([{ type: 'toggleList' }], initialState(embed), embed).listShown).toBe(true);
  });
});

describe('the URL', () => {
  it('writes nothing for the default state of either page', () => {
    expect(urlFromState(initialState(explorer), explorer)).toBe('');
    expect(urlFromState(initialState(embed), embed)).toBe('');
  });

  it('round-trips every piece of state it carries', () => {
    const state: ExplorerState = {
      time: day(19, 11),
      selected: 'asad-rocket',
      filters: { sites: ['ain-al-asad'], weapons: ['rocket'], statuses: ['confirmed'] },
      view: { lon: 43.5, lat: 34.25, zoom: 6.5 },
      listShown: false,
      playing: false,
    };
    const search = urlFromState(state, explorer);
    expect(search).toBe(
      '?t=2023-10-19T11%3A00Z&event=asad-rocket&bases=ain-al-asad&weapons=rocket&status=confirmed&view=43.5%2C34.25%2C6.5&list=0',
    );
    expect(stateFromUrl(search, explorer)).toEqual(state);
  });

  it('writes the list when it differs from the page default', () => {
    const shown = { ...initialState(embed), listShown: true };
    expect(urlFromState(shown, embed)).toBe('?list=1');
    expect(stateFromUrl('?list=1', embed).listShown).toBe(true);
    expect(stateFromUrl('', embed).listShown).toBe(false);
  });

  it('opens the default state for a malformed or unknown URL', () => {
    for (const search of ['?t=yesterday&event=<script>&list=maybe', '%%%&&==', '?event=no-such-event&bases=nowhere&weapons=tank']) {
      expect(stateFromUrl(search, explorer)).toEqual(initialState(explorer));
    }
  });

  it('snaps a time between steps and drops an event the URL filters hide', () => {
    expect(stateFromUrl('?t=2023-10-19T11:40Z', explorer).time).toBe(day(19, 12));
    expect(stateFromUrl('?event=harir-rocket&bases=ain-al-asad', explorer)).toMatchObject({
      selected: undefined,
      filters: { sites: ['ain-al-asad'] },
    });
  });

  it('always shows a linked event, whatever time the link carries', () => {
    const state = stateFromUrl('?t=2023-10-17T00:00Z&event=asad-rocket', explorer);
    expect(state).toMatchObject({ selected: 'asad-rocket', time: timeAfter(span, events[2]!) });
    // A time after the event is kept.
    expect(stateFromUrl('?t=2023-10-20T00:00Z&event=asad-rocket', explorer).time).toBe(day(20));
  });
});
