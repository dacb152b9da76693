import { Show } from 'solid-js';
import { t } from '../../i18n';
import { useAppState } from '../../state/context';
import type { TourAction } from './tour';
import { enterFullscreen } from './tour-picker';

/** The tour's buttons (hidden in kiosk mode): stops, autoplay, quote, text size, second windows, exit. */
export function TourControls(props: {
  playing: boolean;
  showQuote: boolean;
  act: (action: TourAction) => void;
  onQuote: () => void;
  onTextSize: (dir: 1 | -1) => void;
  onPresenter: () => void;
  onHandout: () => void;
}) {
  const { state, actions } = useAppState();
  const tr = (key: Parameters<typeof t>[1]) => t(state.lang, key);
  return (
    <nav class="tour-controls" aria-label={tr('tours')}>
      <button
        type="button"
        onClick={() => props.act({ type: 'prev' })}
        aria-label={tr('tourPrev')}
        data-testid="tour-prev"
      >
        ←
      </button>
      <button
        type="button"
        onClick={() => props.act({ type: 'togglePlay' })}
        aria-pressed={props.playing}
        data-testid="tour-play"
      >
        {tr(props.playing ? 'tourPause' : 'tourPlay')}
      </button>
      <button
        type="button"
        onClick={() => props.act({ type: 'next' })}
        aria-label={tr('tourNext')}
        data-testid="tour-next"
      >
        →
      </button>
      <button
        type="button"
        onClick={() => props.onQuote()}
        aria-pressed={props.showQuote}
        data-testid="tour-quote-toggle"
      >
        {tr('tourQuote')}
      </button>
      <button
        type="button"
        onClick={() => props.onTextSize(-1)}
        aria-label={tr('tourTextSmaller')}
        data-testid="tour-text-smaller"
      >
        A−
      </button>
      <button
        type="button"
        onClick={() => props.onTextSize(1)}
        aria-label={tr('tourTextBigger')}
        data-testid="tour-text-bigger"
      >
        A+
      </button>
      <button type="button" onClick={() => props.onPresenter()} data-testid="tour-presenter">
        {tr('tourPresenterOpen')}
      </button>
      <button type="button" onClick={() => props.onHandout()} data-testid="tour-handout">
        {tr('tourHandout')}
      </button>
      <Show when={!document.fullscreenElement}>
        <button
          type="button"
          onClick={() => void enterFullscreen(() => actions.notify('fullscreen', 'info', tr('tourFullscreenRefused')))}
        >
          {tr('tourFullscreen')}
        </button>
      </Show>
      <button type="button" onClick={() => props.act({ type: 'exit' })} data-testid="tour-exit">
        {tr('tourExit')}
      </button>
      <span class="tour-keys">{tr('tourKeys')}</span>
    </nav>
  );
}
