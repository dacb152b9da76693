import { lazy, type Component } from 'solid-js';

// A code chunk that fails to load almost always means a redeploy while the page was open: the
// old page asks for chunk names the server no longer has. The user is told and offered a reload.

let handler: (() => void) | null = null;
let missed = false;

/** Reports a failed dynamic import (remembered until a handler is registered). */
export function reportChunkError(): void {
  if (handler) handler();
  else missed = true;
}

/**
 * Registers what to do when a chunk is missing: called for {@link reportChunkError} and for Vite's
 * `vite:preloadError` event (any other dynamic import that fails). Returns an unsubscribe.
 */
export function onChunkError(run: () => void): () => void {
  handler = run;
  if (missed) run();
  window.addEventListener('vite:preloadError', run);
  return () => {
    window.removeEventListener('vite:preloadError', run);
    if (handler === run) handler = null;
  };
}

/**
 * `lazy()` for a component in its own chunk: when the chunk is missing the component renders
 * nothing and the failure is reported (no uncaught error).
 *
 * @example const TourMode = lazyChunk(() => import('./tour-mode').then((m) => m.TourMode));
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's props
export function lazyChunk<T extends Component<any>>(load: () => Promise<T>) {
  return lazy(() =>
    load().then(
      (component) => ({ default: component }),
      () => {
        reportChunkError();
        return { default: (() => null) as unknown as T };
      },
    ),
  );
}
