import { createEffect, createMemo, createSignal, For, on, onCleanup, Show } from 'solid-js';
import { LABELS, t } from '../../i18n';
import { useAppState } from '../../state/context';
import { enterFullscreen } from './tour-picker';
import { useTours } from './tour-source';
import {
  activeFilters,
  applyAction,
  createTourState,
  currentStop,
  isAdvancing,
  keyToAction,
  pause,
  resume,
  stopFigures,
  tick,
  tourProgress,
  type TourState,
} from './tour';

/** Flight length between stops (ms); reduced motion turns it into a cut (see map-view). */
const FLIGHT_MS = 2600;

/**
 * Tour mode: the live explorer driven stop by stop. Each stop sets its filters, selects its
 * project and flies the camera there; a caption shows name, bureau, status and key figures; the
 * keyboard, buttons, swipes and autoplay move between stops; touching the map pauses.
 */
export function TourMode() {
  const { state, actions, derived } = useAppState();
  const { active } = useTours();
  const [tour, setTour] = createSignal<TourState | null>(null);
  const [showQuote, setShowQuote] = createSignal(false);

  // The tour the URL names (deep links included); an unknown id ends tour mode with a notice.
  createEffect(() => {
    const found = active();
    if (!state.tour || found === undefined) return; // leaving, or still loading
    if (found === null || found.stops.length === 0) {
      actions.notify('tour-missing', 'info', t(state.lang, found ? 'tourEmpty' : 'tourMissing'));
      actions.exitTour();
      return;
    }
    setTour((prev) => (prev && prev.tour === found ? prev : createTourState(found, state.stop)));
  });
  // URL → tour (back/forward), tour → URL.
  createEffect(
    on(
      () => state.stop,
      (stop) => state.tour && setTour((s) => (s && s.index !== stop ? applyAction(s, { type: 'goTo', index: stop }) : s)),
    ),
  );
  createEffect(on(() => tour()?.index, (index) => index !== undefined && index !== state.stop && actions.setTourStop(index)));

  const stop = createMemo(() => {
    const s = tour();
    return s ? currentStop(s) : undefined;
  });
  const record = createMemo(() => (stop() ? derived.byId().get(stop()!.project) : undefined));

  // Arriving at a stop: filters, selection, camera.
  createEffect(
    on(stop, (current) => {
      const s = tour();
      if (!current || !s || !state.tour) return;
      setShowQuote(false);
      const filters = activeFilters(s);
      if (filters) {
        actions.setFacet('bureaus', filters.bureaus);
        actions.setFacet('statuses', filters.statuses);
        actions.setFacet('years', filters.years);
        actions.setFacet('categories', filters.categories);
      }
      actions.openProject(current.project, { tilt: current.camera, duration: FLIGHT_MS });
    }),
  );

  // Autoplay: one timer per stop while advancing.
  createEffect(() => {
    const s = tour();
    if (!s || !isAdvancing(s)) return;
    const timer = setTimeout(() => setTour((cur) => (cur ? tick(cur) : cur)), s.tour.dwellSeconds * 1000 + FLIGHT_MS);
    onCleanup(() => clearTimeout(timer));
  });
  // The presenter touched the map: hold autoplay until resumed.
  createEffect(on(() => state.mapTouched, () => setTour((s) => (s ? pause(s) : s)), { defer: true }));

  const act = (action: Parameters<typeof applyAction>[1]) => {
    if (action.type === 'exit') return leave();
    setTour((s) => (s ? (action.type === 'togglePlay' && s.held ? resume(s) : applyAction(resume(s), action)) : s));
  };
  const leave = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    actions.exitTour();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.target instanceof HTMLInputElement || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'q' || e.key === 'Q') return setShowQuote((v) => !v);
    const action = keyToAction(e.key);
    if (!action) return;
    e.preventDefault();
    act(action);
  };
  // Leaving fullscreen (the browser's own Esc) leaves the tour too.
  let wasFullscreen = Boolean(document.fullscreenElement);
  const onFullscreen = () => {
    if (wasFullscreen && !document.fullscreenElement) actions.exitTour();
    wasFullscreen = Boolean(document.fullscreenElement);
  };
  // Swipes on touch screens: left = next, right = previous.
  let touchX: number | null = null;
  const onTouchStart = (e: TouchEvent) => (touchX = e.touches.length === 1 ? e.touches[0]!.clientX : null);
  const onTouchEnd = (e: TouchEvent) => {
    if (touchX === null) return;
    const dx = e.changedTouches[0]!.clientX - touchX;
    touchX = null;
    if (Math.abs(dx) > 60) act({ type: dx < 0 ? 'next' : 'prev' });
  };
  window.addEventListener('keydown', onKey);
  document.addEventListener('fullscreenchange', onFullscreen);
  onCleanup(() => {
    window.removeEventListener('keydown', onKey);
    document.removeEventListener('fullscreenchange', onFullscreen);
  });

  const figures = createMemo(() => {
    const r = record();
    const s = stop();
    if (!r || !s) return [];
    return stopFigures(s, r.figures.length).map((i) => r.figures[i]!).filter(Boolean);
  });

  return (
    <Show when={tour()} fallback={<div class="tour-loading" role="status">{t(state.lang, 'tourLoading')}</div>}>
      {(s) => (
        <div class="tour" data-testid="tour" onTouchStart={onTouchStart} onTouchEnd={onTouchEnd}>
          <div class="tour-progress" role="progressbar" aria-valuemin={0} aria-valuemax={s().tour.stops.length} aria-valuenow={s().index + 1}>
            <span style={{ width: `${tourProgress(s()) * 100}%` }} />
          </div>
          <div class="tour-title">
            <span>{s().tour.title[state.lang]}</span>
            <span data-testid="tour-position">
              {s().index + 1} / {s().tour.stops.length}
            </span>
          </div>
          <Show when={record()}>
            {(r) => (
              <section class="tour-caption" aria-live="polite" data-testid="tour-caption">
                <h2 data-testid="tour-name">{r().name[state.lang]}</h2>
                <p class="tour-meta">
                  {r().bureaus.map((b) => derived.bureauName(b)).join('、')} · <span class={`status status-${r().status}`}>{LABELS.status[r().status][state.lang]}</span> ·{' '}
                  {r().years.join('、')}
                </p>
                <Show when={stop()?.caption}>
                  <p class="tour-note">{stop()!.caption![state.lang]}</p>
                </Show>
                <Show when={figures().length > 0}>
                  <ul class="tour-figures">
                    <For each={figures()}>
                      {(f) => (
                        <li>
                          <strong>{f.text}</strong>
                          <Show when={f.label}>
                            <span>{f.label![state.lang]}</span>
                          </Show>
                        </li>
                      )}
                    </For>
                  </ul>
                </Show>
                <Show when={showQuote()}>
                  <blockquote class="tour-quote" lang="zh-CN" data-testid="tour-quote">
                    {r().quotes[0]?.text}
                  </blockquote>
                </Show>
              </section>
            )}
          </Show>
          <Show when={s().held}>
            <p class="tour-paused" role="status">
              {t(state.lang, 'tourPaused')}
            </p>
          </Show>
          <nav class="tour-controls" aria-label={t(state.lang, 'tours')}>
            <button type="button" onClick={() => act({ type: 'prev' })} aria-label={t(state.lang, 'tourPrev')} data-testid="tour-prev">
              ←
            </button>
            <button type="button" onClick={() => act({ type: 'togglePlay' })} aria-pressed={s().playing && !s().held} data-testid="tour-play">
              {t(state.lang, s().playing && !s().held ? 'tourPause' : 'tourPlay')}
            </button>
            <button type="button" onClick={() => act({ type: 'next' })} aria-label={t(state.lang, 'tourNext')} data-testid="tour-next">
              →
            </button>
            <button type="button" onClick={() => setShowQuote((v) => !v)} aria-pressed={showQuote()} data-testid="tour-quote-toggle">
              {t(state.lang, 'tourQuote')}
            </button>
            <Show when={!document.fullscreenElement}>
              <button type="button" onClick={() => void enterFullscreen(() => actions.notify('fullscreen', 'info', t(state.lang, 'tourFullscreenRefused')))}>
                {t(state.lang, 'tourFullscreen')}
              </button>
            </Show>
            <button type="button" onClick={leave} data-testid="tour-exit">
              {t(state.lang, 'tourExit')}
            </button>
            <span class="tour-keys">{t(state.lang, 'tourKeys')}</span>
          </nav>
        </div>
      )}
    </Show>
  );
}
