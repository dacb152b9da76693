/**
 * Headers the preview server sends, and that a static host should send (README, "Deploying"),
 * and the preview server's static-hosting rules. `connect-src`/`img-src` allow, beyond the page's
 * own origin, only the hosts of the online basemaps the app offers ({@link basemapOrigins}, derived
 * from `src/map/basemaps.ts`, so one list drives both); the default embedded basemap never leaves it.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { basemapOrigins as originsOf } from '../src/map/basemaps.ts';

/**
 * The origins (`https://host`) the online basemap definitions load from, sorted: the OSM style's
 * host and every tile host of the Tianditu style.
 */
export function basemapOrigins(): string[] {
  // The default OSM style's host and every Tianditu tile host (a key only switches it on).
  return originsOf({ VITE_TIANDITU_KEY: 'key' }).sort();
}

const ORIGINS = basemapOrigins().join(' ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${ORIGINS}`,
    `connect-src 'self' ${ORIGINS}`,
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** How long a browser may keep a content-hashed file (`/assets/…`) without asking again. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/**
 * Static-hosting rules for `vite preview` (a static host should follow them too, see README):
 * - a missing file under `/data/` or `/assets/` is a 404, not `index.html` with 200 (the app then
 *   names the missing file instead of failing to parse a web page)
 * - files under `/assets/` carry a content hash in their name: cached as {@link IMMUTABLE_CACHE}
 */
export function staticHosting(): Plugin {
  return {
    name: 'yangpu-static-hosting',
    configurePreviewServer(server) {
      const outDir = path.resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        let pathname: string;
        try {
          pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
        } catch {
          pathname = '';
        }
        if (!/^\/(data|assets)\//.test(pathname)) return next();
        const file = path.resolve(outDir, `.${pathname}`);
        const inside = file.startsWith(`${outDir}${path.sep}`);
        if (!inside || !existsSync(file) || !statSync(file).isFile()) {
          res.statusCode = 404;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end('Not found');
          return;
        }
        if (pathname.startsWith('/assets/')) res.setHeader('Cache-Control', IMMUTABLE_CACHE);
        next();
      });
    },
  };
}
