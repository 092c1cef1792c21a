/**
 * Loaded by embed pages only: tells the host page how tall the embed is whenever that changes,
 * in every shape hosts listen for (src/lib/embed-size.ts): AMP's `embed-size` (amp-iframe,
 * public/embed.js, @newswire/frames) and, when `pym.Parent` made the frame, Pym.js's message.
 */
import { embedSizeMessage, isPymWidthMessage, isSizeRequest, pymChildId, pymMessage } from '../lib/embed-size';

export function reportEmbedSize(): void {
  if (window.parent === window) return;
  const root = document.documentElement;
  // Read once: the explorer later rewrites the query string with its own keys only.
  const pymId = pymChildId(location.search);
  let sent: number | undefined;
  const send = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === sent) return;
    sent = height;
    // Any origin may embed the map, and we cannot know which: '*' is fine because the messages
    // carry only the page's height, which the host can see anyway.
    window.parent.postMessage(embedSizeMessage(height), '*');
    if (pymId) window.parent.postMessage(pymMessage(pymId, 'height', height), '*');
  };
  new ResizeObserver(send).observe(root);
  // A host script that starts listening after the embed asks again; only the parent may ask.
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    if (isSizeRequest(event.data) || (pymId && isPymWidthMessage(event.data, pymId))) {
      sent = undefined;
      send();
    }
  });
}
