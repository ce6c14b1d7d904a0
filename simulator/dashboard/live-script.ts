import { TOOLING_HEADER } from '../api-faults/apply-api-fault.js';
import { SafeHtml } from '../pages/safe-html.js';

// The dashboard's only script, inline (no build step, no external asset). Without JavaScript the pages work
// the same and show the news on reload. On each change the page fetches itself again and swaps in the parts
// marked `data-live` that differ, except one holding the focus (a field being typed in stays as it is).
// `data-live-state` on <main> says whether the stream is open (the browser test waits for it). A refresh is
// the dashboard's own read, marked as its reads of the API are, so the terminal's log does not fill with them.
const LIVE_SCRIPT = `(() => {
  const main = document.querySelector('main[data-live-url]');
  const url = main && main.dataset.liveUrl;
  if (!url || !window.EventSource || !window.DOMParser) return;
  let running = false;
  let again = false;
  async function refresh() {
    if (running) return void (again = true);
    running = true;
    try {
      do {
        again = false;
        const response = await fetch(location.href, { headers: { accept: 'text/html', '${TOOLING_HEADER}': 'dashboard' } });
        if (!response.ok) break;
        const fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
        for (const part of fresh.querySelectorAll('[data-live]')) {
          const old = document.querySelector('[data-live="' + part.dataset.live + '"]');
          if (old && !old.contains(document.activeElement) && old.outerHTML !== part.outerHTML)
            old.replaceWith(document.adoptNode(part));
        }
      } while (again);
    } catch {
      // The simulator stopped: the stream reconnects by itself, and its ready refreshes the page.
    } finally {
      running = false;
    }
  }
  const source = new EventSource(url);
  let opened = false;
  source.addEventListener('ready', () => {
    if (opened) refresh();
    opened = true;
    main.dataset.liveState = 'open';
  });
  source.addEventListener('change', refresh);
  source.addEventListener('error', () => (main.dataset.liveState = 'reconnecting'));
})();`;

/** The script that keeps an account's page current, fed by `/_sim/ui/:account/live`. */
export function liveScript(): SafeHtml {
  return new SafeHtml(`<script>${LIVE_SCRIPT}</script>`);
}
