import { defineConfig } from 'vitest/config';
import { languages } from './tools/build/languages';

export default defineConfig({
  // The interface's words and the scenario in each language, as the site has them (virtual:languages).
  plugins: [languages()],
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**'],
    setupFiles: ['tests/support/languageSetup.ts'],
    server: { deps: { external: [/node_modules\/phaser/] } },
  },
});
