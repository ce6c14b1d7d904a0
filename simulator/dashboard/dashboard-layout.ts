import { htmlDocument } from '../pages/html-document.js';
import { html, SafeHtml } from '../pages/safe-html.js';
import { liveScript } from './live-script.js';

// Self-contained, as the customer pages: no external assets, the simulator often runs with no internet.
const STYLE = `
body{margin:0;font:15px/1.45 system-ui,sans-serif;background:#f3f4f6;color:#111}
header{background:#1e293b;color:#fff;padding:.6rem 1rem}header a{color:#fff;margin-right:1rem}
main{max-width:64rem;margin:0 auto;padding:1rem}
.card{background:#fff;border-radius:.5rem;padding:1rem;box-shadow:0 1px 3px #0002;margin-bottom:1rem;overflow-x:auto}
h1{font-size:1.2rem;margin:0 0 .75rem}h2{font-size:1rem;margin:0 0 .5rem}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #e5e7eb}
.muted{color:#555;font-size:.85rem}.bad{color:#b91c1c;font-weight:600}.ok{color:#15803d;font-weight:600}
.notice{border-radius:.4rem;padding:.6rem;margin:.5rem 0;background:#fee2e2}
form.inline{display:inline-block;margin:.25rem .5rem .25rem 0}
button{font:inherit;padding:.35rem .8rem;border:0;border-radius:.4rem;background:#e5e7eb;cursor:pointer}
input,select{font:inherit;padding:.3rem}
code{background:#f3f4f6;padding:0 .25rem;border-radius:.25rem}
table.attempts{font-size:.85rem}table.attempts td{overflow-wrap:anywhere}`;

/** The HTML document around a dashboard page; an account's page (`account` given) is a live one. */
export function dashboardLayout(title: string, body: SafeHtml, account?: string): SafeHtml {
  const base = account && `/_sim/ui/${encodeURIComponent(account)}`;
  const accountLink =
    base &&
    html`<a href="${base}">${account}</a><a href="${base}">charges</a><a href="${base}/sources">sources</a><a href="${base}/refunds">refunds</a><a href="${base}/events">events</a><a href="${base}/deliveries">deliveries</a><a href="${base}/requests">requests</a>`;
  // An account's pages update themselves from its live stream; without JavaScript, a reload shows the news.
  const main = base
    ? html`<main data-live-url="${base}/live">${body}</main>${liveScript()}`
    : html`<main>${body}</main>`;
  return htmlDocument(
    `${title} · omise-sim`,
    new SafeHtml(STYLE),
    html`<header><a href="/_sim/ui">omise-sim dashboard</a>${accountLink}<span class="muted">test mode: no real money moves</span></header>
${main}`,
  );
}

/** A form that posts to a dashboard action: works without JavaScript, answered with a redirect back. */
export function actionForm(action: string, label: string, fields: SafeHtml = html``): SafeHtml {
  return html`<form class="inline" method="post" action="${action}">${fields}<button type="submit">${label}</button></form>`;
}
