import type { ImageFormat } from './choose-image-format.js';
import type { FoundDocument } from './find-document.js';
import { DEFAULT_QR_PAYLOAD_MODE, type QrPayloadMode, qrPayload } from './qr-payload.js';
import { rasteriseQr } from './rasterise-qr.js';
import { RenderCache } from './render-cache.js';
import { encodeQr, qrSvgOf } from './render-qr-svg.js';

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
      return this.cache.get(`${id}.png`, () => rasteriseQr(encodeQr(this.payload(found))));
    return this.cache.get(`${id}.svg`, async () =>
      new TextEncoder().encode(qrSvgOf(encodeQr(this.payload(found)))),
    );
  }
}
