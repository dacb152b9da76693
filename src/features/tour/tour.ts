/**
 * Presenters' tour mode: the pure step logic over the tour model (`data/tour-model.ts`) — no DOM,
 * no timers, no map. The component
 * owns the dwell timer and calls {@link tick} when it fires; every transition returns a new state.
 */
import CheapRuler from 'cheap-ruler';
import type { Names, ProjectRecord } from '../../data/types';
import { normaliseTour, type Tour, type TourFilters, type TourStop } from '../../data/tour-model';

// The tour file model moved to `data/tour-model.ts` (the data build reads it too).
export {
  DEFAULT_CAMERA,
  DEFAULT_DWELL_SECONDS,
  DEFAULT_FIGURE_COUNT,
  TOUR_LIMITS,
  normaliseTour,
  stopFigures,
  type Tour,
  type TourCamera,
  type TourFilters,
  type TourSource,
  type TourStop,
  type TourStopSource,
} from '../../data/tour-model';

// ---------------------------------------------------------------------------------------------
// Step state

/**
 * Where the presenter is. `playing` is the presenter's choice (autoplay on/off); `held` is a
 * temporary hold while they touch the map ({@link pause} / {@link resume}), which does not
 * forget that autoplay was on. Autoplay advances only when `playing && !held`.
 */
export interface TourState {
  tour: Tour;
  index: number; // 0 ≤ index ≤ max(0, stops - 1)
  playing: boolean;
  held: boolean;
}

const clampIndex = (tour: Tour, n: number): number =>
  Math.max(0, Math.min(Math.max(0, tour.stops.length - 1), Number.isFinite(n) ? Math.trunc(n) : 0));

/** A state at stop `index` (clamped), not playing. */
export function createTourState(tour: Tour, index = 0): TourState {
  return { tour, index: clampIndex(tour, index), playing: false, held: false };
}

/** Goes to stop `n`, clamped to the tour (NaN → 0). Keeps autoplay as it was. */
export function goTo(state: TourState, n: number): TourState {
  const index = clampIndex(state.tour, n);
  return index === state.index ? state : { ...state, index };
}

/** Next stop; stays on the last one. */
export const next = (s: TourState): TourState => goTo(s, s.index + 1);
/** Previous stop; stays on the first one. */
export const prev = (s: TourState): TourState => goTo(s, s.index - 1);
export const first = (s: TourState): TourState => goTo(s, 0);
export const last = (s: TourState): TourState => goTo(s, s.tour.stops.length - 1);

/** Autoplay on/off; either way the hold is released. Starting on the last stop restarts from the first. */
export function togglePlay(s: TourState): TourState {
  if (s.playing) return { ...s, playing: false, held: false };
  const atEnd = s.index >= s.tour.stops.length - 1;
  return { ...s, playing: true, held: false, index: atEnd ? 0 : s.index };
}

/** Holds autoplay (the presenter touched the map); no-op when already held. */
export const pause = (s: TourState): TourState => (s.held ? s : { ...s, held: true });
/** Releases the hold; autoplay continues only if it was on. */
export const resume = (s: TourState): TourState => (s.held ? { ...s, held: false } : s);

/** Whether the dwell timer should run. */
export const isAdvancing = (s: TourState): boolean => s.playing && !s.held && s.tour.stops.length > 1;

/**
 * The dwell time elapsed: the next stop when advancing. On the last stop autoplay switches off
 * (the tour ends there), or with `loop` (kiosk mode) goes back to the first stop and keeps
 * playing. Not advancing → the same state.
 */
export function tick(s: TourState, loop = false): TourState {
  if (!isAdvancing(s)) return s;
  if (s.index >= s.tour.stops.length - 1) return loop ? { ...s, index: 0 } : { ...s, playing: false };
  return { ...s, index: s.index + 1 };
}

/** The current stop; undefined for a tour without stops. */
export const currentStop = (s: TourState): TourStop | undefined => s.tour.stops[s.index];

/**
 * The filters in effect at the current stop: those of the nearest stop at or before it that sets
 * any, so the result does not depend on the direction of travel; null when no stop so far sets
 * filters (leave the explorer's own).
 */
export function activeFilters(s: TourState): TourFilters | null {
  for (let i = s.index; i >= 0; i--) {
    const f = s.tour.stops[i]?.filters;
    if (f) return f;
  }
  return null;
}

/** No facet set: every project drawn. */
export const NO_TOUR_FILTERS: Readonly<TourFilters> = Object.freeze({
  bureaus: [],
  statuses: [],
  years: [],
  categories: [],
});

/** Whether a record passes facet filters (OR within a facet, AND across; an empty facet passes all). */
export function passesTourFilters(
  r: Pick<ProjectRecord, 'bureaus' | 'status' | 'years' | 'category'>,
  f: TourFilters,
): boolean {
  return (
    (f.bureaus.length === 0 || r.bureaus.some((b) => f.bureaus.includes(b))) &&
    (f.statuses.length === 0 || f.statuses.includes(r.status)) &&
    (f.years.length === 0 || r.years.some((y) => f.years.includes(y))) &&
    (f.categories.length === 0 || f.categories.includes(r.category))
  );
}

/**
 * The facet filters to apply while the current stop is shown (see #18: a tour started under a
 * filter drew other bureaus' stops as empty outlines):
 * - the stop's {@link activeFilters} when some stop so far sets filters, else none at all — never
 *   the explorer's own (they come back when the tour ends);
 * - none at all when those would hide the stop's own project (`record`): a stop always draws it.
 */
export function stopFilters(
  s: TourState,
  record: Pick<ProjectRecord, 'bureaus' | 'status' | 'years' | 'category'> | undefined,
): TourFilters {
  const f = activeFilters(s);
  return f && (!record || passesTourFilters(record, f)) ? f : NO_TOUR_FILTERS;
}

/** Progress for a bar: (index + 1) / stops, so the last stop is 1; 0 for a tour without stops. */
export function tourProgress(s: TourState): number {
  const n = s.tour.stops.length;
  return n === 0 ? 0 : (s.index + 1) / n;
}

// ---------------------------------------------------------------------------------------------
// Keys

export type TourAction =
  { type: 'next' | 'prev' | 'first' | 'last' | 'togglePlay' | 'exit' } | { type: 'goTo'; index: number };

/**
 * Maps a `KeyboardEvent.key` to an action, or null:
 * - `ArrowRight`, `PageDown`, `' '` (space) → next; `ArrowLeft`, `PageUp` → prev;
 * - `Home` → first, `End` → last, `Escape` → exit;
 * - `1`…`9` → goTo(n − 1); `p` / `P` → togglePlay.
 */
export function keyToAction(key: string): TourAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
    case 'Spacebar':
      return { type: 'next' };
    case 'ArrowLeft':
    case 'PageUp':
      return { type: 'prev' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'Escape':
    case 'Esc':
      return { type: 'exit' };
    case 'p':
    case 'P':
      return { type: 'togglePlay' };
  }
  return /^[1-9]$/.test(key) ? { type: 'goTo', index: Number(key) - 1 } : null;
}

/** Applies an action; `exit` leaves the state unchanged (leaving tour mode is the app's job). */
export function applyAction(s: TourState, action: TourAction): TourState {
  switch (action.type) {
    case 'next':
      return next(s);
    case 'prev':
      return prev(s);
    case 'first':
      return first(s);
    case 'last':
      return last(s);
    case 'togglePlay':
      return togglePlay(s);
    case 'goTo':
      return goTo(s, action.index);
    case 'exit':
      return s;
  }
}

// ---------------------------------------------------------------------------------------------
// Ad-hoc tours of a selection

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
