import fc from 'fast-check';
import { expect, test } from 'vitest';
import { chargeParams, testApi } from '../test-support/test-api.js';

// Brackets in a key name cannot be written in a bracket-nested form body at all (Rack reads `a[b]` as
// nesting), so such keys are outside what both encodings can express.
const word = fc
  .string({ minLength: 1, maxLength: 10 })
  .filter((s) => s.trim() === s && s !== '' && !/[[\]]/.test(s));

test('gives the same charge for the same parameters sent as a form or as JSON', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom('wechat_pay_mpm', 'wechat_pay_upm', 'alipayplus_mpm', 'truemoney', 'barcode_wechat'),
      fc.integer({ min: 2000, max: 10_000_000 }),
      fc.dictionary(word, word, { maxKeys: 4 }),
      fc.option(word, { nil: undefined }),
      async (type, amount, metadata, description) => {
        const params = { ...chargeParams(type, amount), metadata, description };
        const send = async (json: boolean) => {
          const api = testApi('same');
          api.freezeAt('2024-09-10T03:57:17Z');
          return api.post('/charges', params, { json });
        };
        const [form, json] = [await send(false), await send(true)];
        expect(form.status).toBe(200);
        expect(form.body).toEqual(json.body);
      },
    ),
    { numRuns: 50 },
  );
});
