import { defineConfig } from 'vitest/config';

// One project per suite. `npm test` runs the suites that need only Node; `npm run test:browser` needs
// Debian's chromium; `npm run test:sdks` runs the official SDKs of other languages; `npm run test:proof`
// runs the long scenario proof (see README).
// No test may depend on the machine's speed: vitest's 5 s default fails on a busy 2-core machine, so every
// project waits generously (tests wait on conditions, never on sleeps; long runs set their own timeouts).
const generous = { testTimeout: 60_000, hookTimeout: 60_000 };
// The files of a project with `isolate: false` share each worker's module graph, so the simulator's modules are
// loaded once per worker instead of once per file: that halved the CPU time of `npm test`. Their files only
// share what is safe to share: fake timers are put back after each test (scheduler.test.ts), no file changes
// the environment, and the one file with a module mock (document-images.test.ts) imports the simulator after
// vi.resetModules(), so that its mock reaches the encoder document-images.ts loads once and keeps.
// sdk-node (nock patches node:http, and its files differ in what they import first) and packaging keep one
// module graph per file. Their files load the simulator's lazily loaded modules first (preload-lazy-modules.ts):
// a module first fetched after its file ended would stay failed for the rest of the worker.
const shared = { isolate: false, setupFiles: ['simulator/test-support/preload-lazy-modules.ts'] };

export default defineConfig({
  test: {
    // The tests that start `omise-sim` run the CLI bundled once per run from the sources (as the bin is built),
    // not the sources through tsx: see simulator/cli/test-support/cli-bundle-setup.ts.
    globalSetup: ['simulator/cli/test-support/cli-bundle-setup.ts'],
    // Two test files per core: many files spend their time waiting on processes they spawn (the CLI, a Python
    // merchant, a clean build, PGlite starting), and one file per core left the cores idle half of `npm test`.
    maxWorkers: '200%',
    projects: [
      {
        test: {
          name: 'simulator',
          include: ['simulator/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', '**/*.multi-instance.test.ts'],
          ...shared,
          ...generous,
        },
      },
      { test: { name: 'fixtures', include: ['fixtures/**/*.test.ts'], ...shared, ...generous } },
      {
        test: {
          name: 'scenarios',
          include: ['scenarios/**/*.test.ts', 'examples/**/*.test.ts'],
          exclude: ['**/*.proof.test.ts'],
          ...shared,
          ...generous,
        },
      },
      // The long no-false-alarm proof: `npm run test:proof`.
      { test: { name: 'proof', include: ['**/*.proof.test.ts'], exclude: ['node_modules/**'], ...generous } },
      // Three CLI processes on one PostgreSQL database: `npm run test:multi-instance`.
      {
        test: { name: 'multi-instance', include: ['simulator/**/*.multi-instance.test.ts'], ...generous },
      },
      { test: { name: 'packaging', include: ['packaging/**/*.test.ts'], ...generous } },
      // The benches' own parsing (never their timings: speed is measured by `npm run bench`, not by tests).
      { test: { name: 'bench', include: ['bench/**/*.test.ts'], ...generous } },
      { test: { name: 'sdk-node', include: ['sdk-tests/node/**/*.test.ts'], ...generous } },
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
