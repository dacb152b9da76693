import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { viteStaticCopy } from 'vite-plugin-static-copy';
import { SECURITY_HEADERS } from './scripts/security-headers.ts';

// The built layers and the context basemap are served as static files under /data/, in dev and
// in the build alike, so the app fetches exactly what `npm run data` wrote.
export default defineConfig({
  plugins: [
    solid(),
    viteStaticCopy({
      targets: [
        { src: 'geodata/layers/*.{json,geojson}', dest: 'data/layers' },
        { src: 'geodata/context/*.geojson', dest: 'data/context' },
      ],
    }),
  ],
  // The day this build was made: exports and handouts print it beside the report's date.
  define: { 'import.meta.env.VITE_BUILD_DATE': JSON.stringify(new Date().toISOString().slice(0, 10)) },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 2000 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: SECURITY_HEADERS },
  server: { host: '127.0.0.1', port: 5173 },
});
