import { expect, test } from 'vitest';
import { choosesServingV8Flags } from './serving-v8-flags.js';

test("sets the serving flag unless node's own flags already choose pretenuring", () => {
  expect(choosesServingV8Flags([])).toBe(true);
  expect(choosesServingV8Flags(['--enable-source-maps', '--max-old-space-size=512'])).toBe(true);
  expect(choosesServingV8Flags(['--allocation-site-pretenuring'])).toBe(false);
  expect(choosesServingV8Flags(['--no-allocation-site-pretenuring'])).toBe(false);
});
