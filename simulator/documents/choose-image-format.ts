import { messages } from '../errors/messages.js';
import { omiseError } from '../errors/omise-error.js';

export type ImageFormat = 'svg' | 'png';

/**
 * The document's own format unless asked for the other: `?format=` wins, else an Accept header that prefers
 * one to the other. The seeds name the document `qrcode.svg` (a browser's `<img>` Accept lists
 * image/svg+xml, so it gets SVG); PayNow's recorded document is `qrcode.png`.
 */
export function chooseImageFormat(
  format: string | undefined,
  accept: string | undefined,
  own: ImageFormat = 'svg',
): ImageFormat {
  if (format !== undefined) {
    if (format === 'svg' || format === 'png') return format;
    throw omiseError('bad_request', messages.invalidField('format'));
  }
  const weights = acceptWeights(accept ?? '');
  const png = weights.get('image/png') ?? 0;
  const svg = weights.get('image/svg+xml') ?? 0;
  if (png === svg) return own;
  return png > svg ? 'png' : 'svg';
}

function acceptWeights(accept: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const part of accept.split(',')) {
    const [type = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const q = params.find((param) => param.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (type !== '' && Number.isFinite(weight)) weights.set(type, weight);
  }
  return weights;
}
