/**
 * `npm run bench`: builds the app and the bench pages, then measures
 *   1. time to first useful idle: the app vs a bare MapLibre page (bench/baseline/), alternating;
 *   2. bytes (gzip) transferred before that idle, per file, against bench/budget.json;
 *   3. interaction at scale (bench/scale.html): filter change → frame, GPU filter vs rebuilding;
 *      nearby queries (Node): spatial index vs brute force;
 *   4. `npm run data` time on the catalog ×1, ×10, ×100;
 *   5. frame times during a tour-like flight, app vs baseline.
 * Prints a table and machine details, writes bench/results/latest.json. Exit code 1 only when a
 * byte budget is blown (or an eager lazy chunk), 2 on a crash; missed ratio targets are printed.
 *
 * Options: BENCH_RUNS (default 5) time-to-idle runs per page; BENCH_QUICK=1 skips 100k.
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
  scaleRun,
  type FlightResult,
  type LoadResult,
  type ScaleResult,
  type Transfer,
} from './lib/browser-bench.ts';
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
  // With the test hooks (`window.__yangpu`, a few hundred bytes), which the measurements read.
  execFileSync(vite, ['build', '--outDir', APP_DIR, '--emptyOutDir', '--logLevel', 'warn'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, VITE_TEST_HOOKS: '1' },
  });
  execFileSync(vite, ['build', '-c', 'bench/vite.baseline.config.ts'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

/** 1 + 2: alternating cold loads; the first app load also records the bytes. */
async function timeToIdle(browser: Browser, appUrl: string, baseUrl: string) {
  log('warm-up (one load of each, not counted)');
  await loadToIdle(browser, appUrl, false);
  await loadToIdle(browser, baseUrl, false);
  const app: LoadResult[] = [];
  const base: LoadResult[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Alternate which page goes first in each pair.
    const order = i % 2 === 0 ? (['app', 'base'] as const) : (['base', 'app'] as const);
    for (const which of order) {
      if (which === 'app') app.push(await loadToIdle(browser, appUrl, app.length === 0));
      else base.push(await loadToIdle(browser, baseUrl, base.length === 0));
    }
    log(`time to idle run ${i + 1}/${RUNS}: app ${fmtMs(app.at(-1)!.idleMs)}, baseline ${fmtMs(base.at(-1)!.idleMs)}`);
  }
  return { app, base };
}

