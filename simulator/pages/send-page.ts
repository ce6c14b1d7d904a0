import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { SafeHtml } from './safe-html.js';

/** An HTML page response; never cached, because it shows the charge's state at this moment. */
export function sendPage(c: Context, page: SafeHtml, status: ContentfulStatusCode = 200): Response {
  return c.html(page.value, status, { 'cache-control': 'no-store' });
}
