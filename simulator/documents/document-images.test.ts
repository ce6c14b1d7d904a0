import { afterAll, expect, test, vi } from 'vitest';
import { createCharge, decodeQr, downloadPath } from './test-support/qr-test-support.js';

const encodings = vi.hoisted(() => ({ count: 0 }));
vi.mock('./render-qr-svg.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('./render-qr-svg.js')>();
  return {
    ...original,
    encodeQr: (payload: string) => {
      encodings.count++;
      return original.encodeQr(payload);
    },
  };
});

// The simulator's test files share modules (vitest.config.ts: isolate: false), and document-images.ts keeps the
// encoder it loaded: this file starts from fresh modules, so that the mock above is the encoder they load.
vi.resetModules();
const { createSimulator } = await import('../create-simulator.js');
const { DocumentImages, WarmUpOnce } = await import('./document-images.js');

const sim = createSimulator({ qrPayload: 'wallet_url' });
afterAll(async () => {
  await sim.close();
  // The files that run after this one in the worker get the real encoder, in fresh modules.
  vi.doUnmock('./render-qr-svg.js');
  vi.resetModules();
});

const download = async (path: string) => new Uint8Array(await (await sim.request(path)).arrayBuffer());

test("encodes a document's QR once for its SVG and its PNG", async () => {
  const charge = await createCharge(sim, 'images', 'wechat_pay_mpm', 5000);
  const before = encodings.count;
  const [svg, png] = await Promise.all([
    download(downloadPath(charge)),
    download(downloadPath(charge, '?format=png')),
  ]);
  expect(encodings.count - before).toBe(1);
  const wallet = `http://localhost/wallet/${charge.id}`;
  expect([await decodeQr(svg), await decodeQr(png)]).toEqual([wallet, wallet]);
});

test('renders a burst of new documents, every one decoding to its own charge', async () => {
  const charges = await Promise.all(
    Array.from({ length: 12 }, (_, i) => createCharge(sim, 'burst', 'wechat_pay_mpm', 2000 + i)),
  );
  const pngs = await Promise.all(charges.map((c) => download(downloadPath(c, '?format=png'))));
  const decoded = await Promise.all(pngs.map((png) => decodeQr(png)));
  expect(decoded).toEqual(charges.map((c) => `http://localhost/wallet/${c.id}`));
});

test('warms up with throwaway renders in the background, caching none of them', async () => {
  const images = new DocumentImages(undefined, undefined, undefined, new WarmUpOnce());
  const before = encodings.count;
  images.warmUp(0);
  await vi.waitFor(() => expect(encodings.count - before).toBe(8), { timeout: 60_000, interval: 5 });
  await vi.waitFor(() => expect(images.queue.pending).toBe(0), { timeout: 60_000, interval: 5 });
  expect(images.cache.size).toBe(0);
});

test('warms up once per process: a later simulator finds the code warm', async () => {
  const warmUp = new WarmUpOnce();
  const first = new DocumentImages(undefined, undefined, undefined, warmUp);
  const before = encodings.count;
  first.warmUp(0);
  await vi.waitFor(() => expect(encodings.count - before).toBe(8), { timeout: 60_000, interval: 5 });
  await vi.waitFor(() => expect(first.queue.pending).toBe(0), { timeout: 60_000, interval: 5 });
  const later = new DocumentImages(undefined, undefined, undefined, warmUp);
  later.warmUp(0);
  // Its warm-up timer, had it set one, fires before this one (same delay, set earlier): an order, not a time.
  await new Promise((next) => setTimeout(next, 0));
  expect(later.queue.pending).toBe(0);
  expect(encodings.count - before).toBe(8);
});
