import { createSignal, onCleanup, Show } from 'solid-js';
import { t } from '../../i18n';
import { useAppState } from '../../state/context';
import { keyToAction, type TourAction } from './tour';
import { PresenterStops } from './presenter-stops';
import { formatElapsed, openTourChannel, type TourMessage } from './tour-sync';
import './tour-views.css';

type StateMessage = Extract<TourMessage, { type: 'state' }>;

/**
 * The presenter's window (`?view=presenter`): notes of the current stop, the next stop with a
 * small map, elapsed time and a clock, and buttons and keys that drive the tour window.
 */
export function PresenterView() {
  const { state } = useAppState();
  const [tour, setTour] = createSignal<StateMessage | null>(null);
  const [ended, setEnded] = createSignal(false);
  const [now, setNow] = createSignal(Date.now());
  const channel = openTourChannel((m) => {
    if (m.type === 'state') {
      setTour(m);
      setEnded(false);
    } else if (m.type === 'ended') setEnded(true);
  });
  channel.post({ type: 'hello' });
  const clock = setInterval(() => setNow(Date.now()), 1000);
  const send = (action: TourAction) => channel.post({ type: 'action', action });
  const onKey = (e: KeyboardEvent) => {
    const action = keyToAction(e.key);
    if (!action || action.type === 'exit' || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    send(action);
  };
  window.addEventListener('keydown', onKey);
  document.title = t(state.lang, 'presenterTitle');
  onCleanup(() => {
    clearInterval(clock);
    window.removeEventListener('keydown', onKey);
    channel.close();
  });
  const tr = (key: Parameters<typeof t>[1]) => t(state.lang, key);
  return (
    <main class="presenter" data-testid="presenter">
      <header class="presenter-bar">
        <strong>{tour()?.tour.title[state.lang] ?? tr('presenterTitle')}</strong>
        <span data-testid="presenter-position">
          {tour() ? `${tour()!.index + 1} / ${tour()!.tour.stops.length}` : ''}
        </span>
        <span>
          {tr('presenterElapsed')}{' '}
          <time data-testid="presenter-elapsed">{tour() ? formatElapsed(now() - tour()!.startedAt) : '0:00'}</time>
        </span>
        <span>
          {tr('presenterClock')}{' '}
          <time data-testid="presenter-clock">
            {new Date(now()).toLocaleTimeString(state.lang === 'zh' ? 'zh-CN' : 'en-GB')}
          </time>
        </span>
      </header>
      <Show when={!ended()} fallback={<p role="status">{tr('presenterEnded')}</p>}>
        <Show when={tour()} fallback={<p role="status">{tr('presenterWaiting')}</p>}>
          {(m) => <PresenterStops message={m()} send={send} />}
        </Show>
      </Show>
    </main>
  );
}
