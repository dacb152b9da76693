/**
 * Interaction at scale: `?n=` synthetic features (test/fixtures/synthetic-features.ts) over Yangpu, styled
 * like the app's project layers, drawn by one of four approaches in turn.
 * `window.__bench.measure(mode, reps)` times a filter change until the frame that draws it:
 *
 * - `expression`: the app's way — MapLibre fill/line/circle layers, the filter a MapLibre filter
 *   expression on the features' keys (`setFilter`; the worker re-tiles, the main thread draws);
 * - `setdata`: MapLibre layers, a new CPU-filtered FeatureCollection (`setData`: rebuilt data);
 * - `gpu`: deck.gl (MapLibreOverlay, interleaved), same data, only `filterCategories` changes
 *   (DataFilterExtension, filterSize 1, categorySize 4, the app's way until issue 13);
 * - `rebuild`: deck.gl, a new CPU-filtered data array: every attribute rebuilt;
 * - `redraw`: nothing changes, just the frame (MapLibre layers).
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { GeoJsonLayer } from '@deck.gl/layers';
import { DataFilterExtension } from '@deck.gl/extensions';
import type { Feature, Geometry } from 'geojson';
import { mulberry32, syntheticFeatures } from '../test/fixtures/synthetic-features.ts';

maplibregl.setWorkerUrl(workerUrl);

type Keys = [string, string, string, string];
type Props = { id: string; keys: Keys };
type F = Feature<Geometry, Props>;
type Mode = 'expression' | 'setdata' | 'gpu' | 'rebuild' | 'redraw';

const BUREAUS = [
  'civil-affairs',
  'construction',
  'culture',
  'data',
  'drc',
  'education',
  'health',
  'housing',
  'hrss',
  'planning',
  'stec',
];
const STATUSES = ['planned', 'ongoing', 'completed', 'continuing'];
const CATEGORIES = [
  'housing',
  'transport',
  'education',
  'health',
  'elderly',
  'culture',
  'innovation',
  'riverfront',
  'public-space',
];
const YEARS = ['2024', '2025', '2024+2025'];
const COLOURS: [number, number, number][] = [
  [31, 119, 180],
  [255, 127, 14],
  [44, 160, 44],
  [214, 39, 40],
  [148, 103, 189],
  [140, 86, 75],
  [227, 119, 194],
  [127, 127, 127],
  [188, 189, 34],
];

const params = new URLSearchParams(location.search);
const n = Number(params.get('n') ?? 1000);
const rand = mulberry32(99);
const pick = <T>(a: readonly T[]): T => a[Math.floor(rand() * a.length)]!;
/**
 * The synthetic geometries shrunk 10× about their first vertex (polygons ≤ 50 m, line legs ≤ 40 m):
 * at 100k full-size features cover the district ~100 times over, and software GL then spends
 * seconds per frame on overdraw alone — not what this measures, and not what real parcels look like.
 */
const SHRINK = 0.1;
function shrink(g: Geometry): Geometry {
  if (g.type === 'GeometryCollection') return { ...g, geometries: g.geometries.map(shrink) };
  let first: unknown = g.coordinates;
  while (typeof (first as unknown[])[0] !== 'number') first = (first as unknown[])[0];
  const [ox, oy] = first as [number, number];
  const map = (c: unknown): unknown =>
    typeof (c as number[])[0] === 'number'
      ? [ox + ((c as number[])[0]! - ox) * SHRINK, oy + ((c as number[])[1]! - oy) * SHRINK]
      : (c as unknown[]).map(map);
  return { ...g, coordinates: map(g.coordinates) } as Geometry;
}
const features: F[] = syntheticFeatures(n, 20240 + n).map((f) => ({
  ...f,
  geometry: shrink(f.geometry),
  properties: { id: f.properties.id, keys: [pick(BUREAUS), pick(STATUSES), pick(CATEGORIES), pick(YEARS)] },
}));
const universe = [BUREAUS, STATUSES, CATEGORIES, YEARS];

/** Two filter states to alternate between: everything, and two categories that are completed. */
const SELECTIONS: string[][][] = [
  [BUREAUS, STATUSES, CATEGORIES, YEARS],
  [BUREAUS, ['completed', 'continuing'], ['housing', 'culture', 'health'], YEARS],
];

const filterExtension = new DataFilterExtension({ filterSize: 1, categorySize: 4 });
const common = {
  pickable: true,
  stroked: true,
  filled: true,
  pointType: 'circle',
  lineWidthUnits: 'pixels',
  pointRadiusUnits: 'pixels',
  getPointRadius: 5,
  getFillColor: (f: F) => [
    ...COLOURS[CATEGORIES.indexOf(f.properties.keys[2])]!,
    f.geometry.type.includes('Point') ? 230 : 90,
  ],
  getLineColor: (f: F) =>
    f.geometry.type.includes('Point')
      ? [255, 255, 255, 255]
      : [...COLOURS[CATEGORIES.indexOf(f.properties.keys[2])]!, 255],
  getLineWidth: (f: F) => (f.geometry.type.includes('Line') ? 3 : 1.5),
};

