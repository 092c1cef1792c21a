/**
 * The embed dialog: builds the iframe code from the options, copies it, and keeps focus where
 * readers expect it (the native modal dialog holds focus inside and closes on Escape; closing
 * returns focus to the button that opened it).
 */
import { embedCode, embedHeight, embedSite } from '../lib/embed-code';
import { absoluteUrl, embedFramePath, embedScriptPath } from '../lib/permalinks';
import type { Lang } from '../lib/schema';

export function startEmbedDialog(root: HTMLElement): void {
  const { base, copied, copyFailed, ...data } = root.dataset as Record<'address' | 'local' | 'base' | 'copied' | 'copyFailed', string>;
  const address = embedSite(data.address, data.local === 'true', location.origin);
  const opener = root.querySelector<HTMLButtonElement>('[data-embed-open]')!;
  const dialog = root.querySelector<HTMLDialogElement>('dialog')!;
  const language = dialog.querySelector<HTMLSelectElement>('[data-option=lang]')!;
  const event = dialog.querySelector<HTMLSelectElement>('[data-option=event]')!;
  const list = dialog.querySelector<HTMLInputElement>('[data-option=list]')!;
  const script = dialog.querySelector<HTMLInputElement>('[data-option=script]')!;
  const code = dialog.querySelector<HTMLTextAreaElement>('[data-code]')!;
  const preview = dialog.querySelector<HTMLAnchorElement>('[data-preview]')!;
  const status = dialog.querySelector<HTMLElement>('[data-status]')!;

  function update(): void {
    const lang = language.value as Lang;
    const path = embedFramePath(base, lang, { event: event.value || undefined, list: list.checked });
    code.value = embedCode({
      src: absoluteUrl(address, path),
      // Opened at an event, the frame is titled as the event (in the embed's language), so several
      // embeds in one article are told apart; otherwise as the map.
      title: event.value
        ? event.selectedOptions[0]!.getAttribute(`data-title-${lang}`)!
        : language.selectedOptions[0]!.dataset.frameTitle!,
      height: embedHeight({ list: list.checked, event: !!event.value }),
      resizeScript: script.checked ? absoluteUrl(address, embedScriptPath(base)) : undefined,
    });
    preview.href = path;
    status.textContent = '';
  }

  dialog.addEventListener('change', update);
  opener.addEventListener('click', () => {
    // On the explorer, the code opens at whatever event the reader has selected there.
    const shown = document.querySelector<HTMLElement>('[data-explorer]')?.dataset.selectedEvent;
    if (shown && [...event.options].some((o) => o.value === shown)) event.value = shown;
    update();
    dialog.showModal();
  });
  dialog.addEventListener('close', () => opener.focus());
  dialog.querySelector('[data-close]')!.addEventListener('click', () => dialog.close());
  dialog.querySelector('[data-copy]')!.addEventListener('click', () => {
    navigator.clipboard.writeText(code.value).then(
      () => (status.textContent = copied),
      () => {
        code.select();
        status.textContent = copyFailed;
      },
    );
  });
  opener.hidden = false;
}
