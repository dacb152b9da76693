/// <reference types="vite/client" />
interface ImportMetaEnv {
  readonly VITE_TIANDITU_KEY?: string;
  readonly VITE_OSM_STYLE_URL?: string;
  /** '1' in the test build: exposes `window.__yangpu` (see map/test-hooks.ts). */
  readonly VITE_TEST_HOOKS?: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
