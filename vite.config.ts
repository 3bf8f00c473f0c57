import { defineConfig, type Plugin } from 'vite';

/**
 * The built site runs under a Content-Security-Policy: no inline script, nothing fetched or sent
 * outside the site. (Only the build: the development server injects inline scripts of its own.)
 */
const CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data: blob:", "connect-src 'self'",
  "worker-src 'self' blob:", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'take-the-floor-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

// base './' makes the built site work from any sub-path (a school's intranet folder, a USB stick).
export default defineConfig({
  base: './',
  plugins: [contentSecurityPolicy()],
  build: { target: 'es2022', sourcemap: true },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
