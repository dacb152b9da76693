import { defineConfig, loadEnv } from 'vite';
import solid from 'vite-plugin-solid';
import { viteStaticCopy } from 'vite-plugin-static-copy';
import { basemapOrigins } from './src/map/basemaps.ts';
import { SECURITY_HEADERS } from './scripts/security-headers.ts';

/**
 * The preview server's headers, with the hosts of this build's online basemaps added to
 * `img-src`/`connect-src` (the test build's stand-in basemap on 127.0.0.1 among them).
 */
function headersFor(origins: string[]): Record<string, string> {
  const csp = SECURITY_HEADERS['Content-Security-Policy']!.split('; ').map((d) =>
    /^(img|connect)-src /.test(d) ? [d, ...origins.filter((o) => !d.split(' ').includes(o))].join(' ') : d,
  );
  return { ...SECURITY_HEADERS, 'Content-Security-Policy': csp.join('; ') };
}

// The built layers and the context basemap are served as static files under /data/, in dev and
// in the build alike, so the app fetches exactly what `npm run data` wrote.
export default defineConfig(({ mode }) => ({
  plugins: [
    solid(),
    viteStaticCopy({
      targets: [
        { src: 'geodata/layers/*.{json,geojson}', dest: 'data/layers' },
        { src: 'geodata/context/*.geojson', dest: 'data/context' },
      ],
    }),
  ],
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 2000 },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: headersFor(basemapOrigins(loadEnv(mode, process.cwd(), 'VITE_'))),
  },
  server: { host: '127.0.0.1', port: 5173 },
}));
