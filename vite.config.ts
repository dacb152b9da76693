import { defineConfig, loadEnv } from 'vite';
import solid from 'vite-plugin-solid';
import { viteStaticCopy } from 'vite-plugin-static-copy';
import { basemapOrigins } from './src/map/basemaps.ts';
import { SECURITY_HEADERS, staticHosting } from './scripts/security-headers.ts';

/**
 * The preview server's headers, with the hosts of this build's online basemaps added to
 * `img-src`/`connect-src` where not already allowed (the test build's stand-in basemap on
 * http://127.0.0.1 is the one that needs it today).
 */
function headersFor(origins: string[]): Record<string, string> {
  const csp = SECURITY_HEADERS['Content-Security-Policy']!.split('; ').map((d) =>
    /^(img|connect)-src /.test(d)
      ? [
          d,
          ...origins.filter((o) => !d.split(' ').some((allowed) => allowed === o || allowed === new URL(o).protocol)),
        ].join(' ')
      : d,
  );
  return { ...SECURITY_HEADERS, 'Content-Security-Policy': csp.join('; ') };
}

// The built layers and the context basemap are served as static files under /data/, in dev and
// in the build alike, so the app fetches exactly what `npm run data` wrote — without the
// indentation that keeps the committed files reviewable (the same JSON, ~4 % fewer gzip bytes).
const minifyJson = (content: string) => JSON.stringify(JSON.parse(content));

export default defineConfig(({ mode }) => ({
  plugins: [
    solid(),
    staticHosting(),
    viteStaticCopy({
      targets: [
        { src: 'geodata/layers/*.{json,geojson}', dest: 'data/layers', transform: minifyJson },
        { src: 'geodata/context/*.geojson', dest: 'data/context', transform: minifyJson },
      ],
    }),
  ],
  // The day this build was made: exports and handouts print it beside the report's date.
  define: { 'import.meta.env.VITE_BUILD_DATE': JSON.stringify(new Date().toISOString().slice(0, 10)) },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 2000 },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: headersFor(basemapOrigins(loadEnv(mode, process.cwd(), 'VITE_'))),
  },
  server: { host: '127.0.0.1', port: 5173 },
}));
