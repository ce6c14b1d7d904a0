import { defineConfig } from 'vitest/config';

// One project per suite. `npm test` runs the suites that need only Node; `npm run test:browser` needs
// Debian's chromium; `npm run test:sdks` runs the official SDKs of other languages; `npm run test:proof`
// runs the long scenario proof (see README).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'simulator', include: ['simulator/**/*.test.ts'], exclude: ['**/*.browser.test.ts'] } },
      { test: { name: 'fixtures', include: ['fixtures/**/*.test.ts'] } },
      {
        test: {
          name: 'scenarios',
          include: ['scenarios/**/*.test.ts', 'examples/**/*.test.ts'],
          exclude: ['**/*.proof.test.ts'],
        },
      },
      // The long no-false-alarm proof: `npm run test:proof`.
      { test: { name: 'proof', include: ['**/*.proof.test.ts'], exclude: ['node_modules/**'] } },
      { test: { name: 'sdk-node', include: ['sdk-tests/node/**/*.test.ts'] } },
      {
        test: {
          name: 'browser',
          include: ['**/*.browser.test.ts'],
          exclude: ['node_modules/**'],
          testTimeout: 60000,
        },
      },
    ],
  },
});
