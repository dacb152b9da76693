import { BASEMAP_IDS, type BasemapId } from '../map/basemaps';
import { LANGS, type Lang } from '../i18n';

/** The part of the app state that lives in the URL (query string), so a link restores the view. */
export interface UrlState {
  lang: Lang;
  basemap: BasemapId;
  /** Camera: [lng, lat], zoom, bearing, pitch; null = the initial view. */
  camera: { center: [number, number]; zoom: number; bearing: number; pitch: number } | null;
}

export const DEFAULT_URL_STATE: UrlState = { lang: 'zh', basemap: 'embedded', camera: null };

/** What parsing ignored, by parameter name, so the UI can say so. */
export interface ParseResult {
  state: UrlState;
  ignored: string[];
}

const isLang = (v: string): v is Lang => (LANGS as readonly string[]).includes(v);
const isBasemap = (v: string): v is BasemapId => (BASEMAP_IDS as readonly string[]).includes(v);

/**
 * Parses a query string (`?lang=en&map=12.5/31.29/121.52/0/0`) into state. Never throws: an
 * unknown or malformed value falls back to the default and is listed in `ignored`.
 * `map` is `zoom/lat/lng[/bearing/pitch]`, as many map sites write it.
 */
export function parseUrlState(search: string): ParseResult {
  const state: UrlState = { ...DEFAULT_URL_STATE };
  const ignored: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, ignored: ['(query)'] };
  }
  const lang = params.get('lang');
  if (lang !== null) {
    if (isLang(lang)) state.lang = lang;
    else ignored.push('lang');
  }
  const basemap = params.get('basemap');
  if (basemap !== null) {
    if (isBasemap(basemap)) state.basemap = basemap;
    else ignored.push('basemap');
  }
  const map = params.get('map');
  if (map !== null) {
    const camera = parseCamera(map);
    if (camera) state.camera = camera;
    else ignored.push('map');
  }
  return { state, ignored };
}

function parseCamera(value: string): UrlState['camera'] {
  const parts = value.split('/').map(Number);
  if (parts.length < 3 || parts.length > 5 || parts.some((n) => !Number.isFinite(n))) return null;
  const [zoom, lat, lng, bearing = 0, pitch = 0] = parts as [number, number, number, number?, number?];
  if (zoom < 0 || zoom > 22 || lat < -85 || lat > 85 || lng < -180 || lng > 180) return null;
  if (bearing < -360 || bearing > 360 || pitch < 0 || pitch > 85) return null;
  return { center: [lng, lat], zoom, bearing, pitch };
}

/** Serialises state to a query string (leading `?`, or '' when everything is default). */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.lang !== DEFAULT_URL_STATE.lang) params.set('lang', state.lang);
  if (state.basemap !== DEFAULT_URL_STATE.basemap) params.set('basemap', state.basemap);
  if (state.camera) {
    const { center, zoom, bearing, pitch } = state.camera;
    const parts = [zoom.toFixed(2), center[1].toFixed(5), center[0].toFixed(5)];
    if (bearing !== 0 || pitch !== 0) parts.push(bearing.toFixed(1), pitch.toFixed(1));
    params.set('map', parts.join('/'));
  }
  const text = params.toString().replaceAll('%2F', '/');
  return text ? `?${text}` : '';
}
