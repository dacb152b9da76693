import type { StyleSpecification } from 'maplibre-gl';
import type { BasemapId, OnlineBasemapId } from '../data/basemap-ids';

export type { BasemapId, OnlineBasemapId };

/**
 * The online basemaps as data: where each one's style comes from and which hosts it contacts.
 * Plain data and no `import.meta.env`, so Node code (vite.config.ts, the security headers) can
 * derive the CSP from the same definitions the app uses. The settings come from the build's
 * environment: `VITE_OSM_STYLE_URL` (default OpenFreeMap) and `VITE_TIANDITU_KEY` (no default).
 */
export interface BasemapEnv {
  VITE_OSM_STYLE_URL?: string;
  VITE_TIANDITU_KEY?: string;
}

/** Keyless OpenStreetMap-based vector style (OpenFreeMap "liberty"); attribution is in the style. */
export const DEFAULT_OSM_STYLE_URL = 'https://tiles.openfreemap.org/styles/liberty';

const TIANDITU_HOSTS = [0, 1, 2, 3, 4, 5, 6, 7].map((n) => `https://t${n}.tianditu.gov.cn`);

export interface OnlineBasemap {
  id: OnlineBasemapId;
  /** The style: a URL MapLibre fetches, or a style object built here. */
  style: string | StyleSpecification;
  /** Origins the map contacts for it (style, tiles, sprites, glyphs). */
  hosts: string[];
}

/** The online basemaps this build can offer (Tianditu only with a key). */
export function onlineBasemaps(env: BasemapEnv): OnlineBasemap[] {
  const osmStyle = env.VITE_OSM_STYLE_URL || DEFAULT_OSM_STYLE_URL;
  const list: OnlineBasemap[] = [{ id: 'osm', style: osmStyle, hosts: [new URL(osmStyle).origin] }];
  const key = env.VITE_TIANDITU_KEY ?? '';
  if (key) list.push({ id: 'tianditu', style: tiandituStyle(key), hosts: TIANDITU_HOSTS });
  return list;
}

/** Every origin an online basemap of this build may contact (for `img-src`/`connect-src`). */
export function basemapOrigins(env: BasemapEnv): string[] {
  return [...new Set(onlineBasemaps(env).flatMap((b) => b.hosts))];
}

/** True when the basemap can be offered: the embedded one always, an online one when configured. */
export function isBasemapAvailable(id: BasemapId, env: BasemapEnv): boolean {
  return id === 'embedded' || onlineBasemaps(env).some((b) => b.id === id);
}

/**
 * Tianditu (天地图) vector tiles with Chinese annotation, Web Mercator (`_w`) tile matrix.
 * Its CGCS2000 coordinates agree with WGS-84 to well under a metre, so our layers line up.
 */
export function tiandituStyle(key: string): StyleSpecification {
  const tiles = (layer: string) =>
    TIANDITU_HOSTS.map(
      (host) =>
        `${host}/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
        `&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`,
    );
  const attribution = '© <a href="https://www.tianditu.gov.cn/">天地图 Tianditu</a>';
  return {
    version: 8,
    name: 'Tianditu',
    sources: {
      'tianditu-vec': { type: 'raster', tiles: tiles('vec'), tileSize: 256, maxzoom: 18, attribution },
      'tianditu-cva': { type: 'raster', tiles: tiles('cva'), tileSize: 256, maxzoom: 18 },
    },
    layers: [
      { id: 'tianditu-vec', type: 'raster', source: 'tianditu-vec' },
      { id: 'tianditu-cva', type: 'raster', source: 'tianditu-cva' },
    ],
  };
}
