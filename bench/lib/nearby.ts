/**
 * Nearby queries in Node: the Flatbush index (`findNearby`) vs measuring every feature
 * (`findNearbyBruteForce`) on synthetic features in Yangpu's bounds. Median per query.
 */
import { performance } from 'node:perf_hooks';
import { buildNearbyIndex, findNearby, findNearbyBruteForce, NEARBY_LIMIT } from '../../src/features/nearby/index.ts';
import { mulberry32, randomPoint, syntheticFeatures } from '../../test/fixtures/synthetic-features.ts';
import { median } from './stats.ts';

export interface NearbyRun {
  n: number;
  radiusM: number;
  buildMs: number;
  indexQueries: number;
  indexMedianMs: number;
  bruteQueries: number;
  bruteMedianMs: number;
  /** The app's query: the nearest NEARBY_LIMIT records within the radius. */
  limitedMedianMs: number;
  /** Mean hits per query (sanity: both methods give the same answers). */
  meanHits: number;
  agree: boolean;
}

/** One size: build the index, then `queries` random points with both methods (brute force capped). */
export function benchNearby(n: number, radiusM: number, indexQueries: number, bruteQueries: number): NearbyRun {
  const features = syntheticFeatures(n, 20240 + n);
  const rand = mulberry32(7 + n);
  const points = Array.from({ length: indexQueries }, () => randomPoint(rand));
  const t0 = performance.now();
  const index = buildNearbyIndex(features);
  const buildMs = performance.now() - t0;
  // Warm-up, so that JIT compilation is not in the first samples.
  for (let i = 0; i < Math.min(20, points.length); i++) findNearby(index, points[i]!, radiusM);
  const idx: number[] = [];
  let hits = 0;
  for (const p of points) {
    const s = performance.now();
    hits += findNearby(index, p, radiusM).length;
    idx.push(performance.now() - s);
  }
  const limited: number[] = [];
  for (const p of points) {
    const s = performance.now();
    findNearby(index, p, radiusM, NEARBY_LIMIT);
    limited.push(performance.now() - s);
  }
  const brute: number[] = [];
  let agree = true;
  for (let i = 0; i < Math.min(bruteQueries, points.length); i++) {
    const p = points[i]!;
    const s = performance.now();
    const b = findNearbyBruteForce(features, p, radiusM);
    brute.push(performance.now() - s);
    if (i < 5)
      agree &&=
        JSON.stringify(b) === JSON.stringify(findNearby(index, p, radiusM)) &&
        JSON.stringify(b.slice(0, NEARBY_LIMIT)) === JSON.stringify(findNearby(index, p, radiusM, NEARBY_LIMIT));
  }
  return {
    n,
    radiusM,
    buildMs,
    indexQueries: idx.length,
    indexMedianMs: median(idx),
    bruteQueries: brute.length,
    bruteMedianMs: median(brute),
    limitedMedianMs: median(limited),
    meanHits: hits / points.length,
    agree,
  };
}
