import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The bench's own pages (no app code): `baseline/index.html`, a bare MapLibre map drawing the
// project layers, and `scale.html`, MapLibre + deck.gl with N synthetic features. Built into
// bench/.dist-baseline/ (git-ignored); data is served by bench/lib/server.ts under /data/.
const root = resolve(import.meta.dirname);
export default defineConfig({
  root,
  base: '/',
  logLevel: 'warn',
  publicDir: false,
  build: {
    outDir: resolve(root, '.dist-baseline'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: { baseline: resolve(root, 'baseline/index.html'), scale: resolve(root, 'scale.html') } },
  },
});
