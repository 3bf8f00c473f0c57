import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**'],
    server: { deps: { external: [/node_modules\/phaser/] } },
  },
});
