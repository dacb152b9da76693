/**
 * Keeps the audience window (the map) and the presenter window (notes) in step, both ways,
 * through a BroadcastChannel: same origin, same browser, no server.
 *
 * - audience → presenter: `state` after every change, `ended` when the tour closes;
 * - presenter → audience: `hello` on opening (answered with `state`), `action` for its buttons and keys.
 */
import type { Tour, TourAction } from './tour';

export const TOUR_CHANNEL = 'yangpu-tour';

export type TourMessage =
  | { type: 'state'; tour: Tour; index: number; playing: boolean; held: boolean; startedAt: number; lang: 'zh' | 'en' }
  | { type: 'action'; action: TourAction }
  | { type: 'hello' }
  | { type: 'ended' };

export interface TourChannel {
  post(message: TourMessage): void;
  close(): void;
}

/** Opens the channel; a browser without BroadcastChannel gets one that does nothing. */
export function openTourChannel(onMessage: (message: TourMessage) => void): TourChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const channel = new BroadcastChannel(TOUR_CHANNEL);
  channel.onmessage = (e: MessageEvent<TourMessage>) => onMessage(e.data);
  return {
    // A plain copy: store proxies cannot be structured-cloned.
    post: (message) => channel.postMessage(JSON.parse(JSON.stringify(message)) as TourMessage),
    close: () => channel.close(),
  };
}

/** The URL of the presenter window for the page at `href`: same app, `view=presenter`, nothing else but the language. */
export function presenterUrl(href: string, lang: 'zh' | 'en'): string {
  const url = new URL(href);
  url.search = `?view=presenter${lang === 'en' ? '&lang=en' : ''}`;
  return url.href;
}

/** "1:05:09" / "4:09" from milliseconds. */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const [h, m, sec] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(sec)}` : `${m}:${two(sec)}`;
}
