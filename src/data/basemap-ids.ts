/** The basemaps a user can pick; the first is the default (embedded, offline). */
export const BASEMAP_IDS = ['embedded', 'osm', 'tianditu'] as const;
export type BasemapId = (typeof BASEMAP_IDS)[number];
/** Basemaps served by a third party: opening one needs the user's consent (see state/basemap-consent.ts). */
export type OnlineBasemapId = Exclude<BasemapId, 'embedded'>;
