/**
 * `npm run bench`: builds the app and the bench pages, then measures
 *   1. navigation → `first-map` mark (every project layer drawn): the app vs a bare MapLibre page
 *      drawing the same GeoJSON (bench/baseline/), alternating, on a desktop profile and on a
 *      phone profile (390×844, CPU 4× slower, ~9 Mbit/s with 150 ms latency);
 *   2. bytes (gzip) transferred before that mark, by kind, against bench/budget.json (absolute
 *      and as a ratio to the bare page), and which chunks load later (bench/chunks.md);
 *   3. interaction at scale (bench/scale.html): filter change → frame at 1k/10k/100k features,
 *      MapLibre filter expression (the app) vs MapLibre setData vs deck.gl GPU filter vs deck.gl
 *      rebuild; nearby queries (Node): spatial index vs brute force;
 *   4. `npm run data` time on the catalog ×1, ×10, ×100;
 *   5. frame times during a tour-like flight, app vs baseline.
 * Prints a table and machine details, writes bench/results/latest.json and bench/chunks.md. Exit
 * code 1 when a byte budget is blown or a lazy chunk loads before the first map, 2 on a crash;
 * missed time targets are printed.
 *
 * Options: BENCH_RUNS (default 5) loads per page and profile; BENCH_QUICK=1 skips 100k and the
 * data build ×100; BENCH_ONLY=load,scale,tour,nearby,data runs only those parts (while iterating).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser } from 'playwright-core';
import { parse } from 'yaml';
import { CHROMIUM_ARGS, chromiumExecutable, cjkFontconfig } from '../test/e2e/browser.ts';
import {
  flight,
  loadToIdle,
  openIdle,
  PHONE,
  scaleRun,
  SCALE_MODES,
  type FlightResult,
  type LoadResult,
  type Profile,
  type ScaleMode,
  type ScaleResult,
  type Transfer,
} from './lib/browser-bench.ts';
import { analyseChunks, chunkTable } from './lib/chunks.ts';
import { timeDataBuild, type DataBuildRun } from './lib/data-build.ts';
import { benchNearby, type NearbyRun } from './lib/nearby.ts';
import { serveStatic } from './lib/server.ts';
import { median } from './lib/stats.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
process.chdir(ROOT);
const APP_DIR = 'bench/.dist-app';
const BASE_DIR = 'bench/.dist-baseline';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const QUICK = process.env.BENCH_QUICK === '1';
const ONLY = new Set((process.env.BENCH_ONLY ?? 'load,scale,tour,nearby,data').split(','));
/** Ports of the bench's two static servers. */
const PORTS = { app: 4228, base: 4229 };
const started = performance.now();

interface Row {
  figure: string;
  value: string;
  baseline: string;
  ratio: string;
  target: string;
  pass: 'pass' | 'FAIL' | 'info' | 'OVER BUDGET';
}
const rows: Row[] = [];
const fmtMs = (ms: number) =>
  Number.isFinite(ms) ? (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 1 ? 3 : 1)} ms`) : 'n/a';
const fmtKB = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : 'n/a');
const log = (s: string) =>
  console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${s}`);

function machine(browserVersion: string) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGB: +(os.totalmem() / 2 ** 30).toFixed(1),
    loadAverage: os.loadavg().map((l) => +l.toFixed(2)),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: browserVersion,
    gl: 'SwiftShader (software) via ANGLE',
  };
}

