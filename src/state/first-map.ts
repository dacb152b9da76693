/** The standard marker of the first useful map: the map view sets it, others wait for it. */
export const FIRST_MAP = 'first-map';

/**
 * Resolves once `performance.mark('first-map')` has been set (the first frame that draws every
 * project layer), or after `fallbackMs` when no map comes (no WebGL, a data error): what is not
 * needed for the first map loads after it, but never waits forever.
 */
export function afterFirstMap(fallbackMs = 8000): Promise<void> {
  // One observer and one timer for the page, whoever asks (map view, data, search, prefetches).
  if (fallbackMs === FALLBACK_MS) return (shared ??= waitForFirstMap(fallbackMs));
  return waitForFirstMap(fallbackMs);
}

const FALLBACK_MS = 8000;
let shared: Promise<void> | undefined;

function waitForFirstMap(fallbackMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (performance.getEntriesByName(FIRST_MAP, 'mark').length > 0) return resolve();
    let observer: PerformanceObserver | undefined;
    const done = () => {
      observer?.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, fallbackMs);
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName(FIRST_MAP).length > 0) done();
      });
      observer.observe({ type: 'mark' });
    } catch {
      // No PerformanceObserver (old browser, test DOM): the timer still resolves.
    }
  });
}
