import type { Map as MapLibreMap } from 'maplibre-gl';
import { onCleanup } from 'solid-js';

/** The browser tests' handle on the live map, read through page.evaluate. */
export interface TestHooks {
  map: MapLibreMap;
}

declare global {
  interface Window {
    __yangpu?: TestHooks;
  }
}

/**
 * Sets `window.__yangpu` in the dev server and in the test build (`VITE_TEST_HOOKS=1`, set by
 * playwright.config.ts); a production build has neither, and the bundler drops this code.
 * Returns the handle, or undefined in production.
 */
export function exposeTestHooks(map: MapLibreMap): TestHooks | undefined {
  if (!(import.meta.env.DEV || import.meta.env.VITE_TEST_HOOKS === '1')) return undefined;
  const hooks: TestHooks = { map };
  window.__yangpu = hooks;
  onCleanup(() => {
    if (window.__yangpu === hooks) delete window.__yangpu;
  });
  return hooks;
}
