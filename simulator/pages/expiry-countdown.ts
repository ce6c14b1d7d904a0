import type { ChargeRecord } from '../domain/records.js';
import { iso } from '../render/timestamps.js';
import { html, SafeHtml } from './safe-html.js';

// The seed (WeChat Pay MPM) asks POS screens to "always show a countdown of the time left". The count
// starts from the account's clock; it stands still while that clock is frozen.
const SCRIPT = `(()=>{const el=document.getElementById('countdown');if(!el||el.dataset.frozen==='true')return;
let s=Number(el.dataset.seconds);const show=()=>{const m=Math.floor(s/60),r=s%60;
el.textContent=s>0?m+':'+String(r).padStart(2,'0'):'expired, reload the page';};
show();const t=setInterval(()=>{s=Math.max(0,s-1);show();if(s===0)clearInterval(t);},1000);})();`;

export function expiryCountdown(charge: ChargeRecord, now: number, frozen: boolean): SafeHtml {
  const seconds = Math.max(0, Math.floor((charge.expiresAt - now) / 1000));
  const minutes = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return html`<p class="muted">Expires in <strong id="countdown" data-seconds="${seconds}" data-frozen="${frozen}">${minutes}</strong>
(at <time datetime="${iso(charge.expiresAt)}">${iso(charge.expiresAt)}</time>)</p>
<script>${new SafeHtml(SCRIPT)}</script>`;
}
