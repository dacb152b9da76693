import type { StyleSpecification } from 'maplibre-gl';
import { TIANDITU_KEY } from '../config';
import type { Lang } from '../i18n';
import { buildEmbeddedStyle } from './style';
import type { Theme } from './theme';

export type BasemapId = 'embedded' | 'osm' | 'tianditu';
export const BASEMAP_IDS: readonly BasemapId[] = ['embedded', 'osm', 'tianditu'];

/** Keyless OpenStreetMap-based vector style (OpenFreeMap "liberty"); attribution is in the style. */
export const OSM_STYLE_URL = 'https://tiles.openfreemap.org/styles/liberty';

/** True when the basemap can be offered: Tianditu needs a key from VITE_TIANDITU_KEY. */
export function isBasemapAvailable(id: BasemapId, tiandituKey: string = TIANDITU_KEY): boolean {
  return id !== 'tianditu' || tiandituKey.length > 0;
}

/**
 * Tianditu (天地图) vector tiles with Chinese annotation, Web Mercator (`_w`) tile matrix.
 * Its CGCS2000 coordinates agree with WGS-84 to well under a metre, so our layers line up.
 */
export function tiandituStyle(key: string): StyleSpecification {
  const tiles = (layer: string) =>
    [0, 1, 2, 3, 4, 5, 6, 7].map(
      (n) =>
        `https://t${n}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
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

/**
 * The style (object or URL) for a basemap. Unavailable online basemaps resolve to the embedded one.
 * `textScale` scales the embedded basemap's labels (online styles keep their own).
 */
export function basemapStyle(id: BasemapId, theme: Theme, lang: Lang, textScale = 1): StyleSpecification | string {
  if (id === 'osm') return OSM_STYLE_URL;
  if (id === 'tianditu' && isBasemapAvailable('tianditu')) return tiandituStyle(TIANDITU_KEY);
  return buildEmbeddedStyle(theme, lang, textScale);
}
