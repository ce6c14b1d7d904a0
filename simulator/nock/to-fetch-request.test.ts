import { expect, test } from 'vitest';
import { toFetchRequest } from './to-fetch-request.js';

const origin = 'https://api.omise.co';

test('moves a JSON GET body to the query string, leaving out nulls', () => {
  const body = JSON.stringify({ limit: 3, offset: 2, order: null, from: null, to: null });
  const request = toFetchRequest(origin, 'GET', '/charges', { 'content-type': 'application/json' }, body);
  expect(request.url).toBe('https://api.omise.co/charges?limit=3&offset=2');
  expect(request.body).toBeNull();
});

test('keeps nested objects and arrays in bracket form', () => {
  const body = JSON.stringify({ metadata: { a: { b: 1 } }, webhook_endpoints: ['https://x.test/hook'] });
  const request = toFetchRequest(
    origin,
    'GET',
    '/charges?limit=1',
    { 'content-type': 'application/json' },
    body,
  );
  const query = new URL(request.url).searchParams;
  expect([...query]).toEqual([
    ['limit', '1'],
    ['metadata[a][b]', '1'],
    ['webhook_endpoints[0]', 'https://x.test/hook'],
  ]);
});

test('appends a form GET body to the query string', () => {
  const request = toFetchRequest(origin, 'GET', '/events', {}, 'limit=5&order=reverse_chronological');
  expect(request.url).toBe('https://api.omise.co/events?limit=5&order=reverse_chronological');
});

test('passes the body of a POST untouched, with the headers but not the hop-by-hop ones', async () => {
  const headers = {
    'content-type': 'application/json',
    connection: 'close',
    'content-length': '12',
    authorization: 'Basic eA==',
  };
  const request = toFetchRequest(origin, 'POST', '/charges', headers, '{"amount":1}');
  expect(await request.text()).toBe('{"amount":1}');
  const names: string[] = [];
  request.headers.forEach((_, name) => {
    names.push(name);
  });
  expect(names.sort()).toEqual(['authorization', 'content-type']);
});
