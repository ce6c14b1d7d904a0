import { createSimulator, type Simulator } from '../simulator/index.js';
import type { BenchResult } from './bench-result.js';

const DOCUMENTS = 40;
const CACHED_REPEATS = 5;
const auth = { authorization: `Basic ${Buffer.from('skey_test_qrbench:').toString('base64')}` };
const form = { ...auth, 'content-type': 'application/x-www-form-urlencoded' };
const METHODS = [
  'source[type]=wechat_pay_mpm',
  'source[type]=alipayplus_mpm',
  'source[type]=wechat_pay_upm&source[barcode]=130991292552725093',
];
const PROMPTPAY = ['source[type]=promptpay'];

/**
 * QR documents through their download endpoint, in-process: time per document of the first download
 * (rendered) and of later ones (from the cache), SVG and PNG. Each format starts from its own fresh
 * documents (so each first download encodes the QR); the run's very first PNG, which loads the encoder, is
 * timed on its own before them. The CPU rows (every thread of the process, `process.cpuUsage`) are steadier
 * than the wall times on a busy machine.
 */
export async function qrBench(): Promise<BenchResult[]> {
  const sim = createSimulator({ seed: 3 });
  try {
    const [warmup] = await createDocuments(sim, 1, METHODS);
    const loadStart = performance.now();
    await download(sim, `${warmup}?format=png`);
    const encoderLoad = performance.now() - loadStart;
    const svg = await measureFormat(sim, '');
    const png = await measureFormat(sim, '?format=png');
    return [
      { name: "QR PNG: the run's first (loads the encoder)", value: encoderLoad, unit: 'ms' },
      { name: 'QR SVG: first download (render)', value: svg.first, unit: 'ms/doc' },
      {
        name: 'QR SVG: cached download',
        value: svg.cached,
        unit: 'ms/doc',
        baseline: 'QR SVG: first download (render)',
      },
      { name: 'QR SVG: CPU per first download', value: svg.cpu, unit: 'ms/doc' },
      { name: 'QR PNG: first download (render)', value: png.first, unit: 'ms/doc' },
      { name: 'QR PNG: CPU per first download', value: png.cpu, unit: 'ms/doc' },
      {
        name: 'QR PNG: cached download',
        value: png.cached,
        unit: 'ms/doc',
        baseline: 'QR PNG: first download (render)',
      },
      { name: 'QR SVG: size', value: svg.bytes, unit: 'bytes' },
      { name: 'QR PNG: size', value: png.bytes, unit: 'bytes' },
      ...(await promptpayRows()),
    ];
  } finally {
    await sim.close();
  }
}

/** PromptPay's realistic QR: a Thai QR Payment payload of about 130 characters, a larger symbol to draw. */
async function promptpayRows(): Promise<BenchResult[]> {
  const sim = createSimulator({ seed: 3, qrPayload: 'realistic' });
  try {
    const svg = await measureFormat(sim, '', PROMPTPAY);
    const png = await measureFormat(sim, '?format=png', PROMPTPAY);
    return [
      {
        name: 'QR PromptPay (Thai QR payload) SVG: first download (render)',
        value: svg.first,
        unit: 'ms/doc',
      },
      {
        name: 'QR PromptPay (Thai QR payload) PNG: first download (render)',
        value: png.first,
        unit: 'ms/doc',
      },
      { name: 'QR PromptPay (Thai QR payload) PNG: size', value: png.bytes, unit: 'bytes' },
    ];
  } finally {
    await sim.close();
  }
}

async function measureFormat(sim: Simulator, query: string, methods = METHODS) {
  const paths = await createDocuments(sim, DOCUMENTS, methods);
  let bytes = 0;
  const firstCpu = process.cpuUsage();
  const firstStart = performance.now();
  for (const path of paths) bytes += (await download(sim, path + query)).byteLength;
  const first = (performance.now() - firstStart) / paths.length;
  const { user, system } = process.cpuUsage(firstCpu);
  const cpu = (user + system) / 1000 / paths.length;
  const cachedStart = performance.now();
  for (let i = 0; i < CACHED_REPEATS; i++) for (const path of paths) await download(sim, path + query);
  const cached = (performance.now() - cachedStart) / (paths.length * CACHED_REPEATS);
  return { first, cpu, cached, bytes: Math.round(bytes / paths.length) };
}

async function createDocuments(sim: Simulator, count: number, methods: string[]): Promise<string[]> {
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const body = `amount=${2000 + i * 997}&currency=THB&${methods[i % methods.length]}`;
    const charge = (await (
      await sim.request('/charges', { method: 'POST', headers: form, body })
    ).json()) as {
      source: { scannable_code: { image: { download_uri: string } } };
    };
    paths.push(new URL(charge.source.scannable_code.image.download_uri).pathname);
  }
  return paths;
}

async function download(sim: Simulator, path: string): Promise<ArrayBuffer> {
  const response = await sim.request(path);
  if (response.status !== 200) throw new Error(`GET ${path}: ${response.status}`);
  return response.arrayBuffer();
}