function build(): void {
  log('building the app (vite build → bench/.dist-app) and the bench pages (→ bench/.dist-baseline)');
  const vite = path.resolve('node_modules/.bin/vite');
  // Hidden source maps: nothing in the served files points at them; bench/lib/chunks.ts reads them.
  // VITE_TEST_HOOKS: `window.__yangpu`, which the tour flight drives (a few hundred bytes).
  execFileSync(vite, ['build', '--outDir', APP_DIR, '--emptyOutDir', '--sourcemap', 'hidden', '--logLevel', 'warn'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, VITE_TEST_HOOKS: '1' },
  });
  execFileSync(vite, ['build', '-c', 'bench/vite.baseline.config.ts'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

/** 1 + 2: alternating cold loads in one profile; the first load of each page also records the bytes. */
async function timeToIdle(browser: Browser, appUrl: string, baseUrl: string, profile: Profile) {
  log(`${profile}: warm-up (one load of each, not counted)`);
  await loadToIdle(browser, appUrl, false, profile);
  await loadToIdle(browser, baseUrl, false, profile);
  const app: LoadResult[] = [];
  const base: LoadResult[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Alternate which page goes first in each pair.
    const order = i % 2 === 0 ? (['app', 'base'] as const) : (['base', 'app'] as const);
    for (const which of order) {
      if (which === 'app') app.push(await loadToIdle(browser, appUrl, app.length === 0, profile));
      else base.push(await loadToIdle(browser, baseUrl, base.length === 0, profile));
    }
    log(
      `${profile}: first map run ${i + 1}/${RUNS}: app ${fmtMs(app.at(-1)!.idleMs)}, baseline ${fmtMs(base.at(-1)!.idleMs)}`,
    );
  }
  return { app, base };
}

type Budget = {
  jsGzip: number;
  cssGzip: number;
  dataGzip: number;
  totalGzip: number;
  maxRatioToBare: number;
  lazy: string[];
};

function bytes(transfers: Transfer[], budget: Budget) {
  const kind = (p: string) =>
    /\.(m?js)$/.test(p) ? 'js' : p.endsWith('.css') ? 'css' : /\.(geo)?json$/.test(p) ? 'data' : 'other';
  const before = transfers.filter((t) => t.beforeIdle);
  const sum = (k: string) => before.filter((t) => kind(t.path) === k).reduce((s, t) => s + t.gzip, 0);
  const totals = {
    js: sum('js'),
    css: sum('css'),
    data: sum('data'),
    other: sum('other'),
    total: before.reduce((s, t) => s + t.gzip, 0),
  };
  const assets = readdirSync(path.join(APP_DIR, 'assets')).filter((f) => /\.m?js$/.test(f));
  const requested = new Set(before.map((t) => path.basename(t.path)));
  const lazyChunks = assets.filter((f) => !requested.has(f));
  const eager = [...requested].filter((f) => budget.lazy.some((prefix) => f.startsWith(prefix)));
  return {
    files: before
      .map(({ path: p, bytes: b, gzip }) => ({ path: p, kind: kind(p), bytes: b, gzip }))
      .sort((a, b) => b.gzip - a.gzip),
    totals,
    lazyChunks,
    eager,
    afterIdle: transfers.filter((t) => !t.beforeIdle).map((t) => t.path),
  };
}

/** A tour-like flight: the first two stops of the first tour, framed like the tour would. */
function tourLegs() {
  const tourFile =
    readdirSync('geodata/tours')
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .find((f) => f.startsWith('riverfront')) ?? 'achievements-2024.yaml';
  const tour = parse(readFileSync(path.join('geodata/tours', tourFile), 'utf8')) as {
    id: string;
    stops: { project: string; camera?: { pitch?: number; bearing?: number } }[];
  };
  const features = ['areas', 'lines', 'points'].flatMap(
    (l) =>
      (
        JSON.parse(readFileSync(`geodata/layers/${l}.geojson`, 'utf8')) as {
          features: { properties: { id: string }; geometry: unknown }[];
        }
      ).features,
  );
  const centreOf = (id: string): [number, number] | null => {
    const coords: number[][] = [];
    const walk = (c: unknown): void =>
      typeof (c as number[])[0] === 'number' ? void coords.push(c as number[]) : (c as unknown[]).forEach(walk);
    for (const f of features.filter((x) => x.properties.id === id))
      walk((f.geometry as { coordinates: unknown }).coordinates);
    if (!coords.length) return null;
    const xs = coords.map((c) => c[0]!);
    const ys = coords.map((c) => c[1]!);
    return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
  };
  const legs = tour.stops
    .map((s) => ({ c: centreOf(s.project), s }))
    .filter((x): x is { c: [number, number]; s: (typeof tour.stops)[number] } => x.c !== null)
    .slice(0, 3)
    .map(({ c, s }) => ({ center: c, zoom: 15, pitch: s.camera?.pitch ?? 40, bearing: s.camera?.bearing ?? -20 }));
  return { tour: tour.id, legs };
}

const kindTotals = (transfers: Transfer[]) => {
  const kind = (p: string) =>
    /\.(m?js)$/.test(p) ? 'js' : p.endsWith('.css') ? 'css' : /\.(geo)?json$/.test(p) ? 'data' : 'other';
  const before = transfers.filter((t) => t.beforeIdle);
  const sum = (k: string) => before.filter((t) => kind(t.path) === k).reduce((s, t) => s + t.gzip, 0);
  return { js: sum('js'), css: sum('css'), data: sum('data'), total: before.reduce((s, t) => s + t.gzip, 0) };
};

async function main(): Promise<number> {
  build();
  const budget = JSON.parse(readFileSync('bench/budget.json', 'utf8')) as Budget;
  const appServer = await serveStatic(PORTS.app, [['/', APP_DIR]]);
  const baseServer = await serveStatic(PORTS.base, [
    ['/', BASE_DIR],
    ['/data/layers/', 'geodata/layers'],
  ]);
  const launchOptions = {
    executablePath: await chromiumExecutable(),
    args: CHROMIUM_ARGS,
    env: { ...process.env, FONTCONFIG_FILE: cjkFontconfig() } as Record<string, string>,
  };
  const browser = await chromium.launch(launchOptions);
  const env = {
    ...machine(browser.version()),
    phone: `${PHONE.viewport.width}×${PHONE.viewport.height} @${PHONE.deviceScaleFactor}x, CPU ÷${PHONE.cpuSlowdown}, ${((PHONE.network.downloadThroughput * 8) / 2 ** 20).toFixed(0)} Mbit/s, ${PHONE.network.latency} ms`,
  };
  const idle: Partial<Record<Profile, Awaited<ReturnType<typeof timeToIdle>>>> = {};
  const scale: ScaleResult[] = [];
  let flights: { tour: string; app: FlightResult; base: FlightResult } | undefined;
  try {
    if (ONLY.has('load')) {
      for (const profile of ['desktop', 'phone'] as const)
        idle[profile] = await timeToIdle(browser, `${appServer.url}/`, `${baseServer.url}/baseline/`, profile);
    }
    if (ONLY.has('tour')) {
      const { tour, legs } = tourLegs();
      log(`tour flight (${tour}, ${legs.length} legs, 2.5 s each): app, then baseline`);
      const fly = async (url: string) => {
        const { page, context } = await openIdle(browser, url);
        try {
          return await flight(page, legs, 2500);
        } finally {
          await context.close();
        }
      };
      flights = { tour, app: await fly(`${appServer.url}/`), base: await fly(`${baseServer.url}/baseline/`) };
    }
    await browser.close();
    if (ONLY.has('scale')) {
      // 100k: a quarter of the pixels and three changes, so software GL finishes.
      for (const [n, reps, limit, viewport] of [
        [1_000, 9, 90_000, undefined],
        [10_000, 7, 90_000, undefined],
        [100_000, 3, 150_000, { width: 400, height: 250 }],
      ] as const) {
        if (QUICK && n > 10_000) continue;
        log(`interaction at scale: ${n} features (${SCALE_MODES.join(', ')})`);
        const r = await scaleRun(
          () => chromium.launchServer(launchOptions),
          baseServer.url,
          n,
          reps,
          n === 1_000,
          limit,
          viewport,
        );
        for (const e of r.errors) log(`  ${e}`);
        scale.push(r);
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
    await appServer.close();
    await baseServer.close();
  }

  const nearby: NearbyRun[] = [];
  if (ONLY.has('nearby')) {
    log('nearby queries (Node): index vs brute force');
    for (const [n, q, b] of [
      [1_000, 2000, 300],
      [10_000, 1000, 100],
      [100_000, 200, 15],
    ] as const) {
      if (QUICK && n > 10_000) continue;
      nearby.push(benchNearby(n, 1200, q, b));
    }
  }

  const data: DataBuildRun[] = [];
  if (ONLY.has('data')) {
    log('data build: npm run data on the catalog ×1, ×10, ×100');
    for (const f of QUICK ? [1, 10] : [1, 10, 100]) data.push(timeDataBuild('geodata', f, 180_000));
  }

  // ---- table
  const over: string[] = [];
  let b: ReturnType<typeof bytes> | undefined;
  let chunksMd = '';
  for (const profile of ['desktop', 'phone'] as const) {
    const run = idle[profile];
    if (!run) continue;
    const appMed = median(run.app.map((r) => r.idleMs));
    const baseMed = median(run.base.map((r) => r.idleMs));
    const target = 1.5; // issue 13: the first map within 1.5× of bare MapLibre, desktop and phone
    rows.push({
      figure: `${profile}: navigation → first map (median of ${RUNS})`,
      value: fmtMs(appMed),
      baseline: `${fmtMs(baseMed)} bare MapLibre`,
      ratio: ratio(appMed, baseMed),
      target: `≤ ${target.toFixed(2)}×`,
      pass: appMed / baseMed <= target ? 'pass' : 'FAIL',
    });
    const appBytes = kindTotals(run.app[0]!.transfers);
    const baseBytes = kindTotals(run.base[0]!.transfers);
    for (const k of ['js', 'css', 'data'] as const) {
      rows.push({
        figure: `${profile}: bytes before first map, ${k} (gzip)`,
        value: fmtKB(appBytes[k]),
        baseline: fmtKB(baseBytes[k]),
        ratio: ratio(appBytes[k], baseBytes[k]),
        target: '—',
        pass: 'info',
      });
    }
    const ok = appBytes.total / baseBytes.total <= budget.maxRatioToBare;
    if (!ok)
      over.push(
        `${profile}: total ${fmtKB(appBytes.total)} > ${budget.maxRatioToBare}× bare ${fmtKB(baseBytes.total)}`,
      );
    rows.push({
      figure: `${profile}: bytes before first map, total (gzip)`,
      value: fmtKB(appBytes.total),
      baseline: `${fmtKB(baseBytes.total)} bare`,
      ratio: ratio(appBytes.total, baseBytes.total),
      target: `≤ ${budget.maxRatioToBare.toFixed(2)}× bare`,
      pass: ok ? 'pass' : 'OVER BUDGET',
    });
    if (profile !== 'desktop') continue;
    b = bytes(run.app[0]!.transfers, budget);
    const budgetRow = (label: string, value: number, limit: number) => {
      const fine = limit > 0 && value <= limit;
      if (!fine) over.push(`${label} ${fmtKB(value)} > ${fmtKB(limit)}`);
      rows.push({
        figure: `bytes before first map, ${label} (gzip)`,
        value: fmtKB(value),
        baseline: '',
        ratio: limit > 0 ? ratio(value, limit) : 'n/a',
        target: `≤ ${fmtKB(limit)} budget`,
        pass: fine ? 'pass' : 'OVER BUDGET',
      });
    };
    budgetRow('JavaScript', b.totals.js, budget.jsGzip);
    budgetRow('CSS', b.totals.css, budget.cssGzip);
    budgetRow('data', b.totals.data, budget.dataGzip);
    budgetRow('total', b.totals.total, budget.totalGzip);
    rows.push({
      figure: 'lazy chunks (not loaded before the first map)',
      value: b.lazyChunks.join(', ') || 'none',
      baseline: '',
      ratio: '',
      target: `no ${budget.lazy.join('*, ')}* before it`,
      pass: b.eager.length ? 'OVER BUDGET' : 'pass',
    });
    if (b.eager.length) over.push(`eager lazy chunk(s): ${b.eager.join(', ')}`);
    const loaded = new Set(run.app[0]!.transfers.filter((t) => t.beforeIdle).map((t) => path.basename(t.path)));
    chunksMd = chunkTable(analyseChunks(path.join(APP_DIR, 'assets'), loaded), new Date().toISOString().slice(0, 10));
  }

  const LABEL: Record<ScaleMode, string> = {
    redraw: 'plain redraw (no change)',
    expression: 'MapLibre filter expression (the app)',
    setdata: 'MapLibre setData (rebuilt data)',
    gpu: 'deck.gl GPU filter',
    rebuild: 'deck.gl rebuilt data',
  };
  for (const s of scale) {
    const k = `${s.n / 1000}k`;
    const vp = `${s.viewport.width}×${s.viewport.height}`;
    const expr = s.samples.expression;
    for (const mode of SCALE_MODES) {
      const samples = s.samples[mode];
      if (!samples) {
        rows.push({
          figure: `filter → frame, ${k}, ${LABEL[mode]}`,
          value: 'did not finish',
          baseline: '',
          ratio: '',
          target: '—',
          pass: mode === 'expression' ? 'FAIL' : 'info',
        });
        continue;
      }
      const work = median(samples.map((x) => x.work));
      const latency = median(samples.map((x) => x.latency));
      rows.push({
        figure: `filter → frame, ${k} (${vp}), ${LABEL[mode]}: latency / main-thread work`,
        value: `${fmtMs(latency)} / ${fmtMs(work)}`,
        baseline: mode === 'expression' || !expr ? '' : `${fmtMs(median(expr.map((x) => x.latency)))} expression`,
        ratio: mode === 'expression' || !expr ? '' : ratio(latency, median(expr.map((x) => x.latency))),
        target: mode === 'expression' ? '≤ 16 ms work' : '—',
        pass: mode === 'expression' ? (work <= 16 ? 'pass' : 'FAIL') : 'info',
      });
    }
    const drawn = Object.entries(s.drawn);
    if (drawn.length)
      rows.push({
        figure: `features drawn with the narrow filter, ${k}, per approach`,
        value: drawn.map(([m, c]) => `${m} ${c}`).join(', '),
        baseline: '',
        ratio: '',
        target: 'all equal',
        pass: new Set(drawn.map(([, c]) => c)).size === 1 ? 'pass' : 'FAIL',
      });
  }
  for (const nb of nearby) {
    rows.push({
      figure: `nearby query ${nb.n / 1000}k, 1.2 km, all hits (median/query)`,
      value: `${fmtMs(nb.indexMedianMs)} index`,
      baseline: `${fmtMs(nb.bruteMedianMs)} brute force`,
      ratio: ratio(nb.indexMedianMs, nb.bruteMedianMs),
      target: '—',
      pass: nb.agree ? 'info' : 'FAIL',
    });
    rows.push({
      figure: `nearby query ${nb.n / 1000}k, 1.2 km, nearest 200 (the app's query)`,
      value: `${fmtMs(nb.limitedMedianMs)} index`,
      baseline: `${fmtMs(nb.bruteMedianMs)} brute force`,
      ratio: ratio(nb.limitedMedianMs, nb.bruteMedianMs),
      target: nb.n === 100_000 ? '≤ 10 ms' : '≤ 16 ms',
      pass: nb.limitedMedianMs <= (nb.n === 100_000 ? 10 : 16) && nb.agree ? 'pass' : 'FAIL',
    });
  }
  const d1 = data.find((d) => d.factor === 1);
  for (const d of data) {
    rows.push({
      figure: `npm run data, catalog ×${d.factor} (${d.records} records)`,
      value: d.ok ? fmtMs(d.seconds * 1000) : `failed: ${d.error ?? ''}`.slice(0, 60),
      baseline: d.factor === 1 ? '' : `×1: ${fmtMs((d1?.seconds ?? NaN) * 1000)}`,
      ratio: d.factor === 1 ? '' : ratio(d.seconds, d1?.seconds ?? NaN),
      target: d.factor === 1 ? '—' : `≤ ${d.factor}× (linear)`,
      pass: d.factor === 1 ? 'info' : d.ok && d.seconds / (d1?.seconds ?? Infinity) <= d.factor ? 'pass' : 'FAIL',
    });
  }
  if (flights) {
    rows.push({
      figure: `tour flight frame time, median (${flights.tour})`,
      value: fmtMs(flights.app.medianMs),
      baseline: fmtMs(flights.base.medianMs),
      ratio: ratio(flights.app.medianMs, flights.base.medianMs),
      target: '—',
      pass: 'info',
    });
    rows.push({
      figure: 'tour flight frame time, 95th percentile',
      value: fmtMs(flights.app.p95Ms),
      baseline: fmtMs(flights.base.p95Ms),
      ratio: ratio(flights.app.p95Ms, flights.base.p95Ms),
      target: '≤ 1.30×',
      pass: flights.app.p95Ms / flights.base.p95Ms <= 1.3 ? 'pass' : 'FAIL',
    });
  }

  // ---- print
  const seconds = (performance.now() - started) / 1000;
  console.log(
    '\nMachine:',
    Object.entries(env)
      .map(([k, v]) => `${k} ${Array.isArray(v) ? v.join('/') : v}`)
      .join(' · '),
  );
  const cols: (keyof Row)[] = ['figure', 'value', 'baseline', 'ratio', 'target', 'pass'];
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(width[i]!)).join(' | ')} |`;
  console.log(`\n${line(cols)}\n|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(cols.map((c) => r[c])));
  if (b) {
    console.log('\nBytes before the first map (desktop), by file (gzip -9):');
    for (const f of b.files)
      console.log(`  ${f.path.padEnd(52)} ${fmtKB(f.gzip).padStart(10)}  (${fmtKB(f.bytes)} raw)`);
    console.log(
      `  budget: JS ${fmtKB(budget.jsGzip)}, CSS ${fmtKB(budget.cssGzip)}, data ${fmtKB(budget.dataGzip)}, total ${fmtKB(budget.totalGzip)} and ≤ ${budget.maxRatioToBare}× the bare page (bench/budget.json)`,
    );
  }
  if (chunksMd) {
    writeFileSync('bench/chunks.md', chunksMd);
    console.log(`\n${chunksMd}`);
  }
  console.log(`\nTotal bench time ${seconds.toFixed(0)} s.`);

  mkdirSync('bench/results', { recursive: true });
  writeFileSync(
    'bench/results/latest.json',
    `${JSON.stringify({ date: new Date().toISOString(), seconds, machine: env, rows, firstMap: Object.fromEntries(Object.entries(idle).map(([p, r]) => [p, { runs: RUNS, appMs: r.app.map((x) => x.idleMs), baselineMs: r.base.map((x) => x.idleMs), errors: r.app.flatMap((x) => x.errors) }])), bytes: b ? { ...b, budget } : null, scale, nearby, dataBuild: data, tourFlight: flights ?? null }, null, 2)}\n`,
  );
  log('wrote bench/results/latest.json');
  if (over.length) {
    console.error(`\nByte budget exceeded: ${over.join('; ')}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(2);
  },
);
