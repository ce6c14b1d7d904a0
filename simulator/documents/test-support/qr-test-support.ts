import jsqr from 'jsqr';
import sharp from 'sharp';
import { findPaymentMethod } from '../../domain/methods/index.js';
import { exampleOrderDetails } from '../../domain/source/example-order-details.js';

// Helpers shared by the documents and pages tests: make charges through the API, decode QR images.

/** Something that answers API requests: a simulator in-process (`sim`), or one over HTTP. */
export interface Api {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}

/** The API of a simulator listening at `url`, over real HTTP. */
export function httpApi(url: string): Api {
  return { request: (path, init) => fetch(`${url}${path}`, init) };
}

export function secretKey(account: string): Record<string, string> {
  return { authorization: `Basic ${Buffer.from(`skey_test_${account}:`).toString('base64')}` };
}

export type Charge = Record<string, unknown> & {
  id: string;
  status: string;
  source: { scannable_code: { image: { id: string; download_uri: string; filename: string } } | null };
};

/** A charge of `type` made the one-call way (inline `source[type]`), with what each method needs. */
export async function createCharge(
  api: Api,
  account: string,
  type: string,
  amount: number,
  extra: Record<string, unknown> = {},
): Promise<Charge> {
  const source: Record<string, unknown> = { type };
  const method = findPaymentMethod(type);
  if (method?.sourceParams.includes('barcode')) source.barcode = '130991292552725093';
  if (method?.sourceParams.includes('phone_number')) source.phone_number = '0812345678';
  if (method?.sourceParams.includes('items')) Object.assign(source, exampleOrderDetails(amount));
  const returnUri = method?.chargeRequiresReturnUri
    ? { return_uri: 'http://merchant.test/orders/1/complete' }
    : {};
  const response = await api.request('/charges', {
    method: 'POST',
    headers: { ...secretKey(account), 'content-type': 'application/json' },
    body: JSON.stringify({ amount, currency: 'THB', source, ...returnUri, ...extra }),
  });
  const body = (await response.json()) as Charge;
  if (response.status !== 200) throw new Error(`charge not created: ${JSON.stringify(body)}`);
  return body;
}

export async function getCharge(api: Api, account: string, id: string): Promise<Charge> {
  return (await (await api.request(`/charges/${id}`, { headers: secretKey(account) })).json()) as Charge;
}

/** The path (and query) of the charge's download_uri, for `sim.request`. */
export function downloadPath(charge: Charge, query = ''): string {
  const image = charge.source.scannable_code?.image;
  if (!image) throw new Error(`charge ${charge.id} has no document`);
  return new URL(image.download_uri).pathname + query;
}

/** What a phone camera would read from an image (PNG, or SVG rasterised as given): the QR's text. */
export async function decodeQr(image: Uint8Array): Promise<string | null> {
  const { data, info } = await sharp(image).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const pixels = new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength);
  // jsqr is CommonJS typed as an ES default export: under NodeNext its function is `.default`.
  return jsqr.default(pixels, info.width, info.height)?.data ?? null;
}
