import { defineConfig } from 'vite';

// Built files are served by the gateway at / (dashboard/nginx-location.conf): hashed assets under /assets/,
// index.html never cached. No inline script or style is emitted, so the page runs under a same-origin CSP.
export default defineConfig({
  base: '/',
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    modulePreload: { polyfill: false },
  },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true },
});
