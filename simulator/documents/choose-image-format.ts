import { messages } from '../errors/messages.js';
import { omiseError } from '../errors/omise-error.js';

export type ImageFormat = 'svg' | 'png';

/**
 * SVG unless asked for PNG: `?format=png` wins, else an Accept header that prefers image/png to SVG.
 * The seeds name the document `qrcode.svg`; a browser's `<img>` Accept lists image/svg+xml, so it gets SVG.
 */
export function chooseImageFormat(format: string | undefined, accept: string | undefined): ImageFormat {
  if (format !== undefined) {
    if (format === 'svg' || format === 'png') return format;
    throw omiseError('bad_request', messages.invalidField('format'));
  }
  const weights = acceptWeights(accept ?? '');
  const png = weights.get('image/png') ?? 0;
  return png > (weights.get('image/svg+xml') ?? 0) ? 'png' : 'svg';
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
