import { defineConfig } from 'vitest/config';

// One project per suite, so `npx vitest --project simulator` runs one of them.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'simulator', include: ['simulator/**/*.test.ts'] } },
      { test: { name: 'fixtures', include: ['fixtures/**/*.test.ts'] } },
    ],
  },
});
