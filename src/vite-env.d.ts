/// <reference types="vite/client" />
interface ImportMetaEnv {
  readonly VITE_TIANDITU_KEY?: string;
  /** YYYY-MM-DD of the build (set in vite.config.ts). */
  readonly VITE_BUILD_DATE?: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
