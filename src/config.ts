/** Initial camera: all of Yangpu in view, [west, south, east, north] (WGS-84). */
export const YANGPU_BOUNDS: [number, number, number, number] = [121.488, 31.248, 121.565, 31.345];

/** Yangpu's bounds with a margin, [west, south, east, north]; the camera may not wander far off. */
export const MAX_BOUNDS: [number, number, number, number] = [121.3, 31.15, 121.75, 31.45];

/** Where the built layers and the context basemap are served (see vite.config.ts). */
// `?.`: vite.config.ts reads the basemap definitions (for the CSP) where import.meta.env is not set.
export const DATA_URL = `${import.meta.env?.BASE_URL ?? '/'}data/`;

/** Context basemap sources, each a GeoJSON file in geodata/context/. */
export const CONTEXT_FILES = [
  'districts',
  'district-labels',
  'water-areas',
  'water',
  'landmarks',
  'roads',
  'rail',
  'stations',
  'subdistricts',
] as const;
export type ContextFile = (typeof CONTEXT_FILES)[number];

/**
 * Context files the first map does without (light polygons of parks, campuses, schools and
 * hospitals; canal centrelines: the river and canals are drawn from `water-areas`): fetched once the
 * projects are drawn, so a phone's first map waits for less (issue 13).
 */
export const CONTEXT_AFTER_FIRST_MAP: readonly ContextFile[] = ['landmarks', 'water'];

/**
 * Online basemap settings, from the environment at build time: `VITE_OSM_STYLE_URL` (the OSM-style
 * option's style; default OpenFreeMap) and `VITE_TIANDITU_KEY` (never committed).
 */
export const BASEMAP_ENV: { VITE_OSM_STYLE_URL?: string; VITE_TIANDITU_KEY?: string } = {
  VITE_OSM_STYLE_URL: import.meta.env?.VITE_OSM_STYLE_URL,
  VITE_TIANDITU_KEY: import.meta.env?.VITE_TIANDITU_KEY,
};

/** How long an online basemap may go without loading before we fall back (ms). */
export const ONLINE_BASEMAP_TIMEOUT_MS = 8000;

/** The day the app and its data were built (YYYY-MM-DD; '' in unit tests). */
export const BUILD_DATE: string = import.meta.env.VITE_BUILD_DATE ?? '';
