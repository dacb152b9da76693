import { ID_MAX_LENGTH, ID_PATTERN as ID_SHAPE } from '../data/schema';
import { BUREAU_IDS, CATEGORIES, STATUSES, type BureauId, type Category, type Status } from '../data/types';
import { isPlausibleYear, type Filters } from '../data/facets';
import { RADII, DEFAULT_RADIUS_ID, type RadiusId } from '../data/radius';
import { LANGS, type Lang } from '../i18n';
import { BASEMAP_IDS, type BasemapId } from '../data/basemap-ids';
import { clampCamera, describeUnknown, oneOf, parseCamera, parseList, parseLngLat, shorten } from './url-values';

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
  /** The life-circle card is open for the chosen place (`lc=1`; only with `near`). */
  lifeCircle: boolean;
  /** The running tour and its stop (0-based; 1-based in the URL). */
  tour: string | null;
  stop: number;
  /** Kiosk mode (`kiosk=1`): the tour loops with autoplay and no controls (lobby screens). */
  kiosk: boolean;
  /** A second view of a tour (`view=presenter` notes window, `view=handout` printable pages); null = the map. */
  view: AppView | null;
  /** A tour carried by the link itself (`td`, see `features/tour/tour-draft.ts`), with `tour=shared`. */
  tourData: string | null;
}

export type AppView = 'presenter' | 'handout';
export const APP_VIEWS: readonly AppView[] = ['presenter', 'handout'];
/** Longest `td` accepted (characters of base64url). */
export const MAX_TOUR_DATA = 12_000;

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
  lifeCircle: false,
  tour: null,
  stop: 0,
  kiosk: false,
  view: null,
  tourData: null,
};

/** What parsing ignored or changed, so the UI can say so (values shortened, never HTML). */
export interface ParseResult {
  state: UrlState;
  /** Known parameters whose value was not understood (the default is used), by name. */
  ignored: string[];
  /** Parameter names the app does not know, as written (with a guess: `bb (b?)`). */
  unknown: string[];
  /** Parameters kept in part or adjusted: `b=housing,nope → housing`, `sort: given twice, the first is used`. */
  changed: string[];
}

/** Every parameter the link may hold. */
export const URL_PARAMS = [
  'lang',
  'basemap',
  'map',
  'sort',
  'b',
  's',
  'c',
  'y',
  'q',
  'sel',
  'tab',
  'r',
  'near',
  'tour',
  'stop',
] as const;

const MAX_QUERY = 100;
/** An id as the data build allows it (one limit, shared through `data/schema.ts`). */
const isId = (v: string): boolean => v.length <= ID_MAX_LENGTH && ID_SHAPE.test(v);
/**
 * Parses a query string (`?lang=en&b=housing&s=completed&y=2024&sel=…&map=12.5/31.29/121.52`)
 * into state. Never throws: an unknown or malformed value falls back to its default and its
 * parameter name is listed in `ignored`. `map` is `zoom/lat/lng[/bearing/pitch]`.
 */
