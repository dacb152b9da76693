/** The basemaps a user can pick; the first is the default (embedded, offline). */
export const BASEMAP_IDS = ['embedded', 'osm', 'tianditu'] as const;
export type BasemapId = (typeof BASEMAP_IDS)[number];
/** Basemaps served by a third party: opening one needs the user's consent (see state/basemap-consent.ts). */
export type OnlineBasemapId = Exclude<BasemapId, 'embedded'>;

/** The build's basemap settings (`VITE_OSM_STYLE_URL`, `VITE_TIANDITU_KEY`), read in `config.ts`. */
export interface BasemapEnv {
  VITE_OSM_STYLE_URL?: string;
  VITE_TIANDITU_KEY?: string;
}

/**
 * True when the basemap can be offered: the embedded one and the OSM-style one always (it has a
 * keyless default), Tianditu only with a key. The same rule as `onlineBasemaps` in `map/basemaps.ts`,
 * here so the state can check a link's `basemap` without importing the map.
 */
export function isBasemapAvailable(id: BasemapId, env: BasemapEnv): boolean {
  return id !== 'tianditu' || Boolean(env.VITE_TIANDITU_KEY);
}