function gpuLayer(sel: string[][]) {
  return new GeoJsonLayer({
    ...common,
    id: 'projects-gpu',
    data: features,
    getFilterValue: () => 1,
    getFilterCategory: (f: F) => f.properties.keys,
    filterRange: [1, 1],
    filterCategories: sel,
    extensions: [filterExtension],
  } as never);
}

function rebuildLayer(sel: string[][]) {
  const allowed = sel.map((s) => new Set(s));
  const data = features.filter((f) => f.properties.keys.every((k, i) => allowed[i]!.has(k)));
  return new GeoJsonLayer({ ...common, id: 'projects-cpu', data } as never);
}

/** The same features for MapLibre, the keys as scalar properties an expression can read. */
const flat = features.map((f) => ({
  ...f,
  properties: {
    id: f.properties.id,
    b: f.properties.keys[0],
    s: f.properties.keys[1],
    c: f.properties.keys[2],
    y: f.properties.keys[3],
  },
}));
const colour = ['match', ['get', 'c'], ...CATEGORIES.flatMap((c, i) => [c, `rgb(${COLOURS[i]!.join(',')})`]), '#888'];
const ML_LAYERS = ['syn-fill', 'syn-line', 'syn-point'];
/** A MapLibre filter expression for a selection (one `match` per channel). */
const expressionFor = (sel: string[][]) => [
  'all',
  ...['b', 's', 'c', 'y'].map((k, i) => ['match', ['get', k], sel[i]!, true, false]),
];
const isType = (...t: string[]) => ['match', ['geometry-type'], t, true, false];

const map = new maplibregl.Map({
  container: 'map',
  style: {
    version: 8,
    sources: { syn: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f4f3ef' } },
      {
        id: 'syn-fill',
        type: 'fill',
        source: 'syn',
        filter: isType('Polygon', 'MultiPolygon'),
        paint: { 'fill-color': colour, 'fill-opacity': 0.35 },
      },
      {
        id: 'syn-line',
        type: 'line',
        source: 'syn',
        filter: isType('Polygon', 'MultiPolygon', 'LineString', 'MultiLineString'),
        paint: { 'line-color': colour, 'line-width': 1.5 },
      },
      {
        id: 'syn-point',
        type: 'circle',
        source: 'syn',
        filter: isType('Point', 'MultiPoint'),
        paint: {
          'circle-radius': 5,
          'circle-color': colour,
          'circle-opacity': 0.9,
          'circle-stroke-color': '#fff',
          'circle-stroke-width': 1.5,
        },
      },
    ] as never,
  },
  bounds: [121.488, 31.248, 121.565, 31.345],
  fitBoundsOptions: { padding: 16 },
  attributionControl: false,
});
const overlay = new MapLibreOverlay({ interleaved: true, layers: [] });
map.addControl(overlay as unknown as maplibregl.IControl);
window.__yangpu = { map };

const animationFrame = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
const nextFrame = async () => {
  await animationFrame();
  await animationFrame();
};

type LayerManager = { updateLayers: (...a: unknown[]) => unknown; needsUpdate: () => unknown };
const layerManager = () => (overlay as unknown as { _deck: { layerManager: LayerManager } })._deck.layerManager;

// Main-thread time spent in deck.gl's layer updates (attribute builds) and in MapLibre frames.
let updateMs = 0;
let renderMs = 0;
let renderSum = 0;
let deckInstrumented = false;
function instrumentMap(): void {
  const m = map as unknown as { _render: (...a: unknown[]) => unknown };
  const render = m._render.bind(map);
  m._render = (...a: unknown[]) => {
    const t = performance.now();
    try {
      return render(...a);
    } finally {
      renderMs = performance.now() - t;
      renderSum += renderMs;
    }
  };
}
function instrumentDeck(): void {
  if (deckInstrumented) return;
  deckInstrumented = true;
  // The LayerManager instance is sealed: wrap the method on its class (this page only).
  const proto = Object.getPrototypeOf(layerManager()) as LayerManager;
  const update = proto.updateLayers;
  proto.updateLayers = function (this: LayerManager, ...a: unknown[]) {
    const t = performance.now();
    try {
      return update.apply(this, a);
    } finally {
      updateMs += performance.now() - t;
    }
  };
}

const source = () => map.getSource('syn') as maplibregl.GeoJSONSource;
const idle = () => new Promise<number>((r) => map.once('idle', () => r(performance.now())));

/**
 * One deck.gl filter change, in the app's old loop (deck.gl updates the layers in its animation
 * frame, then asks MapLibre for a frame). `work`: main-thread ms of setProps + deck.gl's layer
 * update + the MapLibre frame that draws it; `latency`: from the change to the end of that frame.
 * GPU completion itself cannot be observed: on headless SwiftShader a fence or readPixels waits
 * 0.3–2 s whatever was drawn.
 */
