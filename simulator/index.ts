export { createSimulator } from './create-simulator.js';
export type { ListenOptions, RunningServer, Simulator, SimulatorOptions } from './create-simulator.js';
export type { Account } from './account/account.js';
export { paymentMethods, findPaymentMethod } from './domain/methods/index.js';
export type { PaymentMethod } from './domain/methods/payment-method.js';
export { errorCodes } from './errors/error-codes.js';
export { messages } from './errors/messages.js';
export type { ApiVersion } from './render/api-version.js';
