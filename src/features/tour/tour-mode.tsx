import { batch, createEffect, createMemo, createSignal, on, onCleanup, Show } from 'solid-js';
import { t } from '../../i18n';
import { useAppState } from '../../state/context';
import { stepTextScale } from './text-scale';
import {
  applyAction,
  createTourState,
  currentStop,
  isAdvancing,
  resume,
  stopFilters,
  tick,
  tourProgress,
  type TourAction,
  type TourState,
} from './tour';
import { TourCaption } from './tour-caption';
import { TourControls } from './tour-controls';
import { useTourInput } from './tour-input';
import { useTours } from './tour-source';
import { useKioskHold, usePresenterLink } from './tour-links';

/** Flight length between stops (ms); reduced motion turns it into a cut (see map-view). */
const FLIGHT_MS = 2600;

/**
 * Tour mode: the live explorer driven stop by stop. Each stop sets its filters, selects its
 * project and flies the camera there; keys, buttons, swipes, autoplay and the presenter window
 * move between stops; touching the map pauses (in kiosk mode only for a while).
 */
export function TourMode() {
  const { state, actions, derived } = useAppState();
  const { active } = useTours();
  const [tour, setTour] = createSignal<TourState | null>(null);
  const [showQuote, setShowQuote] = createSignal(false);
  const startedAt = Date.now();

  // The tour the URL names (deep links included); an unknown id ends tour mode with a notice.
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
  // URL → tour (back/forward), tour → URL.
  createEffect(
    on(
      () => state.stop,
      (stop) =>
        state.tour && setTour((s) => (s && s.index !== stop ? applyAction(s, { type: 'goTo', index: stop }) : s)),
    ),
  );
  createEffect(
    on(
      () => tour()?.index,
      (index) => index !== undefined && index !== state.stop && actions.setTourStop(index),
    ),
  );

  const stop = createMemo(() => {
    const s = tour();
    return s ? currentStop(s) : undefined;
  });
  const record = createMemo(() => (stop() ? derived.byId().get(stop()!.project) : undefined));

  // Arriving at a stop: its filters (never ones that hide its own project, see #18), selection, camera.
  createEffect(
    on(stop, (current) => {
      const s = tour();
      if (!current || !s || !state.tour) return;
      setShowQuote(false);
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

  // Autoplay: one timer per stop while advancing; a kiosk loops.
  createEffect(() => {
    const s = tour();
    if (!s || !isAdvancing(s)) return;
    const timer = setTimeout(
      () => setTour((cur) => (cur ? tick(cur, state.kiosk) : cur)),
      s.tour.dwellSeconds * 1000 + FLIGHT_MS,
    );
    onCleanup(() => clearTimeout(timer));
  });
  useKioskHold(tour, setTour);

  const act = (action: TourAction) => {
    if (action.type === 'exit') return leave();
    setTour((s) => (s ? (action.type === 'togglePlay' && s.held ? resume(s) : applyAction(resume(s), action)) : s));
  };
  const leave = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    actions.exitTour();
  };
  const textSize = (dir: 1 | -1) => actions.setTourTextScale(stepTextScale(state.tourTextScale, dir));
  const toggleQuote = () => setShowQuote((v) => !v);
  const touch = useTourInput({
    act,
    onQuote: toggleQuote,
    onTextSize: textSize,
    onFullscreenLeft: () => actions.exitTour(),
  });

  const { openPresenter, openHandout } = usePresenterLink(tour, act, startedAt);

  return (
    <Show
      when={tour()}
      fallback={
        <div class="tour-loading" role="status">
          {t(state.lang, 'tourLoading')}
        </div>
      }
    >
      {(s) => (
        <div
          class="tour"
          classList={{ 'tour-kiosk': state.kiosk }}
          style={{ '--tour-text-scale': state.tourTextScale }}
          data-testid="tour"
          onTouchStart={touch.onTouchStart}
          onTouchEnd={touch.onTouchEnd}
        >
          <div
            class="tour-progress"
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={s().tour.stops.length}
            aria-valuenow={s().index + 1}
          >
            <span style={{ width: `${tourProgress(s()) * 100}%` }} />
          </div>
          <div class="tour-title">
            <span>{s().tour.title[state.lang]}</span>
            <span data-testid="tour-position">
              {s().index + 1} / {s().tour.stops.length}
            </span>
          </div>
          <Show when={record() && stop() ? { r: record()!, st: stop()! } : null}>
            {(v) => <TourCaption record={v().r} stop={v().st} showQuote={showQuote()} />}
          </Show>
          <Show when={s().held}>
            <p class="tour-paused" role="status" data-testid="tour-paused">
              {t(state.lang, state.kiosk ? 'tourKioskPaused' : 'tourPaused')}
            </p>
          </Show>
          <Show when={!state.kiosk}>
            <TourControls
              playing={s().playing && !s().held}
              showQuote={showQuote()}
              act={act}
              onQuote={toggleQuote}
              onTextSize={textSize}
              onPresenter={openPresenter}
              onHandout={openHandout}
            />
          </Show>
        </div>
      )}
    </Show>
  );
}
