import sharp from 'sharp';
import { afterEach, expect, test } from 'vitest';
import { createSimulator, type Simulator } from '../create-simulator.js';
import { messages } from '../errors/messages.js';
import { type Charge, createCharge, downloadPath, secretKey } from './test-support/qr-test-support.js';

let sim: Simulator;
afterEach(() => sim?.close());

async function setup(type = 'wechat_pay_mpm', account = 'docs'): Promise<Charge> {
  sim = createSimulator();
  return createCharge(sim, account, type, 150000);
}

async function expectDocumentNotFound(response: Response, documentId: string) {
  expect(response.status).toBe(404);
  expect(await response.json()).toMatchObject({
    object: 'error',
    code: 'not_found',
    message: messages.notFound('document', documentId),
  });
}

test('serves the QR as SVG by default, without credentials', async () => {
  const charge = await setup();
  const response = await sim.request(downloadPath(charge));
  const body = new Uint8Array(await response.arrayBuffer());
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('image/svg+xml');
  expect(response.headers.get('content-length')).toBe(String(body.byteLength));
  expect(new TextDecoder().decode(body)).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
});

test('serves PNG for Accept: image/png and for ?format=png', async () => {
  const charge = await setup();
  for (const response of [
    await sim.request(downloadPath(charge), { headers: { accept: 'image/png' } }),
    await sim.request(downloadPath(charge, '?format=png')),
  ]) {
    const body = new Uint8Array(await response.arrayBuffer());
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-length')).toBe(String(body.byteLength));
    expect(response.headers.get('content-disposition')).toBe('inline; filename="qrcode.png"');
    expect((await sharp(body).metadata()).format).toBe('png');
  }
});

test('serves a document for every QR method, named as the seeds name it', async () => {
  sim = createSimulator();
  for (const type of ['wechat_pay_mpm', 'alipayplus_mpm', 'wechat_pay_upm']) {
    const charge = await createCharge(sim, 'docs', type, 150000);
    const response = await sim.request(downloadPath(charge));
    expect(response.status).toBe(200);
    const filename = charge.source.scannable_code?.image.filename;
    expect(response.headers.get('content-disposition')).toBe(`inline; filename="${filename}"`);
  }
});

test('answers a wrong token with an Omise-shaped 404', async () => {
  const charge = await setup();
  const path = downloadPath(charge).replace(/[^/]+$/, '0000000000000000');
  await expectDocumentNotFound(await sim.request(path), charge.source.scannable_code?.image.id ?? '');
});

test('answers a document asked for under another charge with a 404', async () => {
  const charge = await setup();
  const other = await createCharge(sim, 'docs', 'wechat_pay_mpm', 2000);
  const path = downloadPath(charge).replace(charge.id, other.id);
  await expectDocumentNotFound(await sim.request(path), charge.source.scannable_code?.image.id ?? '');
});

test('answers an unknown document with a 404', async () => {
  const charge = await setup();
  const path = downloadPath(charge).replace(/docu_test_\w+/, 'docu_test_nope');
  await expectDocumentNotFound(await sim.request(path), 'docu_test_nope');
});

test('refuses an unknown ?format with bad_request', async () => {
  const charge = await setup();
  const response = await sim.request(downloadPath(charge, '?format=gif'));
  expect(response.status).toBe(400);
  expect(await response.json()).toMatchObject({
    code: 'bad_request',
    message: messages.invalidField('format'),
  });
});

test('finds documents of any account, though the URL carries no key', async () => {
  sim = createSimulator();
  const mine = await createCharge(sim, 'alice', 'alipayplus_mpm', 5000);
  const theirs = await createCharge(sim, 'bob', 'alipayplus_mpm', 5000);
  expect((await sim.request(downloadPath(mine))).status).toBe(200);
  expect((await sim.request(downloadPath(theirs))).status).toBe(200);
});

test('renders once and serves the same bytes from the cache', async () => {
  const charge = await setup();
  const first = new Uint8Array(await (await sim.request(downloadPath(charge, '?format=png'))).arrayBuffer());
  const again = new Uint8Array(await (await sim.request(downloadPath(charge, '?format=png'))).arrayBuffer());
  expect(again).toEqual(first);
});

test('keeps the document downloadable after the charge is paid, and after another expires', async () => {
  const paid = await setup();
  await sim.request(`/charges/${paid.id}/mark_as_paid`, { method: 'POST', headers: secretKey('docs') });
  const expired = await createCharge(sim, 'docs', 'wechat_pay_mpm', 150000);
  await sim.request(`/charges/${expired.id}/expire`, { method: 'POST', headers: secretKey('docs') });
  expect((await sim.request(downloadPath(paid))).status).toBe(200);
  expect((await sim.request(downloadPath(expired))).status).toBe(200);
});

test('forgets the documents of an account that is reset', async () => {
  const charge = await setup();
  await sim.request('/_sim/reset', { method: 'POST', headers: secretKey('docs') });
  await expectDocumentNotFound(
    await sim.request(downloadPath(charge)),
    charge.source.scannable_code?.image.id ?? '',
  );
});

test('answers HEAD with the headers of GET and no body', async () => {
  const charge = await setup();
  const get = await sim.request(downloadPath(charge, '?format=png'));
  const head = await sim.request(downloadPath(charge, '?format=png'), { method: 'HEAD' });
  expect(head.status).toBe(200);
  expect(head.headers.get('content-length')).toBe(get.headers.get('content-length'));
  expect((await head.arrayBuffer()).byteLength).toBe(0);
});