async function deckFrameWith(layers: unknown[]): Promise<Sample> {
  await animationFrame();
  updateMs = 0;
  const t0 = performance.now();
  overlay.setProps({ layers: layers as never });
  const setMs = performance.now() - t0;
  const end = await new Promise<number>((resolve) => {
    const onRender = () => {
      if (layerManager().needsUpdate() || updateMs === 0) return;
      map.off('render', onRender);
      resolve(performance.now());
    };
    map.on('render', onRender);
    setTimeout(() => {
      map.off('render', onRender);
      resolve(performance.now());
    }, 30_000);
  });
  return { work: setMs + updateMs + renderMs, latency: end - t0 };
}

/**
 * One MapLibre change (`setFilter`/`setData`, or a plain repaint) until the frame that draws it:
 * the `idle` right after it (every tile re-made in the worker and drawn). `work`: main-thread ms of
 * the call + every MapLibre frame until then (the worker's re-tiling runs off the main thread).
 */
async function mapFrameWith(change: () => void): Promise<Sample> {
  await animationFrame();
  const done = idle();
  renderSum = 0;
  const t0 = performance.now();
  change();
  const setMs = performance.now() - t0;
  map.triggerRepaint();
  const end = await done;
  return { work: setMs + renderSum, latency: end - t0 };
}

type Sample = { work: number; latency: number };

/** Which approach draws: MapLibre layers (expression, setdata, redraw) or deck.gl (gpu, rebuild). */
function show(mode: Mode): void {
  const viaDeck = mode === 'gpu' || mode === 'rebuild';
  for (const id of ML_LAYERS) map.setLayoutProperty(id, 'visibility', viaDeck ? 'none' : 'visible');
  if (!viaDeck) overlay.setProps({ layers: [] });
}

async function ready(): Promise<number> {
  await new Promise<void>((r) => (map.loaded() ? r() : map.once('load', () => r())));
  instrumentMap();
  const t0 = performance.now();
  const done = idle();
  source().setData({ type: 'FeatureCollection', features: flat } as never);
  await done;
  await nextFrame();
  return performance.now() - t0;
}

function applyMap(mode: Mode, sel: string[][]): () => void {
  if (mode === 'expression')
    return () =>
      ML_LAYERS.forEach((id, i) =>
        map.setFilter(id, [
          'all',
          [
            isType('Polygon', 'MultiPolygon'),
            isType('Polygon', 'MultiPolygon', 'LineString', 'MultiLineString'),
            isType('Point', 'MultiPoint'),
          ][i],
          expressionFor(sel),
        ] as never),
      );
  if (mode === 'setdata') {
    const allowed = sel.map((x) => new Set(x));
    return () =>
      source().setData({
        type: 'FeatureCollection',
        features: flat.filter((f) =>
          [f.properties.b, f.properties.s, f.properties.c, f.properties.y].every((k, i) => allowed[i]!.has(k)),
        ),
      } as never);
  }
  return () => undefined;
}

async function measure(mode: Mode, reps: number): Promise<Sample[]> {
  show(mode);
  const viaDeck = mode === 'gpu' || mode === 'rebuild';
  // Start from the full selection in this mode (not timed), then alternate; the last is the narrow one when reps is odd.
  if (viaDeck) {
    const make = mode === 'rebuild' ? rebuildLayer : gpuLayer;
    overlay.setProps({ layers: [make(SELECTIONS[0]!)] as never });
    await idle();
    instrumentDeck();
    await deckFrameWith([make(SELECTIONS[0]!)]);
  } else {
    // Back to the whole data, unfiltered, before each MapLibre approach.
    await mapFrameWith(() => {
      ML_LAYERS.forEach((id, i) =>
        map.setFilter(
          id,
          [
            isType('Polygon', 'MultiPolygon'),
            isType('Polygon', 'MultiPolygon', 'LineString', 'MultiLineString'),
            isType('Point', 'MultiPoint'),
          ][i] as never,
        ),
      );
      source().setData({ type: 'FeatureCollection', features: flat } as never);
    });
  }
  await nextFrame();
  const out: Sample[] = [];
  for (let i = 0; i < reps; i++) {
    const sel = SELECTIONS[(i + 1) % 2]!;
    if (viaDeck) out.push(await deckFrameWith([(mode === 'rebuild' ? rebuildLayer : gpuLayer)(sel)]));
    else out.push(await mapFrameWith(applyMap(mode, sel)));
    await nextFrame();
  }
  return out;
}

/** Features drawn under the current filter (checks that the filter took effect). */
function drawnCount(): number {
  if (map.getLayoutProperty('syn-fill', 'visibility') !== 'none')
    return new Set(map.queryRenderedFeatures({ layers: ML_LAYERS }).map((f) => f.properties.id)).size;
  const c = map.getCanvas();
  const picked = overlay.pickObjects({ x: 0, y: 0, width: c.clientWidth, height: c.clientHeight, maxObjects: 1e6 });
  return picked.length;
}

declare global {
  interface Window {
    __bench?: {
      n: number;
      ready: () => Promise<number>;
      measure: (mode: Mode, reps: number) => Promise<{ work: number; latency: number }[]>;
      drawnCount: () => number;
      universe: string[][];
    };
  }
}
window.__bench = { n, ready, measure, drawnCount, universe };
