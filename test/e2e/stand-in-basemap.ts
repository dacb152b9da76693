import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * A stand-in for an online basemap host, on 127.0.0.1 (never the internet): a style.json with one
 * raster source, its tiles and an attribution. The test build points the OSM option at it
 * (`VITE_OSM_STYLE_URL`, set by playwright.config.ts). `mode` makes it fail on demand.
 */
export interface StandInBasemap {
  origin: string;
  /** Paths requested so far, in order. */
  requests: string[];
  mode: 'ok' | 'error-500' | 'hang';
  close(): Promise<void>;
}

/** Where the test build expects the stand-in: the E2E port + 10 unless E2E_STANDIN_PORT says otherwise. */
export function standInPort(): number {
  return Number(process.env.E2E_STANDIN_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 10);
}
export const standInOrigin = (): string => `http://127.0.0.1:${standInPort()}`;
export const STAND_IN_ATTRIBUTION = 'Stand-in tiles for tests';

/** A 1×1 opaque PNG: MapLibre stretches it over the tile. */
const TILE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export async function startStandInBasemap(port = standInPort()): Promise<StandInBasemap> {
  const origin = `http://127.0.0.1:${port}`;
  const sockets = new Set<Socket>();
  const stand: StandInBasemap = {
    origin,
    requests: [],
    mode: 'ok',
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  const style = {
    version: 8,
    name: 'Stand-in basemap',
    sources: {
      standin: { type: 'raster', tiles: [`${origin}/tiles/{z}/{x}/{y}.png`], tileSize: 256, maxzoom: 19, attribution: STAND_IN_ATTRIBUTION },
    },
    layers: [
      { id: 'standin-background', type: 'background', paint: { 'background-color': '#dde8f0' } },
      { id: 'standin-raster', type: 'raster', source: 'standin' },
    ],
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', origin).pathname;
    stand.requests.push(path);
    if (stand.mode === 'hang') return; // never answers; closed with the server
    const cors = { 'Access-Control-Allow-Origin': '*' };
    if (stand.mode === 'error-500') {
      res.writeHead(500, { ...cors, 'Content-Type': 'text/plain' }).end('stand-in failure');
    } else if (path === '/style.json') {
      res.writeHead(200, { ...cors, 'Content-Type': 'application/json' }).end(JSON.stringify(style));
    } else if (/^\/tiles\/\d+\/\d+\/\d+\.png$/.test(path)) {
      res.writeHead(200, { ...cors, 'Content-Type': 'image/png' }).end(TILE);
    } else {
      res.writeHead(404, cors).end();
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return stand;
}
