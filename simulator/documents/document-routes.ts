import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import type { ChargeDirectory } from './charge-directory.js';
import { chooseImageFormat, type ImageFormat } from './choose-image-format.js';
import type { DocumentImages } from './document-images.js';
import { findDocument } from './find-document.js';

const contentTypes: Record<ImageFormat, string> = { svg: 'image/svg+xml', png: 'image/png' };

/**
 * `GET download_uri`: the QR image. No credentials, as the real one (omise-woocommerce fetches it with a
 * plain file_get_contents); the unguessable token in the URL is what keeps it to the charge's holder.
 */
export function documentRoutes(directory: ChargeDirectory, images: DocumentImages): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get('/charges/:chargeId/documents/:documentId/downloads/:token', async (c) => {
    const found = findDocument(
      directory,
      c.req.param('chargeId'),
      c.req.param('documentId'),
      c.req.param('token'),
    );
    const own = found.document.filename.endsWith('.png') ? 'png' : 'svg';
    const format = chooseImageFormat(c.req.query('format'), c.req.header('accept'), own);
    const bytes = await images.render(found, format);
    const filename = found.document.filename.replace(/\.(svg|png)$/, `.${format}`);
    // Hono wants an ArrayBuffer-backed view; rendered bytes always are (never a SharedArrayBuffer).
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': contentTypes[format],
      'content-length': String(bytes.byteLength),
      'content-disposition': `inline; filename="${filename}"`,
      'x-content-type-options': 'nosniff',
      vary: 'Accept',
    });
  });

  return routes;
}
