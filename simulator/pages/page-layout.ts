import { htmlDocument } from './html-document.js';
import { html, SafeHtml } from './safe-html.js';

// Self-contained on purpose: no external assets, the simulator often runs with no internet.
const STYLE = `
body{margin:0;font:16px/1.45 system-ui,sans-serif;background:#f3f4f6;color:#111}
main{max-width:26rem;margin:0 auto;padding:1rem}
.banner{background:#fde68a;text-align:center;font-size:.8rem;padding:.3rem}
.card{background:#fff;border-radius:.75rem;padding:1.25rem;box-shadow:0 1px 3px #0002;margin-bottom:1rem}
h1{font-size:1.15rem;margin:0 0 .75rem}
.amount{font-size:2.2rem;font-weight:700;margin:.25rem 0}
.muted{color:#555;font-size:.85rem}
.notice{border-radius:.5rem;padding:.75rem;margin:.75rem 0;font-weight:600}
.ok{background:#dcfce7}.bad{background:#fee2e2}.info{background:#e0e7ff}
form{margin:.75rem 0}
button{width:100%;font:inherit;font-weight:600;padding:.7rem;border:0;border-radius:.5rem;cursor:pointer}
.primary{background:#16a34a;color:#fff}.secondary{background:#e5e7eb}
select,input{width:100%;box-sizing:border-box;font:inherit;padding:.5rem;margin:.25rem 0 .5rem}
code{background:#f3f4f6;padding:0 .25rem;border-radius:.25rem}`;

/** The HTML document around a customer-facing page; `status` is the charge status, for tests and CSS. */
export function pageLayout(title: string, status: string, body: SafeHtml): SafeHtml {
  return htmlDocument(
    title,
    new SafeHtml(STYLE),
    html`<div class="banner">omise-sim test mode: no real money moves</div>
<main>${body}</main>`,
    status,
  );
}
