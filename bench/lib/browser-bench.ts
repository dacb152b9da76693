/**
 * Browser measurements: time to first useful idle (app vs bare MapLibre), bytes before idle,
 * interaction at scale (bench/scale.html), and frame times during a tour-like flight.
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type BrowserServer, type Page } from 'playwright-core';
import type { Response as PlaywrightResponse } from 'playwright-core';
import { median, p95 } from './stats.ts';

export const VIEWPORT = { width: 1280, height: 800 };

/** A page profile: the desktop window, or a phone (small screen, 4× slower CPU, mobile network). */
export type Profile = 'desktop' | 'phone';
export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  cpuSlowdown: 4,
  /** CDP Network.emulateNetworkConditions: ~9 Mbit/s down, 3 Mbit/s up, 150 ms round trip. */
  network: {
    offline: false,
    latency: 150,
    downloadThroughput: (9 * 1024 * 1024) / 8,
    uploadThroughput: (3 * 1024 * 1024) / 8,
  },
};

/** Milliseconds since navigation of the page's `first-map` mark, or undefined before it. */
const FIRST_MAP = () => performance.getEntriesByName('first-map')[0]?.startTime;

/** A fresh context and page for a profile; on a phone, CPU and network are throttled through CDP. */
async function openPage(browser: Browser, profile: Profile): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(
    profile === 'phone'
      ? { viewport: PHONE.viewport, deviceScaleFactor: PHONE.deviceScaleFactor, isMobile: true, hasTouch: true }
      : { viewport: VIEWPORT },
  );
  await offline(context);
  const page = await context.newPage();
  if (profile === 'phone') {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', PHONE.network);
  }
  return { context, page };
}

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

/**
 * One cold page load (fresh context) until the page's `performance.mark('first-map')`: the app
 * sets it in the first frame that draws every project layer (src/map/map-view.tsx), the bare
 * page in the first frame that draws its three sources (bench/baseline/main.ts) — the same moment.
 */
export async function loadToIdle(
  browser: Browser,
  url: string,
  collectBytes: boolean,
  profile: Profile = 'desktop',
): Promise<LoadResult> {
  const { context, page } = await openPage(browser, profile);
  const seen: { url: string; at: number; response: PlaywrightResponse }[] = [];
  if (collectBytes) {
    const onResponse = (response: PlaywrightResponse) => {
      if (response.url().startsWith('http')) seen.push({ url: response.url(), at: Date.now(), response });
    };
    context.on('response', onResponse);
  }
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(FIRST_MAP, undefined, { timeout: 120_000, polling: 50 });
    const { idleMs, origin } = await page.evaluate(() => ({
      idleMs: performance.getEntriesByName('first-map')[0]!.startTime,
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

/** The approaches bench/scale.ts compares, in the order they run (deck.gl last: it may not finish). */
export const SCALE_MODES = ['redraw', 'expression', 'setdata', 'gpu', 'rebuild'] as const;
export type ScaleMode = (typeof SCALE_MODES)[number];

export interface ScaleResult {
  n: number;
  viewport: { width: number; height: number };
  loadMs: number;
  /** Per approach, one sample per filter change; absent when it did not finish in time. */
  samples: Partial<Record<ScaleMode, Sample[]>>;
  /** Features drawn with the narrow selection, per approach (1k only). */
  drawn: Partial<Record<ScaleMode, number>>;
  /** Why an approach is missing (over its time limit, a page error). */
  errors: string[];
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
 * software GL busy for minutes, so each approach gets `timeoutMs`; past it that browser is killed
 * (not just closed) and the approaches measured so far are kept.
 */
export async function scaleRun(
  launch: () => Promise<BrowserServer>,
  base: string,
  n: number,
  reps: number,
  check: boolean,
  timeoutMs: number,
  viewport = SCALE_VIEWPORT,
): Promise<ScaleResult> {
  const result: ScaleResult = { n, viewport, loadMs: NaN, samples: {}, drawn: {}, errors: [] };
  const server = await launch();
  const within = async <T>(what: string, work: Promise<T>): Promise<T> => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: over ${timeoutMs / 1000} s`)), timeoutMs);
    });
    try {
      return await Promise.race([work, limit]);
    } finally {
      clearTimeout(timer);
    }
  };
  let healthy = true;
  try {
    const browser = await chromium.connect(server.wsEndpoint());
    const context = await browser.newContext({ viewport });
    await offline(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/scale.html?n=${n}`);
    await page.waitForFunction(() => Boolean((window as unknown as Partial<BenchWindow>).__bench), undefined, {
      timeout: 60_000,
    });
    result.loadMs = await within(
      'load',
      page.evaluate(() => (window as unknown as BenchWindow).__bench.ready()),
    );
    for (const mode of SCALE_MODES) {
      try {
        result.samples[mode] = await within(
          mode,
          page.evaluate(([m, r]) => (window as unknown as BenchWindow).__bench.measure(m as string, r as number), [
            mode,
            reps,
          ] as const),
        );
        if (check && mode !== 'redraw')
          result.drawn[mode] = await page.evaluate(() => (window as unknown as BenchWindow).__bench.drawnCount());
      } catch (e) {
        result.errors.push((e as Error).message);
        healthy = false;
        break; // the page is still busy: the remaining approaches cannot be measured in it
      }
      if (errors.length) result.errors.push(...errors.splice(0));
    }
    if (healthy) await browser.close();
  } catch (e) {
    result.errors.push((e as Error).message);
    healthy = false;
  } finally {
    if (healthy) await server.close();
    else await server.kill();
  }
  return result;
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

/** A cold page until its first map and the following idle, kept open for further work; close its context after. */
export async function openIdle(browser: Browser, url: string): Promise<{ page: Page; context: BrowserContext }> {
  const { context, page } = await openPage(browser, 'desktop');
  await page.goto(url);
  await page.waitForFunction(FIRST_MAP, undefined, { timeout: 60_000 });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__yangpu!.map;
        if (map.loaded()) resolve();
        else map.once('idle', () => resolve());
      }),
  );
  return { page, context };
}
