import { BUREAU_IDS, CATEGORIES, STATUSES, type BureauId, type Category, type Status } from '../data/types';
import type { Filters } from '../features/filters/filters';
import { RADII, DEFAULT_RADIUS_ID, type RadiusId } from '../features/nearby/radius';
import { LANGS, type Lang } from '../i18n';
import { BASEMAP_IDS, type BasemapId } from '../data/basemap-ids';

export type SortKey = 'name' | 'bureau' | 'area';
export const SORT_KEYS: readonly SortKey[] = ['name', 'bureau', 'area'];

/** The part of the app state that lives in the URL (query string), so a link restores the view. */
export interface UrlState {
  lang: Lang;
  basemap: BasemapId;
  /** Camera: [lng, lat], zoom, bearing, pitch; null = the initial view. */
  camera: { center: [number, number]; zoom: number; bearing: number; pitch: number } | null;
  filters: Filters;
  /** Selected record id (checked against the catalog once it has loaded). */
  selected: string | null;
  sort: SortKey;
  /** The side panel's tab. */
  tab: Tab;
  /** The resident's chosen place [lng, lat] and radius. */
  near: [number, number] | null;
  radius: RadiusId;
  /** The running tour and its stop (0-based; 1-based in the URL). */
  tour: string | null;
  stop: number;
}

export type Tab = 'list' | 'unplaced' | 'figures' | 'nearby';
export const TABS: readonly Tab[] = ['list', 'unplaced', 'figures', 'nearby'];

export const DEFAULT_URL_STATE: UrlState = {
  lang: 'zh',
  basemap: 'embedded',
  camera: null,
  filters: { bureaus: [], statuses: [], years: [], categories: [], query: '' },
  selected: null,
  sort: 'name',
  tab: 'list',
  near: null,
  radius: DEFAULT_RADIUS_ID,
  tour: null,
  stop: 0,
};

/** What parsing ignored, by parameter name, so the UI can say so. */
export interface ParseResult {
  state: UrlState;
  ignored: string[];
}

const YEARS = [2024, 2025] as const;
const MAX_QUERY = 100;
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,99}$/;

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: string): v is T =>
    (values as readonly string[]).includes(v);

/** Parses `a,b,c` keeping known values; null when any value is unknown (the whole list is ignored). */
function parseList<T>(value: string, parse: (v: string) => T | undefined): T[] | null {
  const out: T[] = [];
  for (const part of value.split(',')) {
    if (part === '') continue;
    const v = parse(part);
    if (v === undefined) return null;
    if (!out.includes(v)) out.push(v);
  }
  return out;
}

/**
 * Parses a query string (`?lang=en&b=housing&s=completed&y=2024&sel=…&map=12.5/31.29/121.52`)
 * into state. Never throws: an unknown or malformed value falls back to its default and its
 * parameter name is listed in `ignored`. `map` is `zoom/lat/lng[/bearing/pitch]`.
 */
