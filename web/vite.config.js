// The UI is served by `allegiance serve` from the files embedded in the binary: relative asset
// paths, no inline scripts (the server's Content-Security-Policy forbids them), everything bundled.
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
    modulePreload: { polyfill: false },
  },
  server: {
    // `npm run dev` against a running `allegiance serve` on the default address.
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
