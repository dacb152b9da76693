/**
 * Tour mode's links to the world outside its window: the kiosk's hold-and-resume on a touch, and
 * the presenter window (BroadcastChannel) and handout (a new tab).
 */
import { createEffect, createSignal, on, onCleanup, type Accessor, type Setter } from 'solid-js';
import { t } from '../../i18n';
import { useAppState } from '../../state/context';
import { pause, resume, type TourAction, type TourState } from './tour';
import { openTourChannel, presenterUrl } from './tour-sync';

/** Kiosk mode: autoplay comes back this long after the last touch (ms). */
export const KIOSK_RESUME_MS = 20_000;

/**
 * Someone touched the map (or, in a kiosk, anywhere on the screen): hold autoplay. A kiosk
 * resumes by itself {@link KIOSK_RESUME_MS} after the last touch; otherwise the presenter does.
 */
export function useKioskHold(tour: Accessor<TourState | null>, setTour: Setter<TourState | null>): void {
  const { state } = useAppState();
  const [touched, setTouched] = createSignal(0);
  const hold = () => {
    setTour((s) => (s ? pause(s) : s));
    setTouched((n) => n + 1);
  };
  createEffect(on(() => state.mapTouched, hold, { defer: true }));
  createEffect(() => {
    touched();
    if (!state.kiosk || !tour()?.held) return;
    const timer = setTimeout(() => setTour((s) => (s ? resume(s) : s)), KIOSK_RESUME_MS);
    onCleanup(() => clearTimeout(timer));
  });
  const onKioskTouch = () => state.kiosk && hold();
  window.addEventListener('pointerdown', onKioskTouch);
  onCleanup(() => window.removeEventListener('pointerdown', onKioskTouch));
}

/**
 * The presenter window asks (`hello`) and acts (`action`); this window answers with its state
 * after every change and says `ended` when the tour closes. Returns the openers for the buttons.
 */
export function usePresenterLink(
  tour: Accessor<TourState | null>,
  act: (action: TourAction) => void,
  startedAt: number,
) {
  const { state, actions } = useAppState();
  const channel = openTourChannel((m) =>
    m.type === 'hello' ? postState() : m.type === 'action' ? act(m.action) : undefined,
  );
  const postState = () => {
    const s = tour();
    if (s)
      channel.post({
        type: 'state',
        tour: s.tour,
        index: s.index,
        playing: s.playing,
        held: s.held,
        startedAt,
        lang: state.lang,
      });
  };
  createEffect(on([tour, () => state.lang], postState));
  onCleanup(() => {
    channel.post({ type: 'ended' });
    channel.close();
  });
  const openPresenter = () => {
    const win = window.open(
      presenterUrl(window.location.href, state.lang),
      'yangpu-presenter',
      'popup,width=1100,height=760',
    );
    if (!win) actions.notify('presenter', 'info', t(state.lang, 'tourPresenterBlocked'));
  };
  const openHandout = () => {
    const url = new URL(window.location.href);
    url.searchParams.delete('kiosk');
    url.searchParams.set('view', 'handout');
    window.open(url.href, '_blank');
  };
  return { openPresenter, openHandout };
}
