import { expect, test } from 'vitest';
import { RenderCache } from './render-cache.js';

const bytes = (n: number) => Promise.resolve(Uint8Array.of(n));

test('renders a key once, even for concurrent requests', async () => {
  const cache = new RenderCache();
  let renders = 0;
  const render = () => {
    renders++;
    return bytes(1);
  };
  const [a, b] = await Promise.all([cache.get('k', render), cache.get('k', render)]);
  expect(renders).toBe(1);
  expect(a).toBe(b);
});

test('evicts the least recently used key beyond its capacity', async () => {
  const cache = new RenderCache(2);
  await cache.get('a', () => bytes(1));
  await cache.get('b', () => bytes(2));
  await cache.get('a', () => bytes(9));
  await cache.get('c', () => bytes(3));
  expect(cache.has('a')).toBe(true);
  expect(cache.has('b')).toBe(false);
  expect(cache.size).toBe(2);
});

test('forgets a render that failed, so the next request tries again', async () => {
  const cache = new RenderCache();
  await expect(cache.get('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  expect(await cache.get('k', () => bytes(7))).toEqual(Uint8Array.of(7));
});
