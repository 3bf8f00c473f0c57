import { defineConfig } from 'vitest/config';

// Browser tests play the built site in Debian's Chromium; run after `npm run build`.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
