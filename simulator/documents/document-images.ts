import type { ImageFormat } from './choose-image-format.js';
import type { FoundDocument } from './find-document.js';
import { DEFAULT_QR_PAYLOAD_MODE, type QrPayloadMode, qrPayload } from './qr-payload.js';
import { RenderCache } from './render-cache.js';
import type { EncodedQr } from './render-qr-svg.js';
import { RenderQueue } from './render-queue.js';

// The QR encoder (qrcode: 25 CommonJS files) loads with the first QR image, not when the simulator starts.
// Each promise is kept: an `import()` resolves the specifier again on every call, even for a loaded module
// (under a loader such as tsx, a round trip to its thread: about 1.5 ms per render, a third of a new PNG).
const encoder = loadOnce(() => import('./render-qr-svg.js'));
const rasteriser = loadOnce(() => import('./rasterise-qr.js'));

// Long enough for the request that made the first document (and a POS's first polls) to be answered.
const WARM_UP_DELAY_MS = 1000;

/**
 * A document's QR image bytes in either format: its symbol encoded once, each format rendered once,
 * renders queued so a burst of them never stalls other requests.
 */
export class DocumentImages {
  readonly mode: QrPayloadMode;
  readonly cache: RenderCache;
  readonly queue: RenderQueue;
  readonly #symbols = new RenderCache<EncodedQr>();
  #warming = false;

  constructor(
    mode: QrPayloadMode = DEFAULT_QR_PAYLOAD_MODE,
    cache = new RenderCache(),
    queue = new RenderQueue(),
  ) {
    this.mode = mode;
    this.cache = cache;
    this.queue = queue;
  }

  payload(found: FoundDocument): string {
    return qrPayload(found.charge, found.source, this.mode);
  }

  render(found: FoundDocument, format: ImageFormat): Promise<Uint8Array> {
    return this.cache.get(`${found.document.id}.${format}`, () => {
      const payload = this.payload(found); // the charge as it is now, before the render's turn
      return this.queue.run(async () => {
        const code = await this.#symbol(found.document.id, payload);
        if (format === 'png') return (await rasteriser()).rasteriseQr(code);
        return new TextEncoder().encode((await encoder()).qrSvgOf(code));
      });
    });
  }

  /**
   * Loads the encoder and renders one throwaway PNG in the background shortly after the first QR document
   * exists, so a POS's first PNG does not wait for the modules to load and their code to be compiled.
   * Never at import: a simulator that serves no QR never loads them. The timer keeps no process alive.
   */
  warmUp(delayMs = WARM_UP_DELAY_MS): void {
    if (this.#warming) return;
    this.#warming = true;
    const render = () =>
      this.queue.run(async () => {
        const [{ encodeQr }, { rasteriseQr }] = await Promise.all([encoder(), rasteriser()]);
        return rasteriseQr(encodeQr('warm-up'));
      });
    setTimeout(() => void render().catch(() => {}), delayMs).unref();
  }

  #symbol(documentId: string, payload: string): Promise<EncodedQr> {
    return this.#symbols.get(documentId, async () => (await encoder()).encodeQr(payload));
  }
}

/** `load()` on the first call; the same promise after that. */
function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load();
    return loading;
  };
}
