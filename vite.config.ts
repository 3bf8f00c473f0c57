import { defineConfig } from 'vite';

// base './' makes the built site work from any sub-path (a school's intranet folder, a USB stick).
export default defineConfig({
  base: './',
  build: { target: 'es2022', sourcemap: true },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
