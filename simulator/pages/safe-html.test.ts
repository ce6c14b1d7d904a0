import { expect, test } from 'vitest';
import { html } from './safe-html.js';

test('escapes interpolated text', () => {
  expect(html`<p>${'<script>alert("x")</script> & \'y\''}</p>`.value).toBe(
    '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p>',
  );
});

test('keeps nested html as it is, and joins arrays', () => {
  const items = ['a<', 'b'].map((item) => html`<li>${item}</li>`);
  expect(html`<ul>${items}</ul>`.value).toBe('<ul><li>a&lt;</li><li>b</li></ul>');
});

test('renders nothing for null, undefined and false', () => {
  expect(html`[${null}${undefined}${false}]`.value).toBe('[]');
  expect(html`${0}`.value).toBe('0');
});
