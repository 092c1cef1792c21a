/*
 * Fits the height of this site's embedded maps to their content, on any page that includes
 * this script once or more:
 *   <script async src="https://…/embed.js"></script>
 * The embed posts AMP's message { sentinel: 'amp', type: 'embed-size', height } whenever its
 * height changes. This script acts only on messages that come from one of our iframes on this
 * page, from our origin, in that exact shape; it ignores everything else.
 */
(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  // The site's root: this file sits there, so it works under any deployment sub-path.
  var root = new URL('.', script.src).href;
  var origin = new URL(root).origin;
  var flag = '__embedSize:' + root;
  if (window[flag]) return;
  window[flag] = true;

  function ours(frame) {
    return frame.src.indexOf(root) === 0 && /^[a-z]{2}\/embed\//.test(frame.src.slice(root.length));
  }

  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source && ours(frames[i])) return frames[i];
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < 50 || height > 20000) return;
    var frame = event.source && frameOf(event.source);
    if (frame) frame.style.height = Math.ceil(height) + 'px';
  });

  // Embeds that loaded before this script announced their height to nobody: ask them again.
  // '*' because a frame not loaded yet is still about:blank, and a targeted message to it
  // logs an error; the request carries nothing, and the embed answers only its parent.
  function ask() {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (ours(frames[i]) && frames[i].contentWindow) {
        frames[i].contentWindow.postMessage({ type: 'embed-size-request' }, '*');
      }
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ask);
  else ask();
})();
