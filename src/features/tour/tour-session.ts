/**
 * The running tour's state and what keeps it in step: the tour the URL names, the stop (URL and
 * tour state both ways), arriving at a stop, autoplay. Used by `TourMode`.
 */
import {
  batch,
  createEffect,
  createMemo,
  createSignal,
  on,
  onCleanup,
  untrack,
  type Accessor,
  type Setter,
} from 'solid-js';
import { t } from '../../i18n';
import { useAppState } from '../../state/context';
import {
  applyAction,
  createTourState,
  currentStop,
  isAdvancing,
  resume,
  stopFilters,
  tick,
  type TourAction,
  type TourState,
} from './tour';
import { useTours } from './tour-source';

/** Flight length between stops (ms); reduced motion turns it into a cut (see map-view). */
export const FLIGHT_MS = 2600;

/** The tour the URL names (deep links included); an unknown or empty one ends tour mode with a notice. */
function useTourFromUrl(setTour: Setter<TourState | null>) {
  const { state, actions } = useAppState();
  const { active } = useTours();
  createEffect(() => {
    const found = active();
    if (!state.tour || found === undefined) return; // leaving, or still loading
    if (found === null || found.stops.length === 0) {
      actions.notify('tour-missing', 'info', t(state.lang, found ? 'tourEmpty' : 'tourMissing'));
      actions.exitTour();
      return;
    }
    // A kiosk (also after a reload) starts playing by itself.
    setTour((prev) =>
      prev && prev.tour === found ? prev : { ...createTourState(found, state.stop), playing: state.kiosk },
    );
  });
  // URL → tour (back/forward). The other way is not an effect: every change of the tour's stop
  // goes through the session's setter, which tells the store (see useTourSession).
  createEffect(
    on(
      () => state.stop,
      (stop) =>
        state.tour && setTour((s) => (s && s.index !== stop ? applyAction(s, { type: 'goTo', index: stop }) : s)),
    ),
  );
}

/** Arriving at a stop: its filters (never ones that hide its own project, see #18), selection, camera. */
function useStopArrival(tour: Accessor<TourState | null>, onArrive: () => void) {
  const { state, actions, derived } = useAppState();
  const stop = createMemo(() => {
    const s = tour();
    return s ? currentStop(s) : undefined;
  });
  const record = createMemo(() => (stop() ? derived.byId().get(stop()!.project) : undefined));
  createEffect(
    on(stop, (current) => {
      const s = tour();
      if (!current || !s || !state.tour) return;
      onArrive();
      const filters = stopFilters(s, record());
      batch(() => {
        actions.setFacet('bureaus', [...filters.bureaus]);
        actions.setFacet('statuses', [...filters.statuses]);
        actions.setFacet('years', [...filters.years]);
        actions.setFacet('categories', [...filters.categories]);
        actions.setQuery('');
      });
      actions.openProject(current.project, { tilt: current.camera, duration: FLIGHT_MS });
    }),
  );
  return { stop, record };
}

/** Autoplay: one timer per stop while advancing; a kiosk loops. */
function useAutoplay(tour: Accessor<TourState | null>, setTour: Setter<TourState | null>) {
  const { state } = useAppState();
  createEffect(() => {
    const s = tour();
    if (!s || !isAdvancing(s)) return;
    const timer = setTimeout(
      () => setTour((cur) => (cur ? tick(cur, state.kiosk) : cur)),
      s.tour.dwellSeconds * 1000 + FLIGHT_MS,
    );
    onCleanup(() => clearTimeout(timer));
  });
}

/**
 * The running tour: its state, the stop and its record, the quote's visibility, and `act` (a
 * key, a button, a swipe or the presenter window asking for a step).
 */
export function useTourSession() {
  const { state, actions } = useAppState();
  const [tour, setTourState] = createSignal<TourState | null>(null);
  /** Sets the tour's state and, when its stop changed, the store's (and so the link's) stop. */
  const setTour = ((update: TourState | null | ((prev: TourState | null) => TourState | null)) => {
    const next: TourState | null = setTourState(update as Parameters<typeof setTourState>[0]);
    if (next && state.tour && next.index !== untrack(() => state.stop)) actions.setTourStop(next.index);
    return next;
  }) as Setter<TourState | null>;
  const [showQuote, setShowQuote] = createSignal(false);
  useTourFromUrl(setTour);
  const { stop, record } = useStopArrival(tour, () => setShowQuote(false));
  useAutoplay(tour, setTour);
  const leave = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    actions.exitTour();
  };
  const act = (action: TourAction) => {
    if (action.type === 'exit') return leave();
    setTour((s) => (s ? (action.type === 'togglePlay' && s.held ? resume(s) : applyAction(resume(s), action)) : s));
  };
  const toggleQuote = () => setShowQuote((v) => !v);
  return { tour, setTour, stop, record, showQuote, toggleQuote, act };
}
