/**
 * A tiny static file server on 127.0.0.1 for the bench (no compression, no caching headers:
 * every page load is cold). `mounts` maps URL prefixes to folders, longest prefix first; an
 * unknown path without an extension falls back to the first mount's index.html (the app's
 * routing is in the query string, but be safe).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export function serveStatic(port: number, mounts: [prefix: string, dir: string][]): Promise<StaticServer> {
  const sorted = mounts
    .map(([p, d]) => [p, path.resolve(d)] as [string, string])
    .sort((a, b) => b[0].length - a[0].length);
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file: string | null = null;
    for (const [prefix, dir] of sorted) {
      if (!pathname.startsWith(prefix)) continue;
      const candidate = path.join(dir, pathname.slice(prefix.length));
      if (!candidate.startsWith(path.resolve(dir))) break;
      if (existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
      else if (existsSync(path.join(candidate, 'index.html'))) file = path.join(candidate, 'index.html');
      break;
    }
    if (!file && !path.extname(pathname)) file = path.join(mounts[0]![1], 'index.html');
    if (!file || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      }),
    );
  });
}
