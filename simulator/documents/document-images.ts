import type { ImageFormat } from './choose-image-format.js';
import type { FoundDocument } from './find-document.js';
import { DEFAULT_QR_PAYLOAD_MODE, type QrPayloadMode, qrPayload } from './qr-payload.js';
import { RenderCache } from './render-cache.js';

// The QR encoder (qrcode: 25 CommonJS files) loads with the first QR image, not when the simulator starts.
const encoder = () => import('./render-qr-svg.js');
const rasteriser = () => import('./rasterise-qr.js');

/** A document's QR image bytes in either format, rendered once per document and format. */
export class DocumentImages {
  readonly mode: QrPayloadMode;
  readonly cache: RenderCache;

  constructor(mode: QrPayloadMode = DEFAULT_QR_PAYLOAD_MODE, cache = new RenderCache()) {
    this.mode = mode;
    this.cache = cache;
  }

  payload(found: FoundDocument): string {
    return qrPayload(found.charge, found.source, this.mode);
  }

  render(found: FoundDocument, format: ImageFormat): Promise<Uint8Array> {
    const id = found.document.id;
    if (format === 'png')
      return this.cache.get(`${id}.png`, async () => {
        const payload = this.payload(found); // the charge as it is now, before the encoder loads
        const [{ encodeQr }, { rasteriseQr }] = await Promise.all([encoder(), rasteriser()]);
        return rasteriseQr(encodeQr(payload));
      });
    return this.cache.get(`${id}.svg`, async () => {
      const payload = this.payload(found);
      const { encodeQr, qrSvgOf } = await encoder();
      return new TextEncoder().encode(qrSvgOf(encodeQr(payload)));
    });
  }
}
