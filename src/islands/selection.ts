/** The panel that shows the selected event, with the link journalists share. */
import type { ExplorerData, ExplorerEvent } from '../lib/explorer-data';
import { dictionaries } from '../lib/i18n';
import { eventPath } from '../lib/permalinks';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function renderSelection(
  panel: HTMLElement,
  event: ExplorerEvent | undefined,
  data: ExplorerData,
  onClose: () => void,
): void {
  if (panel.dataset.slug === (event?.slug ?? '')) return;
  panel.dataset.slug = event?.slug ?? '';
  panel.replaceChildren();
  if (!event) return;
  const dict = dictionaries[data.lang];
  const site = data.sites.find((b) => b.id === event.siteId);
  const url = eventPath(data.base, data.lang, event.slug);

  const label = element('p', 'selection__label', dict.selected);
  const title = element('p', 'selection__title');
  const link = element('a', '', event.title);
  link.href = url;
  title.append(link);
  const meta = element('p', 'selection__meta', `${event.whenText} · ${site?.name ?? ''} · ${dict.status[event.status]}`);
  const otherDates = event.otherDates.map((text) =>
    element('p', 'selection__meta', `${dict.headings.otherDates}${dict.colon} ${text}`),
  );
  const actions = element('p', 'selection__actions');
  const permalink = element('a', 'selection__permalink', dict.permalink);
  permalink.href = url;
  const close = element('button', 'button button--small', dict.closeSelection);
  close.type = 'button';
  close.addEventListener('click', onClose);
  actions.append(permalink, close);
  panel.append(label, title, meta, ...otherDates, actions);
}
