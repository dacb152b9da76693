import { Show } from 'solid-js';
import { t } from '../../i18n';
import { useAppState } from '../../state/context';
import { stepTextScale } from './text-scale';
import { tourProgress, type TourState } from './tour';
import { TourCaption } from './tour-caption';
import { TourControls } from './tour-controls';
import { useTourInput } from './tour-input';
import { useKioskHold, usePresenterLink } from './tour-links';
import { useTourSession } from './tour-session';

/** The tour's progress bar, title and "3 / 12". */
function TourHeader(props: { s: TourState }) {
  const { state } = useAppState();
  return (
    <>
      <div
        class="tour-progress"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={props.s.tour.stops.length}
        aria-valuenow={props.s.index + 1}
      >
        <span style={{ width: `${tourProgress(props.s) * 100}%` }} />
      </div>
      <div class="tour-title">
        <span>{props.s.tour.title[state.lang]}</span>
        <span data-testid="tour-position">
          {props.s.index + 1} / {props.s.tour.stops.length}
        </span>
      </div>
    </>
  );
}

/**
 * Tour mode: the live explorer driven stop by stop. Each stop sets its filters, selects its
 * project and flies the camera there (`tour-session.ts`); keys, buttons, swipes, autoplay and the
 * presenter window move between stops; touching the map pauses (in kiosk mode only for a while).
 */
export function TourMode() {
  const { state, actions } = useAppState();
  const session = useTourSession();
  const startedAt = Date.now();
  useKioskHold(session.tour, session.setTour);
  const textSize = (dir: 1 | -1) => actions.setTourTextScale(stepTextScale(state.tourTextScale, dir));
  const touch = useTourInput({
    act: session.act,
    onQuote: session.toggleQuote,
    onTextSize: textSize,
    onFullscreenLeft: () => actions.exitTour(),
  });
  const { openPresenter, openHandout } = usePresenterLink(session.tour, session.act, startedAt);
  const loading = (
    <div class="tour-loading" role="status">
      {t(state.lang, 'tourLoading')}
    </div>
  );
  return (
    <Show when={session.tour()} fallback={loading}>
      {(s) => (
        <div
          class="tour"
          classList={{ 'tour-kiosk': state.kiosk }}
          style={{ '--tour-text-scale': state.tourTextScale }}
          data-testid="tour"
          onTouchStart={touch.onTouchStart}
          onTouchEnd={touch.onTouchEnd}
        >
          <TourHeader s={s()} />
          <Show when={session.record() && session.stop() ? { r: session.record()!, st: session.stop()! } : null}>
            {(v) => <TourCaption record={v().r} stop={v().st} showQuote={session.showQuote()} />}
          </Show>
          <Show when={s().held}>
            <p class="tour-paused" role="status" data-testid="tour-paused">
              {t(state.lang, state.kiosk ? 'tourKioskPaused' : 'tourPaused')}
            </p>
          </Show>
          <Show when={!state.kiosk}>
            <TourControls
              playing={s().playing && !s().held}
              showQuote={session.showQuote()}
              act={session.act}
              onQuote={session.toggleQuote}
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
