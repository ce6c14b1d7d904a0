import { expect, test } from 'vitest';
import { describeStartError, isLoopback } from './start-error.js';

test('describes each listen error in one line that says what to do', () => {
  const error = (code: string) => Object.assign(new Error('listen failed'), { code });
  expect(describeStartError(error('EADDRINUSE'), '127.0.0.1', 4100)).toMatch(/already in use.*--port/);
  expect(describeStartError(error('EACCES'), '127.0.0.1', 80)).toMatch(
    /not allowed to listen on 127.0.0.1:80/,
  );
  expect(describeStartError(error('ENOTFOUND'), 'nowhere', 4100)).toMatch(/--host nowhere is not an address/);
  expect(describeStartError(error('EADDRNOTAVAIL'), '192.0.2.1', 4100)).toMatch(
    /not an address of this machine/,
  );
  expect(describeStartError(new Error('other'), '127.0.0.1', 4100)).toBeNull();
});

test('knows which hosts stay on this machine', () => {
  for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1']) expect(isLoopback(host)).toBe(true);
  for (const host of ['0.0.0.0', '::', '192.168.1.10', 'shop.example']) expect(isLoopback(host)).toBe(false);
});