export function parseUrlState(search: string, basemapAvailable: (id: BasemapId) => boolean = () => true): ParseResult {
  const state: UrlState = structuredClone(DEFAULT_URL_STATE);
  const ignored: string[] = [];
  const changed: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, ignored: ['(query)'], unknown: [], changed };
  }
  const names = [...new Set(params.keys())];
  const isKnown = (n: string) => (URL_PARAMS as readonly string[]).includes(n);
  const unknown = names.filter((n) => !isKnown(n)).map((n) => describeUnknown(n, URL_PARAMS));
  // A parameter given twice: the first is used, and the user is told.
  for (const name of names.filter(isKnown))
    if (params.getAll(name).length > 1) changed.push(`${name}: ×${params.getAll(name).length} → 1`);
  const read = <T>(name: string, parse: (v: string) => T | null, apply: (v: T) => void) => {
    const raw = params.get(name);
    if (raw === null) return;
    const value = parse(raw);
    if (value === null) ignored.push(name);
    else apply(value);
  };
  /** A list parameter: unknown values are dropped and named, the known ones kept. */
  const readList = <T>(name: string, parse: (v: string) => T | undefined, apply: (v: T[]) => void) =>
    read(
      name,
      (v) => parseList<T>(v, parse),
      ({ values, dropped }) => {
        apply(values);
        if (dropped.length) changed.push(`${name}=${shorten(params.get(name)!)} → ${shorten(values.join(','))}`);
      },
    );
  const pick =
    <T extends string>(values: readonly T[]) =>
    (v: string) =>
      oneOf(values)(v) ? v : null;
  read('lang', pick(LANGS), (v) => (state.lang = v));
  read('basemap', pick(BASEMAP_IDS), (v) => {
    if (basemapAvailable(v)) state.basemap = v;
    else changed.push(`basemap=${v} → ${DEFAULT_URL_STATE.basemap}`);
  });
  read('map', parseCamera, (v) => {
    state.camera = clampCamera(v);
    if (state.camera.center !== v.center)
      changed.push(`map=${shorten(params.get('map')!)} → ${state.camera.center.map((n) => n.toFixed(3)).join(',')}`);
  });
  read('sort', pick(SORT_KEYS), (v) => (state.sort = v));
  readList<BureauId>(
    'b',
    (p) => (oneOf(BUREAU_IDS)(p) ? p : undefined),
    (v) => (state.filters.bureaus = v),
  );
  readList<Status>(
    's',
    (p) => (oneOf(STATUSES)(p) ? p : undefined),
    (v) => (state.filters.statuses = v),
  );
  readList<Category>(
    'c',
    (p) => (oneOf(CATEGORIES)(p) ? p : undefined),
    (v) => (state.filters.categories = v),
  );
  readList<number>(
    'y',
    (p) => (/^\d{4}$/.test(p) && isPlausibleYear(Number(p)) ? Number(p) : undefined),
    (v) => (state.filters.years = v),
  );
  read(
    'q',
    (v) => (v.length <= MAX_QUERY ? v : null),
    (v) => (state.filters.query = v),
  );
  read(
    'sel',
    (v) => (isId(v) ? v : null),
    (v) => (state.selected = v),
  );
  read('tab', pick(TABS), (v) => (state.tab = v));
  read('r', pick(RADII.map((r) => r.id)), (v) => (state.radius = v));
  read(
    'tour',
    (v) => (isId(v) ? v : null),
    (v) => (state.tour = v),
  );
  read(
    'stop',
    (v) => (/^[1-9]\d{0,2}$/.test(v) ? Number(v) - 1 : null),
    (v) => (state.stop = v),
  );
  read(
    'kiosk',
    (v) => (v === '1' ? true : v === '0' ? false : null),
    (v) => (state.kiosk = v),
  );
  read('view', pick(APP_VIEWS), (v) => (state.view = v));
  read(
    'td',
    (v) => (v.length <= MAX_TOUR_DATA && /^[A-Za-z0-9_-]+$/.test(v) ? v : null),
    (v) => (state.tourData = v),
  );
  read('near', parseLngLat, (v) => {
    state.near = v;
    if (params.get('tab') === null || ignored.includes('tab')) state.tab = 'nearby';
  });
  // The card belongs to a place: `lc=1` without a valid `near` is ignored.
  read(
    'lc',
    (v) => (v === '1' && state.near ? true : null),
    (v) => (state.lifeCircle = v),
  );
  return { state, ignored, unknown, changed };
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
  if (state.lifeCircle && state.near) params.set('lc', '1');
  if (state.tour) {
    params.set('tour', state.tour);
    params.set('stop', String(state.stop + 1));
    if (state.tourData) params.set('td', state.tourData);
    if (state.kiosk) params.set('kiosk', '1');
  }
  if (state.view) params.set('view', state.view);
  if (state.camera) {
    const { center, zoom, bearing, pitch } = state.camera;
    const parts = [zoom.toFixed(2), center[1].toFixed(5), center[0].toFixed(5)];
    if (Math.abs(bearing) >= 0.05 || pitch >= 0.05) parts.push(bearing.toFixed(1), pitch.toFixed(1));
    params.set('map', parts.join('/'));
  }
  const text = params.toString().replaceAll('%2F', '/').replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}
