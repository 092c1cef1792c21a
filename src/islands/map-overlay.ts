/**
 * The map's pins (base markers, places, labels) in the browser: the elements the static map
 * rendered, kept in step with the slider, the selection and the filters, and placed again at the
 * frame's real size with the same placement module the build used. When MapLibre takes over, it
 * carries these very elements as markers, so nothing moves.
 */
import type { ExplorerData, ExplorerEvent } from '../lib/explorer-data';
import { dictionaries } from '../lib/i18n';
import { frameObstacles, pinAnchors, pinGap, pinPriority, type PinKind } from '../lib/geo/map-labels';
import { baseMarkerScale, siteStatesAt, siteSummary, circleRadius, markerExtent, markerSvg, maxEventsPerSite } from '../lib/markers';
import { circleBox, placeLabels, type LabelRequest, type Rect } from '../lib/placement';
import { eventPath } from '../lib/permalinks';
import { hasBegun } from '../lib/timeline';

interface PinElement {
  id: string;
  kind: PinKind;
  rank: number;
  lon: number;
  lat: number;
  element: HTMLElement;
  label: HTMLElement;
  /** Position in the static frame, as fractions of its size. */
  fx: number;
  fy: number;
}

export type Projector = (lon: number, lat: number) => { x: number; y: number };

export class MapOverlay {
  readonly pins: PinElement[];
  private readonly frame: HTMLElement;
  private readonly data: ExplorerData;
  private readonly scale: (n: number) => number;
  private extents = new Map<string, number>();
  private callout: HTMLElement;
  private project: Projector | undefined;
  private lastSelected: string | undefined = '';

  constructor(frame: HTMLElement, data: ExplorerData, onSelectBase: (siteId: string) => void) {
    this.frame = frame;
    this.data = data;
    this.scale = baseMarkerScale(maxEventsPerSite(data.events));
    this.pins = [...frame.querySelectorAll<HTMLElement>('[data-pin]')].map((element) => ({
      id: element.dataset.pin!,
      kind: element.dataset.kind as PinKind,
      rank: Number(element.dataset.rank ?? 0),
      lon: Number(element.dataset.lon),
      lat: Number(element.dataset.lat),
      element,
      label: element.querySelector<HTMLElement>('.map-label')!,
      fx: parseFloat(element.style.left) / 100,
      fy: parseFloat(element.style.top) / 100,
    }));
    this.callout = document.createElement('div');
    this.callout.className = 'map-callout';
    this.callout.hidden = true;
    frame.querySelectorAll<HTMLButtonElement>('[data-site-button]').forEach((button) => {
      const pin = button.closest<HTMLElement>('[data-pin]')!;
      button.addEventListener('click', () => onSelectBase(pin.dataset.pin!));
      button.addEventListener('pointerenter', () => this.fitTip(pin));
      button.addEventListener('focus', () => this.fitTip(pin));
    });
    new ResizeObserver(() => this.place()).observe(frame);
  }

  /** Markers, counts, tooltips and accessible names for the slider time, filters and selection. */
  update(time: number, selected: string | undefined, visible: ExplorerEvent[]): void {
    const dict = dictionaries[this.data.lang];
    const states = siteStatesAt(visible, time, this.data.sites.map((b) => b.id));
    const selectedEvent = selected ? this.data.events.find((e) => e.slug === selected) : undefined;
    let moved = false;
    for (const site of this.data.sites) {
      const pin = this.pins.find((p) => p.id === site.id);
      if (!pin) continue;
      const state = states.get(site.id)!;
      const key = JSON.stringify([state.byStatus, selectedEvent?.siteId === site.id]);
      if (pin.element.dataset.state === key) continue;
      pin.element.dataset.state = key;
      pin.element.dataset.count = String(state.count);
      pin.element.toggleAttribute('data-selected', selectedEvent?.siteId === site.id);
      const summary = siteSummary(site.name, state, dict);
      const button = pin.element.querySelector<HTMLElement>('.map-site')!;
      button.innerHTML = markerSvg(state, this.scale, {
        selected: selectedEvent?.siteId === site.id,
        approximate: pin.element.hasAttribute('data-approximate'),
      });
      button.setAttribute('aria-label', summary);
      pin.element.querySelector('.map-tip')!.textContent = summary;
      pin.label.textContent = state.count > 0 ? `${site.name} (${state.count})` : site.name;
      const extent = markerExtent(circleRadius(this.scale, state.count));
      if (this.extents.get(site.id) !== extent) moved = true;
      this.extents.set(site.id, extent);
      moved = true;
    }
    if (selected !== this.lastSelected) {
      this.lastSelected = selected;
      this.showCallout(selectedEvent && hasBegun(selectedEvent, time) ? selectedEvent : selectedEvent);
      moved = true;
    }
    if (moved) this.place();
  }

  private showCallout(event: ExplorerEvent | undefined): void {
    const dict = dictionaries[this.data.lang];
    this.callout.replaceChildren();
    this.callout.hidden = !event;
    if (!event) return;
    const pin = this.pins.find((p) => p.id === event.siteId);
    if (!pin) return;
    const title = document.createElement('a');
    title.className = 'map-callout__title';
    title.href = eventPath(this.data.base, this.data.lang, event.slug);
    title.textContent = event.title;
    const meta = document.createElement('span');
    meta.className = 'map-callout__meta';
    meta.textContent = `${event.whenText} · ${dict.status[event.status]}`;
    meta.dataset.status = event.status;
    this.callout.append(title, meta);
    pin.element.append(this.callout);
  }

