// The one table of Omise error codes the simulator returns: HTTP status and default message.
// Source: docs.opn.ooo/api-errors (section per status, "Default message"); statuses not listed there are assumed (FIDELITY.md).
export const errorCodes = {
  bad_request: { status: 400, message: 'bad request' },
  invalid_charge: { status: 400, message: 'invalid charge' },
  failed_refund: { status: 400, message: "charge can't be refunded" },
  failed_expire: { status: 400, message: 'expire failed' },
  failed_void: { status: 400, message: 'void failed' },
  expired_charge: { status: 400, message: 'charge expired' },
  failed_capture: { status: 400, message: 'failed capture' },
  invalid_card: { status: 400, message: 'invalid card' },
  used_token: { status: 400, message: 'token was already used' },
  missing_card: { status: 400, message: 'request contains no card parameters' },
  authentication_failure: { status: 401, message: 'authentication failed' },
  not_found: { status: 404, message: 'not found' },
  request_timeout: { status: 408, message: 'request timeout' },
  request_entity_too_large: { status: 413, message: 'request entity too large' },
  request_header_fields_too_large: { status: 431, message: 'request header fields too large' },
  too_many_requests: { status: 429, message: 'too many requests' },
  internal_error: { status: 500, message: 'internal error' },
  bad_gateway: { status: 502, message: 'bad gateway' },
  service_unavailable: { status: 503, message: 'service unavailable' },
} as const;

export type ErrorCode = keyof typeof errorCodes;

/** Every recorded error (omise-go, omise-java, omise-swift, omise-ruby `404-get.json`) links to docs.omise.co/api/errors. */
export function errorLocation(code: ErrorCode): string {
  return `https://docs.omise.co/api/errors#${code.replaceAll('_', '-')}`;
}
