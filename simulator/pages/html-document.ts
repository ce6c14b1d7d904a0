import { html, type SafeHtml } from './safe-html.js';

/** The HTML document every page of the simulator shares: self-contained (its style inline), never indexed. */
export function htmlDocument(title: string, style: SafeHtml, body: SafeHtml, status?: string): SafeHtml {
  const bodyTag = status === undefined ? html`<body>` : html`<body data-status="${status}">`;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<style>${style}</style>
</head>
${bodyTag}
${body}
</body>
</html>`;
}
