/**
 * Presenters' tour mode: the pure step logic over the tour model (`data/tour-model.ts`) — no DOM,
 * no timers, no map. The component owns the dwell timer and calls {@link tick} when it fires;
 * every transition returns a new state.
 */
import type { ProjectRecord } from '../../data/types';
import type { Tour, TourFilters, TourStop } from '../../data/tour-model';

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
