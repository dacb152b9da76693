/**
 * Synthetic project features for the nearby benchmark and property tests: points, lines and
 * polygons (some with holes, some multi-part) scattered over Yangpu's bounding box, reproducible
 * from a seed.
 */
import type { Feature, Geometry, Position } from 'geojson';

/** Yangpu's rough bounding box `[west, south, east, north]`. */
export const YANGPU_BOUNDS: readonly [number, number, number, number] = [121.49, 31.25, 121.56, 31.34];

/**
 * mulberry32: a small seeded PRNG returning floats in [0, 1).
 *
 * @param seed any 32-bit integer
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const M_PER_DEG_LAT = 111_195;
const M_PER_DEG_LNG = 111_195 * Math.cos((31.3 * Math.PI) / 180);

/** A random point in the bounds. */
export function randomPoint(rand: () => number): [number, number] {
  const [w, s, e, n] = YANGPU_BOUNDS;
  return [w + rand() * (e - w), s + rand() * (n - s)];
}

function offset(p: Position, dxM: number, dyM: number): [number, number] {
  return [p[0]! + dxM / M_PER_DEG_LNG, p[1]! + dyM / M_PER_DEG_LAT];
}

function randomLine(rand: () => number): Position[] {
  const n = 2 + Math.floor(rand() * 7);
  const coords: Position[] = [randomPoint(rand)];
  for (let i = 1; i < n; i++) coords.push(offset(coords[i - 1]!, (rand() - 0.5) * 800, (rand() - 0.5) * 800));
  return coords;
}

/** A star-shaped ring (valid, counter-clockwise) around `c` with radii up to `r` metres. */
function randomRing(rand: () => number, c: Position, r: number): Position[] {
  const n = 3 + Math.floor(rand() * 8);
  const ring: Position[] = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * (i + rand() * 0.8)) / n;
    const rr = r * (0.4 + 0.6 * rand());
    ring.push(offset(c, Math.cos(a) * rr, Math.sin(a) * rr));
  }
  ring.push(ring[0]!);
  return ring;
}

function randomPolygon(rand: () => number): Position[][] {
  const c = randomPoint(rand);
  const r = 30 + rand() * 500;
  const rings = [randomRing(rand, c, r)];
  // A hole well inside the smallest exterior radius (0.4 r), so the polygon stays valid.
  if (rand() < 0.3) rings.push(randomRing(rand, c, r * 0.3).reverse());
  return rings;
}

/**
 * `n` features with ids `r0…`, about one in five sharing an id with another (a record drawn with
 * several features). Mix: 45 % points, 25 % lines, 25 % polygons, 5 % multi-geometries.
 *
 * @param n number of features
 * @param seed PRNG seed; the same seed gives the same features
 */
export function syntheticFeatures(n: number, seed: number): Feature<Geometry, { id: string }>[] {
  const rand = mulberry32(seed);
  const out: Feature<Geometry, { id: string }>[] = [];
  const records = Math.max(1, Math.ceil(n * 0.8));
  for (let i = 0; i < n; i++) {
    const k = rand();
    let geometry: Geometry;
    if (k < 0.45) geometry = { type: 'Point', coordinates: randomPoint(rand) };
    else if (k < 0.7) geometry = { type: 'LineString', coordinates: randomLine(rand) };
    else if (k < 0.95) geometry = { type: 'Polygon', coordinates: randomPolygon(rand) };
    else if (k < 0.967) geometry = { type: 'MultiPoint', coordinates: [randomPoint(rand), randomPoint(rand)] };
    else if (k < 0.984) geometry = { type: 'MultiLineString', coordinates: [randomLine(rand), randomLine(rand)] };
    else geometry = { type: 'MultiPolygon', coordinates: [randomPolygon(rand), randomPolygon(rand)] };
    const id = i < records ? `r${i}` : `r${Math.floor(rand() * records)}`;
    out.push({ type: 'Feature', properties: { id }, geometry });
  }
  return out;
}
