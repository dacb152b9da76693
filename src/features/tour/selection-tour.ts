/**
 * Ad-hoc tours of a selection: the drawn projects of the current filters, in a geographic order a
 * presenter can walk (nearest neighbour, shortened by 2-opt, from the southern end).
 */
import CheapRuler from 'cheap-ruler';
import type { Names, ProjectRecord } from '../../data/types';
import { normaliseTour, type Tour, type TourFilters } from '../../data/tour-model';

/** Metres between two `[lng, lat]` points (cheap-ruler at their mean latitude; fine at district scale). */
export function distanceM(a: readonly [number, number], b: readonly [number, number]): number {
  return new CheapRuler((a[1] + b[1]) / 2, 'meters').distance(a, b);
}

/** Centre of a record's bbox, `[lng, lat]`. */
const centre = (r: ProjectRecord): [number, number] => {
  const [w, s, e, n] = r.bbox!;
  return [(w + e) / 2, (s + n) / 2];
};

/** Total length in metres of the path through `points` in order. */
export function pathLengthM(points: readonly (readonly [number, number])[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += distanceM(points[i - 1]!, points[i]!);
  return total;
}

/**
 * Orders points into a short open path; returns their indexes.
 *
 * 1. Greedy nearest neighbour from the southernmost point (ties: westernmost, then lowest input
 *    index; nearest-distance ties: lowest input index).
 * 2. 2-opt for an open path: reverse any segment (a prefix or suffix included) that shortens the
 *    path, until none does (at most 50 sweeps; only for ≤ 300 points, a sweep being O(n²)).
 * 3. Orient: start at whichever end is further south (ties: further west) — in Yangpu that
 *    usually means from the river northwards.
 *
 * Deterministic: the same points in the same order give the same result.
 */
export function geographicOrder(points: readonly (readonly [number, number])[]): number[] {
  const n = points.length;
  if (n === 0) return [];
  let start = 0;
  for (let i = 1; i < n; i++) {
    const [x, y] = points[i]!;
    const [bx, by] = points[start]!;
    if (y < by || (y === by && x < bx)) start = i;
  }
  const order = [start];
  const used = new Uint8Array(n);
  used[start] = 1;
  for (let k = 1; k < n; k++) {
    const from = points[order[k - 1]!]!;
    let best = -1;
    let bestD = Infinity;
    for (let i = 0; i < n; i++) {
      if (used[i]) continue;
      const d = distanceM(from, points[i]!);
      if (d < bestD) [best, bestD] = [i, d];
    }
    used[best] = 1;
    order.push(best);
  }
  if (n <= 300) twoOpt(points, order);
  const [a, b] = [points[order[0]!]!, points[order[n - 1]!]!];
  if (b[1] < a[1] || (b[1] === a[1] && b[0] < a[0])) order.reverse();
  return order;
}

/** Improves an open path in place by segment reversals (see {@link geographicOrder}). */
function twoOpt(points: readonly (readonly [number, number])[], order: number[]): void {
  const n = order.length;
  const d = (i: number, j: number): number => distanceM(points[order[i]!]!, points[order[j]!]!);
  for (let sweep = 0, improved = true; improved && sweep < 50; sweep++) {
    improved = false;
    // Reversing order[i..j] swaps edges (i-1, i) and (j, j+1) for (i-1, j) and (i, j+1); at the
    // path's ends the missing edge counts 0.
    for (let i = 0; i < n - 1; i++) {
      for (let j = i + 1; j < n; j++) {
        const before = (i > 0 ? d(i - 1, i) : 0) + (j < n - 1 ? d(j, j + 1) : 0);
        const after = (i > 0 ? d(i - 1, j) : 0) + (j < n - 1 ? d(i, j + 1) : 0);
        if (after < before - 1e-6) {
          order.splice(i, j - i + 1, ...order.slice(i, j + 1).reverse());
          improved = true;
        }
      }
    }
  }
}

/**
 * A tour of the given records in geographic order ({@link geographicOrder} on bbox centres).
 * Keeps only site-scope records with a `bbox`, each id once; id `selection`, default dwell,
 * default camera, no captions; `filters` (the explorer's facets) on the first stop, so the tour
 * shows what the explorer showed.
 *
 * @param records - e.g. the explorer's current results
 * @param title - shown as the tour's title
 * @param filters - set on the first stop (and so kept for the whole tour)
 */
export function selectionTour(records: readonly ProjectRecord[], title: Names, filters?: TourFilters): Tour {
  const seen = new Set<string>();
  const drawn = records.filter((r) => {
    if (r.scope !== 'site' || !r.bbox || seen.has(r.id)) return false;
    seen.add(r.id);
    return true;
  });
  const order = geographicOrder(drawn.map(centre));
  return normaliseTour({
    id: 'selection',
    title,
    stops: order.map((i, n) => ({ project: drawn[i]!.id, ...(n === 0 && filters ? { filters } : {}) })),
  });
}
