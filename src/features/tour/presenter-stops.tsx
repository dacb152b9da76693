import { Show } from 'solid-js';
import { t } from '../../i18n';
import { useAppState } from '../../state/context';
import type { TourAction } from './tour';
import type { TourMessage } from './tour-sync';
import { StopMapView } from './stop-map-view';

/** The presenter view's body: this stop's name, caption and notes; the next stop; the buttons. */
export function PresenterStops(props: {
  message: Extract<TourMessage, { type: 'state' }>;
  send: (action: TourAction) => void;
}) {
  const { state, derived } = useAppState();
  const tr = (key: Parameters<typeof t>[1]) => t(state.lang, key);
  const stop = () => props.message.tour.stops[props.message.index];
  const next = () => props.message.tour.stops[props.message.index + 1];
  const name = (id: string | undefined) => (id ? (derived.byId().get(id)?.name[state.lang] ?? id) : '');
  const playing = () => props.message.playing && !props.message.held;
  return (
    <div class="presenter-body">
      <section class="presenter-current" aria-live="polite">
        <h1 data-testid="presenter-current">{name(stop()?.project)}</h1>
        <Show when={stop()?.caption}>{(c) => <p class="presenter-caption">{c()[state.lang]}</p>}</Show>
        <h2>{tr('presenterNotes')}</h2>
        <p class="presenter-notes" data-testid="presenter-notes">
          {stop()?.notes?.[state.lang] ?? tr('presenterNoNotes')}
        </p>
      </section>
      <aside class="presenter-next">
        <h2>{tr('presenterNext')}</h2>
        <Show when={next()} fallback={<p>{tr('presenterLast')}</p>}>
          {(n) => (
            <>
              <p data-testid="presenter-next">{name(n().project)}</p>
              <StopMapView project={n().project} width={320} height={200} label={name(n().project)} />
            </>
          )}
        </Show>
      </aside>
      <nav class="presenter-controls" aria-label={tr('tours')}>
        <button type="button" class="button" onClick={() => props.send({ type: 'prev' })} data-testid="presenter-prev">
          ← {tr('tourPrev')}
        </button>
        <button
          type="button"
          class="button"
          aria-pressed={playing()}
          onClick={() => props.send({ type: 'togglePlay' })}
          data-testid="presenter-play"
        >
          {tr(playing() ? 'tourPause' : 'tourPlay')}
        </button>
        <button
          type="button"
          class="button"
          onClick={() => props.send({ type: 'next' })}
          data-testid="presenter-next-button"
        >
          {tr('tourNext')} →
        </button>
      </nav>
    </div>
  );
}