  /** Keeps a base's tooltip (shown by CSS on hover and focus) inside the frame. */
  private fitTip(pin: HTMLElement): void {
    const tip = pin.querySelector<HTMLElement>('.map-tip');
    if (!tip) return;
    requestAnimationFrame(() => {
      const frame = this.frame.getBoundingClientRect();
      const at = pin.getBoundingClientRect();
      const [x, y] = [at.left - frame.left, at.top - frame.top];
      const { offsetWidth: w, offsetHeight: h } = tip;
      if (!w) return;
      const extent = (this.extents.get(pin.dataset.pin!) ?? 12) + 4;
      const left = Math.min(Math.max(-w / 2, 4 - x), frame.width - 4 - w - x);
      const top = y + extent + h <= frame.height - 4 ? extent : -extent - h;
      Object.assign(tip.style, { left: `${Math.round(left)}px`, top: `${Math.round(top)}px`, right: 'auto', bottom: 'auto' });
    });
  }

  /** MapLibre's projection once it carries the pins; the static frame's before. */
  setProjector(project: Projector | undefined): void {
    this.project = project;
    this.place();
  }

  /**
   * Places the labels for the frame's current size (src/lib/placement.ts). A base's label that
   * finds no free position on one line is set on two (name, then count) and placed again.
   */
  place(): void {
    for (const pin of this.pins) pin.label.classList.remove('map-label--wrap');
    const forced = this.placeOnce();
    this.reveal();
    if (forced.length === 0) return;
    for (const pin of forced) pin.label.classList.add('map-label--wrap');
    this.placeOnce();
  }

  /** Labels show once placed at the real size (CSS), so none jumps from its build-time place. */
  private reveal(): void {
    this.frame.querySelector<HTMLElement>('[data-map-overlay]')?.setAttribute('data-placed', '');
  }

  private placeOnce(): PinElement[] {
    const width = this.frame.clientWidth;
    const height = this.frame.clientHeight;
    if (!width || !height) return [];
    const at = (p: PinElement) => (this.project ? this.project(p.lon, p.lat) : { x: p.fx * width, y: p.fy * height });
    const points = new Map(this.pins.map((p) => [p.id, at(p)]));
    const requests: LabelRequest[] = [];
    const obstacles: (Rect & { owner?: string })[] = [...frameObstacles(width, height)];
    for (const pin of this.pins) {
      const { x, y } = points.get(pin.id)!;
      pin.label.hidden = false;
      pin.element.hidden = false;
      const gap =
        pin.kind === 'site' ? (this.extents.get(pin.id) ?? markerExtent(circleRadius(this.scale, 0))) + 2 : pinGap(pin.kind);
      if (pin.kind === 'site') obstacles.push(circleBox(x, y, gap - 2, pin.id));
      else if (pin.kind === 'town' || pin.kind === 'capital') obstacles.push(circleBox(x, y, gap - 2, pin.id));
      requests.push({
        id: pin.id,
        x,
        y,
        width: pin.label.offsetWidth,
        height: pin.label.offsetHeight,
        gap,
        priority: pinPriority({ id: pin.id, kind: pin.kind, text: '', rank: pin.rank }),
        anchors: pinAnchors(pin.kind),
        required: pin.kind === 'site' || pin.kind === 'capital',
      });
    }
    // The callout is a label too: first, so it takes the best place beside its marker.
    if (!this.callout.hidden && this.callout.parentElement) {
      const owner = this.callout.parentElement.dataset.pin!;
      const { x, y } = points.get(owner)!;
      requests.push({
        id: '__callout',
        x,
        y,
        width: this.callout.offsetWidth,
        height: this.callout.offsetHeight,
        gap: (this.extents.get(owner) ?? 10) + 6,
        priority: -1,
        anchors: ['bottom', 'top', 'bottom-left', 'bottom-right', 'top-left', 'top-right', 'left', 'right'],
        required: true,
      });
    }
    const placed = placeLabels(requests, { width, height, padding: 3, obstacles });
    for (const pin of this.pins) {
      const p = placed.get(pin.id);
      const { x, y } = points.get(pin.id)!;
      pin.label.hidden = !p;
      // A town whose name has no room goes altogether: no orphan dot.
      if (pin.kind === 'town') pin.element.hidden = !p;
      if (p) {
        pin.label.style.left = `${Math.round(p.box.x - x)}px`;
        pin.label.style.top = `${Math.round(p.box.y - y)}px`;
        pin.element.dataset.anchor = p.anchor;
      }
      // Tooltips open towards the middle of the frame, so the frame never cuts them.
      pin.element.dataset.tipX = x > width / 2 ? 'left' : 'right';
      pin.element.dataset.tipY = y > height / 2 ? 'above' : 'below';
    }
    const c = placed.get('__callout');
    if (c && this.callout.parentElement) {
      const { x, y } = points.get(this.callout.parentElement.dataset.pin!)!;
      // No free room beside the marker (a phone): docked along the frame's foot instead.
      const box = c.forced ? { x: 4, y: height - 4 - c.box.height } : c.box;
      this.callout.classList.toggle('map-callout--docked', Boolean(c.forced));
      this.callout.style.left = `${Math.round(box.x - x)}px`;
      this.callout.style.top = `${Math.round(box.y - y)}px`;
    }
    return this.pins.filter((pin) => pin.kind === 'site' && placed.get(pin.id)?.forced);
  }
}
