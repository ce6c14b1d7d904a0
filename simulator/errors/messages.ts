// Message templates, shared by the code that raises them and the tests that assert them.
// Phrasing follows real Omise messages where known (omise-woocommerce's localization table of API messages).
export const messages = {
  notFound: (resource: string, id: string) => `${resource} ${id} was not found`,
  pathNotFound: (method: string, path: string) => `${method} ${path} was not found`,
  cannotBeBlank: (field: string) => `${field} cannot be blank`,
  notAnInteger: (field: string) => `${field} must be an integer`,
  amountAtLeast: (min: number) => `amount must be at least ${min}`,
  // Real Omise says "amount must be less than N" (omise-ios parses `amount must be less than ([\d]+)`;
  // omise-woocommerce's table); limits here are inclusive, so N is one more than the largest amount taken.
  amountAtMost: (max: number) => `amount must be less than ${max + 1}`,
  currencyNotSupported: 'currency is currently not supported',
  typeNotSupported: 'type is currently not supported',
  phoneNumberInvalid: 'phone_number must contain 10-11 digit characters',
  returnUriInvalid: 'return uri is invalid',
  metadataNotHash: 'Metadata should be a JSON hash',
  invalidField: (field: string) => `${field} is invalid`,
  liveKeyRefused: 'omise-sim never accepts live keys: use a test key (pkey_test_... or skey_test_...)',
  malformedJson: 'request body is not valid JSON',
  notJson: (part: string, why: string) => `${part} is not valid JSON (${why})`,
  notUtf8: (part: string) => `${part} is not valid UTF-8`,
  invalidPercentEncoding: (part: string, component: string) =>
    `${part} has an invalid %-encoding (${component})`,
  sourceAlreadyUsed: 'source was already used',
  sourceMismatch: 'amount and currency must match the source',
  sourceTypeChargeOnly: (type: string) =>
    `${type} is created with the charge: pass source[type] and source[barcode]`,
  cardOrSource: 'give one of card, customer or source',
  cardNotOfCustomer: (card: string, customer: string) =>
    `card ${card} does not belong to customer ${customer}`,
  customerHasNoCard: 'customer has no card to charge',
  alreadyCaptured: 'charge was already captured',
  notCapturable: (status: string) => `charge is ${status}: only an uncaptured authorization can be captured`,
  captureAmountTooLarge: (amount: number) => `capture_amount must be at most the authorized ${amount}`,
  tokenAlreadyUsed: 'token was already used',
  emailInvalid: 'email is in invalid format',
  expiresAtOutOfRange: (minSeconds: number, maxSeconds: number) =>
    `expires_at must be between ${minSeconds} and ${maxSeconds} seconds from now`,
  chargeAlready: (status: string) => `charge is already ${status}`,
  failureCodeNotSupported: (type: string, codes: readonly string[]) =>
    `failure_code is not supported by ${type}: use one of ${codes.join(', ')}`,
  onlyPendingExpire: (status: string) => `charge is ${status}: only pending charges can be expired`,
  notReversible: "charge can't be reversed: only an uncaptured authorization can; refund a paid charge",
  refundWindowClosed: (days: number) => `charge can't be refunded: the ${days}-day refund window has closed`,
  refundExceeds: (remaining: number) =>
    `amount must be less than or equal to the refundable amount of ${remaining}`,
  partialRefundNotSupported: 'partial refunds are not supported by this payment method',
  clockSecondsInvalid: 'seconds must be a positive number',
  apiFaultStatus: 'status must be 429, 500 or 503 (or 502 with mode lost or held)',
  apiFaultMode: 'mode must be one of instead, lost, late, held',
  apiFaultOperation: 'operation must be one of create_charge, create_source, create_refund',
  apiFaultLate: 'mode late needs a delay_ms: how late the answer comes after the operation is applied',
  apiFaultLand: (max: number) => `land_after_seconds must be a number from 1 to ${max}`,
  apiFaultModeFields: (mode: string, field: string) => `mode ${mode} does not take ${field}`,
  apiFaultDelay: (maxMs: number) => `delay_ms must be between 0 and ${maxMs}`,
  apiFaultEmpty: 'an API fault needs a status or a delay_ms',
  tooManyApiFaults: (max: number) =>
    `an account holds at most ${max} API faults: DELETE /_sim/api_faults clears them`,
  tooManyHeldOperations: (max: number) =>
    `an account holds at most ${max} operations in flight (held faults waiting, with their count): ` +
    'advance the clock to land them, or DELETE /_sim/api_faults to drop the rules not met yet',
  injectedFault: 'omise-sim injected this error (/_sim/api_faults)',
  otpIncorrect: 'otp is incorrect: in test mode the page shows it',
  webhookSecretInvalid: (field: string) =>
    `${field} must be base64, as the dashboard shows it (e.g. c2VjcmV0)`,
  webhookUrlInvalid: (field: string) => `${field} must be an http or https URL`,
  eventKeysInvalid: (field: string) => `${field} must be a list of event keys such as charge.complete`,
  retryScheduleInvalid: (maxEntries: number, maxSeconds: number) =>
    `retry_schedule must be a list of at most ${maxEntries} numbers of seconds, each from 0 to ${maxSeconds}`,
  numberOutOfRange: (field: string, min: number, max: number) =>
    `${field} must be a number from ${min} to ${max}`,
  oneOf: (field: string, values: readonly string[]) => `${field} must be one of ${values.join(', ')}`,
  unknownParameter: (field: string) => `${field} is not a parameter of this endpoint`,
  urlAndEndpoints: 'give either url or endpoints, not both',
  faultUnknown: (values: readonly string[]) => `fault must be one of ${values.join(', ')}`,
  replayFileInvalid: (why: string) => `not a replay file: ${why}`,
  replayWithoutEndpoint: 'no webhook endpoint receives this event: pass url',
  malformedRequest: 'request is not valid HTTP/1.1',
  requestUrlInvalid: 'Host header or request URL is invalid',
  requestHeadersTooLarge: 'request headers are larger than the server takes',
  requestTimedOut: 'request was not received in time',
  snapshotFileTooLarge: (max: number) => `the snapshot file is larger than ${max} bytes`,
  snapshotTooManyValues: (max: number) =>
    `the snapshot file holds more than ${max} JSON values: import its accounts in several files`,
  snapshotImportsBusy: 'other large snapshot files are being imported: send this one when they are done',
  bodyCutShort: 'request body ended before its Content-Length or last chunk',
  bodyTooLarge: (maxBytes: number) => `request body is larger than ${maxBytes} bytes`,
  tooManyParams: (max: number) => `too many parameters: at most ${max}`,
  paramsTooDeep: (max: number) => `parameters are nested too deeply: at most ${max} levels`,
  keyTooLong: (max: number) => `a parameter name is longer than ${max} characters`,
  stringTooLong: (max: number) => `a parameter value is longer than ${max} characters`,
  // Rack's ParameterTypeError message, which Rails answers with a 400.
  paramTypeConflict: (expected: string, got: string, key: string) =>
    `expected ${expected} (got ${got}) for param \`${key}'`,
  metadataTooLarge: (maxBytes: number) => `metadata is larger than ${maxBytes} bytes`,
  tooManyWebhookEndpoints: (max: number) => `webhook_endpoints must have at most ${max} URLs`,
  clockOutOfRange: (from: string, to: string) => `the clock must stay between ${from} and ${to}`,
} as const;
