import { loadOnce } from '../shared/load-once.js';
import type { ImageFormat } from './choose-image-format.js';
import type { FoundDocument } from './find-document.js';
import { DEFAULT_QR_PAYLOAD_MODE, type QrPayloadMode, qrPayload } from './qr-payload.js';
import { RenderCache } from './render-cache.js';
import type { EncodedQr } from './render-qr-svg.js';
import { RenderQueue } from './render-queue.js';

// The QR encoder (qrcode: 25 CommonJS files) loads with the first QR image, not when the simulator starts.
// Each promise is kept (`loadOnce`): under a loader such as tsx, resolving the specifier again on every call
// was a round trip to its thread, about 1.5 ms per render, a third of a new PNG.
const encoder = loadOnce(() => import('./render-qr-svg.js'));
const rasteriser = loadOnce(() => import('./rasterise-qr.js'));

// Long enough for the request that made the first document (and a POS's first polls) to be answered.
const WARM_UP_DELAY_MS = 1000;
const WARM_UP_RENDERS = 8;

/**
 * Whether the QR code of this process was warmed up already: the compiled code serves every simulator in
 * it, so a later one (a scenario run makes a simulator per call) does not render throwaway images again.
 */
export class WarmUpOnce {
  #claimed = false;

  /** True the first time only. */
  claim(): boolean {
    if (this.#claimed) return false;
    this.#claimed = true;
    return true;
  }
}

const processWarmUp = new WarmUpOnce();

/**
 * A document's QR image bytes in either format: its symbol encoded once, each format rendered once,
 * renders queued so a burst of them never stalls other requests.
 */
export class DocumentImages {
  readonly mode: QrPayloadMode;
  readonly cache: RenderCache;
  readonly queue: RenderQueue;
  readonly #symbols = new RenderCache<EncodedQr>();
  readonly #warmUp: WarmUpOnce;

  constructor(
    mode: QrPayloadMode = DEFAULT_QR_PAYLOAD_MODE,
    cache = new RenderCache(),
    queue = new RenderQueue(),
    warmUp = processWarmUp,
  ) {
    this.mode = mode;
    this.cache = cache;
    this.queue = queue;
    this.#warmUp = warmUp;
  }

  payload(found: FoundDocument): string {
    return qrPayload(found.charge, found.source, this.mode);
  }

  render(found: FoundDocument, format: ImageFormat): Promise<Uint8Array> {
    return this.cache.get(`${found.document.id}.${format}`, () => {
      const payload = this.payload(found); // the charge as it is now, before the render's turn
      return this.queue.run(async () => {
        const code = await this.#symbol(found.document.id, payload);
        if (format === 'svg') return new TextEncoder().encode((await encoder()).qrSvgOf(code));
        // Alone, a new PNG is finished in this turn (about 1.5 ms). In a burst, drawing takes a turn of its
        // own after the encoding, and zlib runs in libuv's pool: requests that came meanwhile go between.
        const burst = this.queue.pending > 1;
        if (burst) await new Promise((next) => setImmediate(next));
        return (await rasteriser()).rasteriseQr(code, burst);
      });
    });
  }

  /**
   * Loads the encoder and renders a few throwaway images in the background shortly after the first QR
   * document exists, so a POS's first PNG waits neither for the modules to load nor for their first,
   * unoptimised runs (CPU, with the compiler threads: about 70 ms for the first render, 7-12 ms for the
   * next; 4-6 ms after eight). One render at a time, and only while no real image is rendered or waiting:
   * real renders warm the code as well, and must not queue behind throwaway ones. Never at import: a
   * simulator that serves no QR never loads the encoder. Once per process (WarmUpOnce). The timer keeps no
   * process alive.
   */
  warmUp(delayMs = WARM_UP_DELAY_MS): void {
    if (!this.#warmUp.claim()) return;
    const render = async (index: number) => {
      const [{ encodeQr, qrSvgOf }, { rasteriseQr }] = await Promise.all([encoder(), rasteriser()]);
      const code = encodeQr(warmUpPayload(index));
      return [qrSvgOf(code), await rasteriseQr(code, false)];
    };
    const renderFrom = (index: number): void => {
      if (index >= WARM_UP_RENDERS || this.queue.pending > 0 || this.cache.size > 0) return;
      this.queue
        .run(() => render(index))
        .then(
          () => renderFrom(index + 1),
          () => {},
        );
    };
    setTimeout(() => renderFrom(0), delayMs).unref();
  }

  #symbol(documentId: string, payload: string): Promise<EncodedQr> {
    return this.#symbols.get(documentId, async () => (await encoder()).encodeQr(payload));
  }
}

/**
 * Throwaway payloads the sizes of real ones, so the warm-up runs the code paths of their symbol versions:
 * a wallet URL (version 4 at level M) and, every other time, a Thai QR / SGQR-sized payload (version 8).
 */
function warmUpPayload(index: number): string {
  const url = `http://127.0.0.1:4100/wallet/chrg_test_warm_up_${index}`.padEnd(58, 'x');
  return index % 2 ? url.padEnd(140, 'x') : url;
}
