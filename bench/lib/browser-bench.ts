/**
 * Browser measurements: time to first useful idle (app vs bare MapLibre), bytes before idle,
 * interaction at scale (bench/scale.html), and frame times during a tour-like flight.
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type BrowserServer, type Page } from 'playwright-core';
import { median, p95 } from './stats.ts';
import type { Response as PlaywrightResponse } from 'playwright-core';

export const VIEWPORT = { width: 1280, height: 800 };

/**
 * Installed before any page script: catches `window.__yangpu = {...}` as the page sets it and
 * listens to every `idle` of the map. The first idle at which the project layers are drawn is
 * stored as `window.__benchIdle` (ms since navigation start). For the app "drawn" means the deck.gl
 * layers projects-{areas,lines,points} exist, hold their features and are loaded; for the
 * baseline, that its three GeoJSON sources are loaded.
 */
// Plain JavaScript text, not a function: tsx would add helpers (`__name`) the page lacks.
const IDLE_PROBE = `(() => {
  let store;
  const ready = (v) => {
    const map = v.map;
    if (map.getSource('points')) {
      return ['areas', 'lines', 'points'].every((id) => map.isSourceLoaded(id) && map.querySourceFeatures(id).length > 0);
    }
    const deck = v.overlay && v.overlay._deck;
    const layers = (deck && deck.layerManager && deck.layerManager.getLayers()) || [];
    return ['projects-areas', 'projects-lines', 'projects-points'].every((id) => {
      const l = layers.find((x) => x.id === id);
      return Boolean(l && l.isLoaded && l.props.data && l.props.data.features && l.props.data.features.length > 0);
    });
  };
  Object.defineProperty(window, '__yangpu', {
    configurable: true,
    get: () => store,
    set: (v) => {
      store = v;
      if (!v || !v.map || window.__benchHooked) return;
      window.__benchHooked = true;
      v.map.on('idle', () => {
        if (window.__benchIdle === undefined && ready(store)) window.__benchIdle = performance.now();
      });
    },
  });
})();`;

export interface LoadResult {
  idleMs: number;
  /** Wall-clock epoch (ms) of the idle. */
  idleEpoch: number;
  transfers: Transfer[];
  errors: string[];
}

export interface Transfer {
  url: string;
  /** Path relative to the origin. */
  path: string;
  bytes: number;
  gzip: number;
  beforeIdle: boolean;
}

/** Aborts requests that leave 127.0.0.1 (the app must work offline). */
async function offline(context: BrowserContext): Promise<void> {
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
    return route.abort('internetdisconnected');
  });
}

/** One cold page load (fresh context) until the first useful idle. */
export async function loadToIdle(browser: Browser, url: string, collectBytes: boolean): Promise<LoadResult> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await offline(context);
  await context.addInitScript({ content: IDLE_PROBE });
  const seen: { url: string; at: number; response: PlaywrightResponse }[] = [];
  if (collectBytes) {
    const onResponse = (response: PlaywrightResponse) => {
      if (response.url().startsWith('http')) seen.push({ url: response.url(), at: Date.now(), response });
    };
    context.on('response', onResponse);
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => (window as unknown as { __benchIdle?: number }).__benchIdle !== undefined,
      undefined,
      { timeout: 60_000, polling: 50 },
    );
    const { idleMs, origin } = await page.evaluate(() => ({
      idleMs: (window as unknown as { __benchIdle: number }).__benchIdle,
      origin: performance.timeOrigin,
    }));
    const idleEpoch = origin + idleMs;
    const transfers: Transfer[] = [];
    if (collectBytes) {
      await page.waitForTimeout(300); // late responses still in flight are after idle anyway
      const byUrl = new Map<string, Transfer>();
      for (const s of seen) {
        if (byUrl.has(s.url)) continue;
        const body = await s.response.body().catch(() => Buffer.alloc(0));
        const requestStart = s.response.request().timing().startTime;
        const at = requestStart > 0 ? requestStart : s.at;
        byUrl.set(s.url, {
          url: s.url,
          path: new URL(s.url).pathname,
          bytes: body.length,
          gzip: gzipSync(body, { level: 9 }).length,
          beforeIdle: at <= idleEpoch,
        });
      }
      transfers.push(...byUrl.values());
    }
    return { idleMs, idleEpoch, transfers, errors };
  } finally {
    await context.close();
  }
}

export interface Sample {
  /** Main-thread ms: setProps + deck.gl layer update + the MapLibre frame drawing it. */
  work: number;
  /** ms from the change to the end of that frame (includes waiting for animation frames). */
  latency: number;
}

