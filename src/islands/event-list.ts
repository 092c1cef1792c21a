/**
 * The list, rendered page by page from the payload with the server's own item markup
 * (a <template>), so only what a reader has scrolled to exists in the DOM.
 */
import type { ExplorerData, ExplorerEvent } from '../lib/explorer-data';
import { dictionaries } from '../lib/i18n';
import { eventPath } from '../lib/permalinks';
import { hasBegun } from '../lib/timeline';

interface RenderedItem {
  item: HTMLElement;
  later: HTMLElement;
  select: HTMLButtonElement;
  /** What the item shows now, once painted. */
  painted?: { later: boolean; selected: boolean };
}

export class EventListView {
  private readonly list: HTMLOListElement;
  private readonly itemTemplate: HTMLTemplateElement;
  private readonly moreButton: HTMLButtonElement;
  private readonly empty: HTMLElement;
  private readonly pageSize: number;
  private readonly siteName: Map<string, string>;
  private readonly dict;
  private events: ExplorerEvent[] = [];
  private rendered = new Map<string, RenderedItem>();
  private time = 0;
  private selected: string | undefined;

  constructor(
    private readonly section: HTMLElement,
    private readonly data: ExplorerData,
  ) {
    this.list = section.querySelector('[data-list]')!;
    this.itemTemplate = section.querySelector('[data-event-template]')!;
    this.moreButton = section.querySelector('[data-more]')!;
    this.empty = section.querySelector('[data-empty]')!;
    this.pageSize = Number(section.dataset.pageSize);
    this.siteName = new Map(data.sites.map((b) => [b.id, b.name]));
    this.dict = dictionaries[data.lang];
    section.querySelector('[data-static-more]')?.remove();
    this.moreButton.addEventListener('click', () => this.appendPage());
  }

  /** Shows these events (already filtered, in order) from the first page. */
  setEvents(events: ExplorerEvent[]): void {
    this.events = events;
    this.rendered.clear();
    this.list.replaceChildren();
    this.empty.hidden = events.length > 0;
    this.appendPage();
  }

  /** Dims what has not happened yet and marks the selection; touches rendered items only. */
  update(time: number, selected: string | undefined): void {
    this.time = time;
    this.selected = selected;
    for (let i = 0; i < this.rendered.size; i++) this.paint(this.events[i]!);
  }

  private appendPage(): void {
    const next = this.events.slice(this.rendered.size, this.rendered.size + this.pageSize);
    const fragment = document.createDocumentFragment();
    for (const event of next) {
      const item = this.render(event);
      this.rendered.set(event.slug, {
        item,
        later: item.querySelector<HTMLElement>('[data-later]')!,
        select: item.querySelector<HTMLButtonElement>('[data-select]')!,
      });
      this.paint(event);
      fragment.append(item);
    }
    this.list.append(fragment);
    const remaining = this.events.length - this.rendered.size;
    this.moreButton.hidden = remaining <= 0;
    this.moreButton.textContent = this.dict.showMore(this.rendered.size, this.events.length);
  }

  private render(event: ExplorerEvent): HTMLElement {
    const item = this.itemTemplate.content.firstElementChild!.cloneNode(true) as HTMLElement;
    item.id = `event-${event.slug}`;
    item.dataset.slug = event.slug;
    const when = item.querySelector<HTMLTimeElement>('[data-field=when]')!;
    when.dateTime = event.whenIso;
    when.textContent = event.whenText;
    item.querySelector('[data-field=site]')!.textContent = this.siteName.get(event.siteId) ?? '';
    const title = item.querySelector<HTMLAnchorElement>('[data-field=title]')!;
    title.href = eventPath(this.data.base, this.data.lang, event.slug);
    title.textContent = event.title;
    const badge = this.section.querySelector<HTMLTemplateElement>(`[data-status-template="${event.status}"]`)!;
    item.querySelector('[data-field=status]')!.replaceChildren(badge.content.cloneNode(true));
    const select = item.querySelector<HTMLButtonElement>('[data-select]')!;
    select.dataset.select = event.slug;
    select.hidden = false;
    return item;
  }

  /** Writes to an item only when its state changed: a slider step touches the few that did. */
  private paint(event: ExplorerEvent): void {
    const rendered = this.rendered.get(event.slug);
    if (!rendered) return;
    const later = !hasBegun(event, this.time);
    const selected = event.slug === this.selected;
    if (rendered.painted?.later === later && rendered.painted.selected === selected) return;
    rendered.painted = { later, selected };
    rendered.item.classList.toggle('event--later', later);
    rendered.item.classList.toggle('event--selected', selected);
    rendered.later.hidden = !later;
    rendered.select.setAttribute('aria-pressed', String(selected));
  }
}
