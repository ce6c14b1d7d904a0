// The customer pages and the document download, as the OpenAPI document describes them (the dashboard's
// pages are in dashboard-operations.ts).
import type { OperationText } from './omise-api-operations.js';

export const pageOperations: readonly OperationText[] = [
  {
    method: 'GET',
    path: '/',
    description: 'a browser is redirected to the dashboard; API clients get a 404 error',
    auth: 'none',
  },
  { method: 'GET', path: '/_sim', description: 'the control API, machine-readable', auth: 'none' },
  {
    method: 'GET',
    path: '/charges/:chargeId/documents/:documentId/downloads/:token',
    description: "downloads a charge's document (its QR image), the charge's download_uri",
    auth: 'none',
  },
  {
    method: 'GET',
    path: '/wallet/:chargeId',
    description: "the wallet app's payment page for a charge",
    auth: 'none',
    html: true,
  },
  {
    method: 'POST',
    path: '/wallet/:chargeId/pay',
    description: 'the customer pays in the wallet',
    auth: 'none',
    html: true,
  },
  {
    method: 'POST',
    path: '/wallet/:chargeId/fail',
    description: 'the customer declines in the wallet',
    auth: 'none',
    html: true,
  },
  {
    method: 'GET',
    path: '/payments/:reference/authorize',
    description:
      "A redirect method's authorize page (TrueMoney, the banking apps, the wallets, Atome), or a card charge's 3-D Secure page (authorize_uri)",
    auth: 'none',
    html: true,
  },
  {
    method: 'POST',
    path: '/payments/:reference/otp',
    description: 'the customer enters the OTP',
    auth: 'none',
    html: true,
  },
  {
    method: 'POST',
    path: '/payments/:reference/complete',
    description: 'the customer completes the payment, or passes or fails 3-D Secure',
    auth: 'none',
    html: true,
  },
];
