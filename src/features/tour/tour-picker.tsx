import { For, onCleanup, onMount, Show } from 'solid-js';
import { faultOf } from '../../data/fetch-json';
import { TOURS_FILE } from '../../data/load';
import { t } from '../../i18n';
import { useAppState } from '../../state/context';
import { failureText } from '../../state/fault-notices';
import { SELECTION_TOUR_ID, useTours } from './tour-source';

/** Asks for fullscreen; on refusal the tour runs in the window with a notice. */
export async function enterFullscreen(onRefused: () => void): Promise<void> {
  try {
    if (!document.fullscreenElement) await document.documentElement.requestFullscreen();
  } catch {
    onRefused();
  }
}

/** A dialog listing the curated tours and the tour of the current selection. */
export function TourPicker(props: { onClose: () => void; onBuild?: () => void }) {
  const { state, actions } = useAppState();
  const tours = useTours();
  const curated = tours.curated;
  let dialog!: HTMLDivElement;
  const start = (id: string) => {
    props.onClose();
    actions.startTour(id, 0);
    void enterFullscreen(() => actions.notify('fullscreen', 'info', t(state.lang, 'tourFullscreenRefused')));
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') props.onClose();
  };
  onMount(() => {
    window.addEventListener('keydown', onKey);
    dialog.querySelector<HTMLElement>('button')?.focus();
  });
  onCleanup(() => window.removeEventListener('keydown', onKey));
  return (
    <div class="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && props.onClose()}>
      <div
        class="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="tour-picker-title"
        ref={dialog}
        data-testid="tour-picker"
      >
        <header class="dialog-header">
          <h2 id="tour-picker-title">{t(state.lang, 'toursTitle')}</h2>
          <button
            type="button"
            class="button button-small"
            aria-label={t(state.lang, 'close')}
            onClick={() => props.onClose()}
          >
            ×
          </button>
        </header>
        <Show when={!curated.loading} fallback={<p role="status">{t(state.lang, 'tourLoading')}</p>}>
          <Show
            when={!curated.error}
            fallback={<p role="alert">{failureText(state.lang, { file: TOURS_FILE, ...faultOf(curated.error) })}</p>}
          >
            <TourList tours={tours} onClose={() => props.onClose()} onBuild={props.onBuild} start={start} />
          </Show>
        </Show>
      </div>
    </div>
  );
}

/** The tours to pick: build one (when offered), the current selection's, then the curated ones. */
function TourList(props: {
  tours: ReturnType<typeof useTours>;
  onClose: () => void;
  onBuild?: () => void;
  start: (id: string) => void;
}) {
  const { state } = useAppState();
  return (
    <ul class="tour-list">
      <Show when={props.onBuild}>
        <li>
          <button
            type="button"
            class="tour-item"
            onClick={() => {
              props.onClose();
              props.onBuild!();
            }}
            data-testid="tour-build"
          >
            <strong>{t(state.lang, 'builderOpen')}</strong>
            <span>{t(state.lang, 'builderSelectFirst')}</span>
          </button>
        </li>
      </Show>
      <li>
        <button
          type="button"
          class="tour-item"
          disabled={props.tours.selection().stops.length === 0}
          onClick={() => props.start(SELECTION_TOUR_ID)}
          data-tour={SELECTION_TOUR_ID}
        >
          <strong>{t(state.lang, 'tourSelection')}</strong>
          <span>
            {props.tours.selection().stops.length} {t(state.lang, 'tourStops')} ·{' '}
            {t(state.lang, 'tourSelectionDescription')}
          </span>
        </button>
      </li>
      <For each={props.tours.curated()}>
        {(tour) => (
          <li>
            <button type="button" class="tour-item" onClick={() => props.start(tour.id)} data-tour={tour.id}>
              <strong>{tour.title[state.lang]}</strong>
              <span>
                {tour.stops.length} {t(state.lang, 'tourStops')}
                {tour.description ? ` · ${tour.description[state.lang]}` : ''}
              </span>
            </button>
          </li>
        )}
      </For>
    </ul>
  );
}
