import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSimulator, type Simulator } from '../create-simulator.js';
import { findPaymentMethod } from '../domain/methods/index.js';
import { createCharge, decodeQr, downloadPath } from './test-support/qr-test-support.js';

// Every QR method, any amount it accepts: the served image is a real QR that gives its payload back.
const qrMethods = ['wechat_pay_mpm', 'alipayplus_mpm', 'wechat_pay_upm', 'promptpay'];
const thbLimits = (type: string) => findPaymentMethod(type)?.limits.THB ?? { min: 2000, max: 2000 };

async function download(sim: Simulator, path: string): Promise<Uint8Array> {
  return new Uint8Array(await (await sim.request(path)).arrayBuffer());
}

describe.each(qrMethods)('%s', (type) => {
  const { min, max } = thbLimits(type);

  describe('with wallet URL payloads', () => {
    let sim: Simulator;
    beforeAll(() => {
      sim = createSimulator({ qrPayload: 'wallet_url' });
    });
    afterAll(() => sim.close());

    test('decodes the PNG to the wallet page URL of its charge', async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min, max }), async (amount) => {
          const charge = await createCharge(sim, 'decode', type, amount);
          const text = await decodeQr(await download(sim, downloadPath(charge, '?format=png')));
          expect(text).toBe(`http://localhost/wallet/${charge.id}`);
        }),
        { numRuns: 12 },
      );
    });

    test('decodes the SVG to the same payload as the PNG', async () => {
      const charge = await createCharge(sim, 'decode', type, min);
      expect(await decodeQr(await download(sim, downloadPath(charge)))).toBe(
        `http://localhost/wallet/${charge.id}`,
      );
    });
  });

  describe('with realistic payloads', () => {
    let sim: Simulator;
    beforeAll(() => {
      sim = createSimulator({ qrPayload: 'realistic' });
    });
    afterAll(() => sim.close());

    test('decodes the PNG to a method-shaped code', async () => {
      const shape = {
        wechat_pay_mpm: /^weixin:\/\/wxpay\/bizpayurl\?pr=\w{7}$/,
        alipayplus_mpm: /^https:\/\/global\.alipay\.com\/\w+$/,
        wechat_pay_upm: /^130991292552725093$/,
        promptpay: /^00020101021230\d{2}0016A000000677010112[0-9A-Z.]+6304[0-9A-F]{4}$/,
      }[type];
      await fc.assert(
        fc.asyncProperty(fc.integer({ min, max }), async (amount) => {
          const charge = await createCharge(sim, 'decode', type, amount);
          expect(await decodeQr(await download(sim, downloadPath(charge, '?format=png')))).toMatch(
            shape ?? /never/,
          );
        }),
        { numRuns: 6 },
      );
    });
  });
});

describe('by default (auto payloads)', () => {
  let sim: Simulator;
  beforeAll(() => {
    sim = createSimulator();
  });
  afterAll(() => sim.close());

  test('a PromptPay QR holds its Thai QR Payment code, with the amount in baht', async () => {
    const charge = await createCharge(sim, 'auto', 'promptpay', 35_000);
    const text = await decodeQr(await download(sim, downloadPath(charge, '?format=png')));
    expect(text).toMatch(/^000201010212300?.*5303764540[0-9]350\.005802TH6304[0-9A-F]{4}$/);
  });

  test('a wallet app QR holds the wallet page of its charge', async () => {
    const charge = await createCharge(sim, 'auto', 'wechat_pay_mpm', 35_000);
    const text = await decodeQr(await download(sim, downloadPath(charge, '?format=png')));
    expect(text).toBe(`http://localhost/wallet/${charge.id}`);
  });
});
