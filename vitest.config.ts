import { defineConfig } from 'vitest/config';

// Unit, golden and property tests. Browser tests live in test/e2e and run through vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
  },
});
