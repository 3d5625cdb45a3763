import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // browser tests share one built site and one Chromium; keep files from fighting over the port
    fileParallelism: false,
  },
});
