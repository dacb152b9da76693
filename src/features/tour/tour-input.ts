import { onCleanup } from 'solid-js';
import { keyToAction, type TourAction } from './tour';
import { textScaleKey } from './text-scale';

/**
 * The tour's keyboard, swipe and fullscreen wiring, attached for the caller's lifetime:
 * - keys: see `keyToAction`; Q the quote; + and − the text size;
 * - swipes on touch screens: left = next, right = previous;
 * - leaving fullscreen (the browser's own Esc) leaves the tour.
 * Returns the touch handlers to put on the tour's element.
 */
export function useTourInput(handlers: {
  act: (action: TourAction) => void;
  onQuote: () => void;
  onTextSize: (dir: 1 | -1) => void;
  onFullscreenLeft: () => void;
}) {
  const onKey = (e: KeyboardEvent) => {
    if (
      e.target instanceof HTMLInputElement ||
      e.target instanceof HTMLTextAreaElement ||
      e.altKey ||
      e.ctrlKey ||
      e.metaKey
    )
      return;
    if (e.key === 'q' || e.key === 'Q') return handlers.onQuote();
    const size = textScaleKey(e.key);
    if (size) {
      e.preventDefault();
      return handlers.onTextSize(size);
    }
    const action = keyToAction(e.key);
    if (!action) return;
    e.preventDefault();
    handlers.act(action);
  };
  let wasFullscreen = Boolean(document.fullscreenElement);
  const onFullscreen = () => {
    if (wasFullscreen && !document.fullscreenElement) handlers.onFullscreenLeft();
    wasFullscreen = Boolean(document.fullscreenElement);
  };
  let touchX: number | null = null;
  const onTouchStart = (e: TouchEvent) => (touchX = e.touches.length === 1 ? e.touches[0]!.clientX : null);
  const onTouchEnd = (e: TouchEvent) => {
    if (touchX === null) return;
    const dx = e.changedTouches[0]!.clientX - touchX;
    touchX = null;
    if (Math.abs(dx) > 60) handlers.act({ type: dx < 0 ? 'next' : 'prev' });
  };
  window.addEventListener('keydown', onKey);
  document.addEventListener('fullscreenchange', onFullscreen);
  onCleanup(() => {
    window.removeEventListener('keydown', onKey);
    document.removeEventListener('fullscreenchange', onFullscreen);
  });
  return { onTouchStart, onTouchEnd };
}
