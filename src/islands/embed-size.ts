/**
 * Loaded by embed pages only: tells the host page how tall the embed is whenever that changes,
 * so the iframe can fit its content (public/embed.js, or amp-iframe on AMP pages).
 */
import { embedSizeMessage, isSizeRequest } from '../lib/embed-size';

export function reportEmbedSize(): void {
  if (window.parent === window) return;
  const root = document.documentElement;
  let sent: number | undefined;
  const send = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === sent) return;
    sent = height;
    // Any origin may embed the map, and we cannot know which: '*' is fine because the message
    // carries only the page's height, which the host can see anyway.
    window.parent.postMessage(embedSizeMessage(height), '*');
  };
  new ResizeObserver(send).observe(root);
  // A host script that loads after the embed asks again; only the parent may ask.
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || !isSizeRequest(event.data)) return;
    sent = undefined;
    send();
  });
}
