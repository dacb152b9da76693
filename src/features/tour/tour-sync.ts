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
