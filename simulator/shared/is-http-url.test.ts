import { expect, test } from 'vitest';
import { isHttpUrl } from './is-http-url.js';

test('accepts absolute http and https URLs, unicode included', () => {
  for (const url of [
    'http://127.0.0.1:3000/webhooks',
    'https://shop.test/orders/1?x=%20y',
    'https://shop.test/ü',
  ])
    expect(isHttpUrl(url), url).toBe(true);
});

test('refuses other schemes, relative URLs and anything the URL parser would quietly rewrite', () => {
  const refused = [
    'ftp://shop.test/',
    '/orders/1',
    'javascript:alert(1)',
    'http://shop.test/\r\nSet-Cookie: a=b',
    'http://shop.test/a\tb',
    'http://shop.test/\u0000',
    'http://shop.test/a b',
    ' http://shop.test/',
    'http://shop.test/\u007f',
  ];
  for (const url of refused) expect(isHttpUrl(url), JSON.stringify(url)).toBe(false);
});
