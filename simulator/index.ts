export type { Account } from './account/account.js';
export type { ListenOptions, RunningServer, Simulator, SimulatorOptions } from './create-simulator.js';
export { createSimulator } from './create-simulator.js';
export type { QrPayloadMode } from './documents/qr-payload.js';
export type { CountryCode } from './domain/country/account-country.js';
export { findPaymentMethod, paymentMethods } from './domain/methods/index.js';
export type { PaymentMethod } from './domain/methods/payment-method.js';
export { errorCodes } from './errors/error-codes.js';
export { messages } from './errors/messages.js';
export type { RequestLimits } from './http/limits/request-limits.js';
export { DEFAULT_REQUEST_LIMITS } from './http/limits/request-limits.js';
export { testOtp } from './pages/test-otp.js';
export type { ApiVersion } from './render/api-version.js';
export type { AccountSnapshot, SnapshotFile } from './snapshot/snapshot-file.js';
export type { ImportOptions, Snapshots } from './snapshot/snapshots.js';
export { SnapshotLoadError } from './snapshot/snapshots.js';
export type { DeliveryAttempt } from './webhooks/delivery/delivery-attempt.js';
export type { DeliveryStatus } from './webhooks/delivery/delivery-status.js';
export type { FaultConfig, FaultName, FaultRule } from './webhooks/faults/fault-config.js';
export type { RecordedDelivery, ReplayEvent, ReplayFile } from './webhooks/replay/replay-file.js';
export { readReplayFile } from './webhooks/replay/replay-file.js';
export { sendReplayFile } from './webhooks/replay/send-replay-file.js';
export type { WebhookSettings } from './webhooks/settings/webhook-settings.js';
export type {
  HeadersLike,
  SignatureCheck,
  SignatureCheckOptions,
} from './webhooks/signature/check-omise-signature.js';
export { checkOmiseSignature } from './webhooks/signature/check-omise-signature.js';
export { signPayload } from './webhooks/signature/sign-payload.js';
export { verifyOmiseSignature } from './webhooks/signature/verify-omise-signature.js';
export type { SimulatorWebhooks } from './webhooks/simulator-webhooks.js';