export interface ScaleResult {
  n: number;
  loadMs: number;
  /** Per sample: main-thread ms of setProps + synchronous frame, and ms until the next animation frame. */
  gpu: Sample[];
  rebuild: Sample[];
  redraw: Sample[];
  /** Features picked with the narrow selection: GPU filter vs rebuilt data (1k only; -1 = not checked). */
  drawnGpu: number;
  drawnRebuild: number;
}

type BenchWindow = {
  __bench: {
    ready: () => Promise<number>;
    measure: (m: string, r: number) => Promise<Sample[]>;
    drawnCount: () => number;
  };
};

/** The scale page's viewport: smaller than the app's, as software GL fills pixels on the CPU. */
export const SCALE_VIEWPORT = { width: 800, height: 500 };

/**
 * Interaction at scale on bench/scale.html?n=, in a browser of its own: a huge scene can keep
 * software GL busy for minutes, so past `timeoutMs` that browser is killed (not just closed).
 */
export async function scaleRun(
  launch: () => Promise<BrowserServer>,
  base: string,
  n: number,
  reps: number,
  check: boolean,
  timeoutMs: number,
): Promise<ScaleResult> {
  const server = await launch();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`scale.html?n=${n}: over ${timeoutMs / 1000} s`)), timeoutMs);
  });
  let done = false;
  try {
    const browser = await chromium.connect(server.wsEndpoint());
    const context = await browser.newContext({ viewport: SCALE_VIEWPORT });
    const result = await Promise.race([scaleRunIn(context, base, n, reps, check), limit]);
    done = true;
    await browser.close();
    return result;
  } finally {
    clearTimeout(timer);
    if (done) await server.close();
    else await server.kill();
  }
}

async function scaleRunIn(
  context: BrowserContext,
  base: string,
  n: number,
  reps: number,
  check: boolean,
): Promise<ScaleResult> {
  await offline(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  {
    await page.goto(`${base}/scale.html?n=${n}`);
    await page.waitForFunction(() => Boolean((window as unknown as Partial<BenchWindow>).__bench), undefined, {
      timeout: 60_000,
    });
    const loadMs = await page.evaluate(() => (window as unknown as BenchWindow).__bench.ready());
    const run = (mode: string) =>
      page.evaluate(([m, r]) => (window as unknown as BenchWindow).__bench.measure(m as string, r as number), [
        mode,
        reps,
      ] as const);
    const redraw = await run('redraw');
    const gpu = await run('gpu');
    // After an even number of alternations the last selection applied is the narrow one when reps is odd.
    const drawnGpu = check ? await page.evaluate(() => (window as unknown as BenchWindow).__bench.drawnCount()) : -1;
    const rebuild = await run('rebuild');
    const drawnRebuild = check
      ? await page.evaluate(() => (window as unknown as BenchWindow).__bench.drawnCount())
      : -1;
    if (errors.length) throw new Error(`scale.html?n=${n}: ${errors.join('; ')}`);
    return { n, loadMs, gpu, rebuild, redraw, drawnGpu, drawnRebuild };
  }
}

export interface FlightResult {
  frames: number;
  medianMs: number;
  p95Ms: number;
  durationMs: number;
}

/**
 * A tour-like flight on an already idle page: `flyTo` the given stop (centre, zoom, pitch,
 * bearing) as the tour does between stops, then back; frame time = interval between
 * consecutive `render` events while the camera moves.
 */
export async function flight(
  page: Page,
  stops: { center: [number, number]; zoom: number; pitch: number; bearing: number }[],
  durationMs: number,
): Promise<FlightResult> {
  // A string, not a function: tsx would add helpers (`__name`) the page lacks.
  const deltas = (await page.evaluate(`(async () => {
    const legs = ${JSON.stringify(stops)};
    const duration = ${durationMs};
    const map = window.__yangpu.map;
    const out = [];
    for (const leg of legs) {
      await new Promise((resolve) => {
        let last = -1;
        const onRender = () => {
          const now = performance.now();
          if (last >= 0) out.push(now - last);
          last = now;
        };
        const finish = () => {
          map.off('render', onRender);
          resolve();
        };
        map.on('render', onRender);
        map.once('moveend', finish);
        setTimeout(finish, duration + 30000); // never hang the bench
        map.flyTo({ ...leg, duration, essential: true });
      });
      await new Promise((r) => {
        if (map.loaded()) r();
        else map.once('idle', () => r());
        setTimeout(r, 30000);
      });
    }
    return out;
  })()`)) as number[];
  return { frames: deltas.length, medianMs: median(deltas), p95Ms: p95(deltas), durationMs };
}

/** A cold page until idle, kept open for further work; close its context after. */
export async function openIdle(browser: Browser, url: string): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await offline(context);
  await context.addInitScript({ content: IDLE_PROBE });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __benchIdle?: number }).__benchIdle !== undefined,
    undefined,
    { timeout: 60_000 },
  );
  return { page, context };
}
