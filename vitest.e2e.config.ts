import { defineConfig } from 'vitest/config';

// Browser tests against the built site served on 127.0.0.1 (see test/e2e/harness.ts).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
