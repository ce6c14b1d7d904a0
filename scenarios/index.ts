export type { ScenarioCommand, StepJson } from './commands/scenario-command.js';
export { httpMerchant } from './http-merchant.js';
export { type InProcessApp, inProcessRequest } from './in-process-request.js';
export { builtInInvariants } from './invariants/index.js';
export type { Invariant, OrderSnapshot, StepContext } from './invariants/invariant.js';
export { type MerchantHook, merchantHooks } from './merchant-hooks.js';
export { type MerchantRequest, merchantProtocol } from './merchant-protocol.js';
export type {
  CheckoutOrder,
  MerchantOrder,
  MerchantOrderStatus,
  MerchantUnderTest,
  SimulatorAccess,
  WebhookTarget,
} from './merchant-under-test.js';
export type { MerchantAbilities, ModelOrder, ScenarioModel } from './model.js';
export { type ReplayOptions, replayScenario } from './replay-scenario.js';
export { type FailureNotes, ScenarioFailure } from './report/scenario-failure.js';
export { readScenarioFile, type ScenarioFile } from './report/scenario-file.js';
export {
  runMerchantScenarios,
  type ScenarioOptions,
  type ScenarioProgress,
  type ScenarioSummary,
} from './run-merchant-scenarios.js';
export type { SimulatorChoice } from './world/connect-simulator.js';
export { InvariantViolation, type ViolationContext } from './world/invariant-violation.js';
export { DEFAULT_GRACE_MS, type ScenarioWorld } from './world/scenario-world.js';
