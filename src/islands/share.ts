/** Event pages: copy the permalink, or hand it to the system's share sheet where there is one. */

export function startShare(root: HTMLElement): void {
  const url = root.dataset.url!;
  const title = root.dataset.title!;
  const copy = root.querySelector<HTMLButtonElement>('[data-copy]')!;
  const share = root.querySelector<HTMLButtonElement>('[data-native-share]')!;
  const status = root.querySelector<HTMLElement>('[data-share-status]')!;

  copy.hidden = false;
  copy.addEventListener('click', () => {
    navigator.clipboard.writeText(url).then(
      () => (status.textContent = root.dataset.copied!),
      () => (status.textContent = root.dataset.copyFailed!),
    );
  });

  if (typeof navigator.share !== 'function') return;
  share.hidden = false;
  share.addEventListener('click', () => {
    // Dismissing the share sheet rejects with AbortError: nothing to report.
    navigator.share({ title, url }).catch(() => undefined);
  });
}
