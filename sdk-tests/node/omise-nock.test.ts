import { afterAll } from 'vitest';
import { interceptOmise } from '../../simulator/nock/index.js';
import { describeOmiseCardSdk } from './omise-card-suite.js';
import { describePromptPayFlow } from './omise-sdk-promptpay.js';
import { describeOmiseSdk } from './omise-sdk-suite.js';

// The omise npm SDK as a merchant's tests use it, untouched (no host, no scheme): nock hands every request
// for https://api.omise.co to an in-process simulator.
const sim = interceptOmise({ log: () => {} });
afterAll(() => sim.restore());

describeOmiseSdk('omise npm SDK through interceptOmise (nock, in-process)', () => ({
  config: {},
  ...sim.keys('sdk_node_nock'),
}));

describeOmiseCardSdk('omise npm SDK card flows through interceptOmise (nock, vault and API)', () => ({
  config: {},
  ...sim.keys('sdk_node_nock_cards'),
}));
describePromptPayFlow('a PromptPay checkout through interceptOmise (nock, in-process)', () => ({
  config: {},
  ...sim.keys('sdk_node_nock_promptpay'),
}));
