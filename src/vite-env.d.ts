/// <reference types="vite/client" />
interface ImportMetaEnv {
  readonly VITE_TIANDITU_KEY?: string;
  readonly VITE_OSM_STYLE_URL?: string;
  /** '1' in the test build: exposes `window.__yangpu` (see map/test-hooks.ts). */
  readonly VITE_TEST_HOOKS?: string;
  /** YYYY-MM-DD of the build (set in vite.config.ts). */
  readonly VITE_BUILD_DATE?: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