function bytes(
  transfers: Transfer[],
  budget: { jsGzip: number; cssGzip: number; dataGzip: number; totalGzip: number; lazy: string[] },
) {
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

async function main(): Promise<number> {
  build();
  const budget = JSON.parse(readFileSync('bench/budget.json', 'utf8')) as {
    jsGzip: number;
    cssGzip: number;
    dataGzip: number;
    totalGzip: number;
    lazy: string[];
  };
  const appServer = await serveStatic(4310, [['/', APP_DIR]]);
  const baseServer = await serveStatic(4311, [
    ['/', BASE_DIR],
    ['/data/layers/', 'geodata/layers'],
  ]);
  const launchOptions = {
    executablePath: await chromiumExecutable(),
    args: CHROMIUM_ARGS,
    env: { ...process.env, FONTCONFIG_FILE: cjkFontconfig() } as Record<string, string>,
  };
  const browser = await chromium.launch(launchOptions);
  const env = machine(browser.version());
  let idle: Awaited<ReturnType<typeof timeToIdle>>;
  const scale: (ScaleResult | { n: number; error: string })[] = [];
  let flights: { tour: string; app: FlightResult; base: FlightResult };
  try {
    idle = await timeToIdle(browser, `${appServer.url}/`, `${baseServer.url}/baseline/`);
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
    await browser.close();
    for (const [n, reps, limit] of [
      [1_000, 9, 90_000],
      [10_000, 7, 90_000],
      [100_000, 3, 120_000],
    ] as const) {
      if (QUICK && n > 10_000) continue;
      log(`interaction at scale: ${n} features`);
      try {
        scale.push(
          await scaleRun(() => chromium.launchServer(launchOptions), baseServer.url, n, reps, n === 1_000, limit),
        );
      } catch (e) {
        scale.push({ n, error: (e as Error).message });
        log(`  ${(e as Error).message}`);
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
    await appServer.close();
    await baseServer.close();
  }

  log('nearby queries (Node): index vs brute force');
  const nearby: NearbyRun[] = [];
  for (const [n, q, b] of [
    [1_000, 2000, 300],
    [10_000, 1000, 100],
    [100_000, 200, 15],
  ] as const) {
    if (QUICK && n > 10_000) continue;
    nearby.push(benchNearby(n, 1200, q, b));
  }

  log('data build: npm run data on the catalog ×1, ×10, ×100');
  const data: DataBuildRun[] = [];
  for (const f of QUICK ? [1, 10] : [1, 10, 100]) data.push(timeDataBuild('geodata', f, 180_000));

  // ---- table
  const appMed = median(idle.app.map((r) => r.idleMs));
  const baseMed = median(idle.base.map((r) => r.idleMs));
  const r1 = appMed / baseMed;
  rows.push({
    figure: `time to first useful idle (median of ${RUNS})`,
    value: fmtMs(appMed),
    baseline: `${fmtMs(baseMed)} bare MapLibre`,
    ratio: ratio(appMed, baseMed),
    target: '≤ 1.30×',
    pass: r1 <= 1.3 ? 'pass' : 'FAIL',
  });

  const b = bytes(idle.app[0]!.transfers, budget);
  const over: string[] = [];
  const budgetRow = (label: string, value: number, limit: number) => {
    const ok = limit > 0 && value <= limit;
    if (!ok) over.push(`${label} ${fmtKB(value)} > ${fmtKB(limit)}`);
    rows.push({
      figure: `bytes before idle, ${label} (gzip)`,
      value: fmtKB(value),
      baseline: '',
      ratio: limit > 0 ? ratio(value, limit) : 'n/a',
      target: `≤ ${fmtKB(limit)} budget`,
      pass: ok ? 'pass' : 'OVER BUDGET',
    });
  };
  budgetRow('JavaScript', b.totals.js, budget.jsGzip);
  budgetRow('CSS', b.totals.css, budget.cssGzip);
  budgetRow('data', b.totals.data, budget.dataGzip);
  budgetRow('total', b.totals.total, budget.totalGzip);
  const baseBytes = idle.base[0]!.transfers.filter((t) => t.beforeIdle).reduce((s, t) => s + t.gzip, 0);
  rows.push({
    figure: 'bytes before idle, total (gzip) vs bare MapLibre',
    value: fmtKB(b.totals.total),
    baseline: fmtKB(baseBytes),
    ratio: ratio(b.totals.total, baseBytes),
    target: '—',
    pass: 'info',
  });
  rows.push({
    figure: 'lazy chunks (not loaded before idle)',
    value: b.lazyChunks.join(', ') || 'none',
    baseline: '',
    ratio: '',
    target: `no ${budget.lazy.join('*, ')}* before idle`,
    pass: b.eager.length ? 'OVER BUDGET' : 'pass',
  });
  if (b.eager.length) over.push(`eager lazy chunk(s): ${b.eager.join(', ')}`);

  for (const s of scale) {
    if ('error' in s) {
      rows.push({
        figure: `filter → frame, ${s.n / 1000}k features`,
        value: 'did not finish',
        baseline: '',
        ratio: '',
        target: '≤ 16 ms',
        pass: 'FAIL',
      });
      continue;
    }
    const g = median(s.gpu.map((x) => x.work));
    const r = median(s.rebuild.map((x) => x.work));
    const d = median(s.redraw.map((x) => x.work));
    const k = `${s.n / 1000}k`;
    rows.push({
      figure: `filter → frame, ${k}, GPU filter (main-thread work)`,
      value: fmtMs(g),
      baseline: `${fmtMs(r)} rebuild`,
      ratio: ratio(g, r),
      target: '≤ 16 ms',
      pass: g <= 16 ? 'pass' : 'FAIL',
    });
    rows.push({
      figure: `filter → frame, ${k}, latency GPU / rebuild`,
      value: fmtMs(median(s.gpu.map((x) => x.latency))),
      baseline: `${fmtMs(median(s.rebuild.map((x) => x.latency)))} rebuild`,
      ratio: ratio(median(s.gpu.map((x) => x.latency)), median(s.rebuild.map((x) => x.latency))),
      target: '—',
      pass: 'info',
    });
    rows.push({
      figure: `plain redraw, ${k} (no change)`,
      value: fmtMs(d),
      baseline: '',
      ratio: '',
      target: '—',
      pass: 'info',
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
      target: '≤ 16 ms',
      pass: nb.limitedMedianMs <= 16 && nb.agree ? 'pass' : 'FAIL',
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
  rows.push({
    figure: `tour flight frame time, median (${flights.tour})`,
    value: fmtMs(flights.app.medianMs),
    baseline: fmtMs(flights.base.medianMs),
    ratio: ratio(flights.app.medianMs, flights.base.medianMs),
    target: '≤ 1.30×',
    pass: flights.app.medianMs / flights.base.medianMs <= 1.3 ? 'pass' : 'FAIL',
  });
  rows.push({
    figure: 'tour flight frame time, 95th percentile',
    value: fmtMs(flights.app.p95Ms),
    baseline: fmtMs(flights.base.p95Ms),
    ratio: ratio(flights.app.p95Ms, flights.base.p95Ms),
    target: '≤ 1.30×',
    pass: flights.app.p95Ms / flights.base.p95Ms <= 1.3 ? 'pass' : 'FAIL',
  });

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
  console.log('\nBytes before idle, by file (gzip -9):');
  for (const f of b.files) console.log(`  ${f.path.padEnd(52)} ${fmtKB(f.gzip).padStart(10)}  (${fmtKB(f.bytes)} raw)`);
  console.log(
    `  budget: JS ${fmtKB(budget.jsGzip)}, CSS ${fmtKB(budget.cssGzip)}, data ${fmtKB(budget.dataGzip)}, total ${fmtKB(budget.totalGzip)}  (bench/budget.json)`,
  );
  console.log(`\nTotal bench time ${seconds.toFixed(0)} s.`);

  mkdirSync('bench/results', { recursive: true });
  writeFileSync(
    'bench/results/latest.json',
    `${JSON.stringify({ date: new Date().toISOString(), seconds, machine: env, rows, timeToIdle: { runs: RUNS, appMs: idle.app.map((r) => r.idleMs), baselineMs: idle.base.map((r) => r.idleMs), errors: idle.app.flatMap((r) => r.errors) }, bytes: { ...b, budget, baselineTotalGzip: baseBytes }, scale, nearby, dataBuild: data, tourFlight: flights }, null, 2)}\n`,
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