export function parseUrlState(search: string): ParseResult {
  const state: UrlState = structuredClone(DEFAULT_URL_STATE);
  const ignored: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, ignored: ['(query)'] };
  }
  const read = <T>(name: string, parse: (v: string) => T | null, apply: (v: T) => void) => {
    const raw = params.get(name);
    if (raw === null) return;
    const value = parse(raw);
    if (value === null) ignored.push(name);
    else apply(value);
  };
  const pick = <T extends string>(values: readonly T[]) => (v: string) => (oneOf(values)(v) ? v : null);
  read('lang', pick(LANGS), (v) => (state.lang = v));
  read('basemap', pick(BASEMAP_IDS), (v) => (state.basemap = v));
  read('map', parseCamera, (v) => (state.camera = v));
  read('sort', pick(SORT_KEYS), (v) => (state.sort = v));
  read('b', (v) => parseList<BureauId>(v, (p) => (oneOf(BUREAU_IDS)(p) ? p : undefined)), (v) => (state.filters.bureaus = v));
  read('s', (v) => parseList<Status>(v, (p) => (oneOf(STATUSES)(p) ? p : undefined)), (v) => (state.filters.statuses = v));
  read('c', (v) => parseList<Category>(v, (p) => (oneOf(CATEGORIES)(p) ? p : undefined)), (v) => (state.filters.categories = v));
  read(
    'y',
    (v) => parseList<number>(v, (p) => (YEARS as readonly number[]).find((y) => String(y) === p)),
    (v) => (state.filters.years = v),
  );
  read('q', (v) => (v.length <= MAX_QUERY ? v : null), (v) => (state.filters.query = v));
  read('sel', (v) => (ID_PATTERN.test(v) ? v : null), (v) => (state.selected = v));
  read('tab', pick(TABS), (v) => (state.tab = v));
  read('r', pick(RADII.map((r) => r.id)), (v) => (state.radius = v));
  read('tour', (v) => (ID_PATTERN.test(v) ? v : null), (v) => (state.tour = v));
  read('stop', (v) => (/^[1-9]\d{0,2}$/.test(v) ? Number(v) - 1 : null), (v) => (state.stop = v));
  read('near', parseLngLat, (v) => {
    state.near = v;
    if (params.get('tab') === null || ignored.includes('tab')) state.tab = 'nearby';
  });
  return { state, ignored };
}

function parseLngLat(value: string): [number, number] | null {
  const parts = value.split(',').map((p) => (p.trim() === '' ? Number.NaN : Number(p)));
  if (parts.length !== 2 || parts.some((n) => !Number.isFinite(n))) return null;
  const [lng, lat] = parts as [number, number];
  return lng >= -180 && lng <= 180 && lat >= -85 && lat <= 85 ? [lng, lat] : null;
}

function parseCamera(value: string): UrlState['camera'] {
  const parts = value.split('/').map((p) => (p.trim() === '' ? Number.NaN : Number(p)));
  if (parts.length < 3 || parts.length > 5 || parts.some((n) => !Number.isFinite(n))) return null;
  const [zoom, lat, lng, bearing = 0, pitch = 0] = parts as [number, number, number, number?, number?];
  if (zoom < 0 || zoom > 22 || lat < -85 || lat > 85 || lng < -180 || lng > 180) return null;
  if (bearing < -360 || bearing > 360 || pitch < 0 || pitch > 85) return null;
  return { center: [lng, lat], zoom, bearing, pitch };
}

/** Serialises state to a query string (leading `?`, or '' when everything is default). */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  const d = DEFAULT_URL_STATE;
  if (state.lang !== d.lang) params.set('lang', state.lang);
  if (state.basemap !== d.basemap) params.set('basemap', state.basemap);
  const f = state.filters;
  if (f.bureaus.length) params.set('b', f.bureaus.join(','));
  if (f.statuses.length) params.set('s', f.statuses.join(','));
  if (f.years.length) params.set('y', f.years.join(','));
  if (f.categories.length) params.set('c', f.categories.join(','));
  if (f.query) params.set('q', f.query);
  if (state.selected) params.set('sel', state.selected);
  if (state.sort !== d.sort) params.set('sort', state.sort);
  if (state.near) params.set('near', `${state.near[0].toFixed(5)},${state.near[1].toFixed(5)}`);
  // A shared place opens the nearby tab by itself; any other tab beside a place is written out.
  const impliedTab: Tab = state.near ? 'nearby' : d.tab;
  if (state.tab !== impliedTab) params.set('tab', state.tab);
  if (state.radius !== d.radius) params.set('r', state.radius);
  if (state.tour) {
    params.set('tour', state.tour);
    params.set('stop', String(state.stop + 1));
  }
  if (state.camera) {
    const { center, zoom, bearing, pitch } = state.camera;
    const parts = [zoom.toFixed(2), center[1].toFixed(5), center[0].toFixed(5)];
    if (Math.abs(bearing) >= 0.05 || pitch >= 0.05) parts.push(bearing.toFixed(1), pitch.toFixed(1));
    params.set('map', parts.join('/'));
  }
  const text = params.toString().replaceAll('%2F', '/').replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}
