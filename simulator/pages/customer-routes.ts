import type { Hono } from 'hono';
import type { Accounts } from '../account/accounts.js';
import { ChargeDirectory } from '../documents/charge-directory.js';
import { DocumentImages } from '../documents/document-images.js';
import { documentRoutes } from '../documents/document-routes.js';
import type { QrPayloadMode } from '../documents/qr-payload.js';
import type { AppEnv } from '../http/app-env.js';
import { authorizeRoutes } from './authorize-routes.js';
import { walletRoutes } from './wallet-routes.js';

export interface CustomerRoutesOptions {
  readonly qrPayload?: QrPayloadMode;
}

/**
 * Everything reached without a key: the QR documents at their download_uri, the wallet page their QR
 * points to, and TrueMoney's authorize page. They find charges across accounts through one directory.
 */
export function customerRoutes(accounts: Accounts, options: CustomerRoutesOptions = {}): Hono<AppEnv>[] {
  const directory = new ChargeDirectory(accounts);
  const images = new DocumentImages(options.qrPayload);
  directory.onFirstDocument(() => images.warmUp());
  return [documentRoutes(directory, images), walletRoutes(directory), authorizeRoutes(directory)];
}
