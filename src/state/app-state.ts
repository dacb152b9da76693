/**
 * The app's state: its shape (the URL part, `UrlState`, plus what only lives in the page) and
 * how it starts from a link.
 */
import type { Names } from '../data/types';
import type { OnlineBasemapId } from '../data/basemap-ids';
import type { BasemapConsent } from './basemap-consent';
import type { Tab, UrlState } from './url-state';

export type Panel = Tab;
export type Camera = NonNullable<UrlState['camera']>;

/** Everything the UI shows that is not derived: one store, changed only through `actions`. */
export interface AppState extends UrlState {
  /** Plain-language notices for the user (basemap fallback, ignored URL parts, data errors). */
  notices: Notice[];
  hovered: string | null;
  /** A camera move the map should make (`seq` increases on each request). */
  flyTo: FlyRequest;
  /** Increases each time the user drags, zooms or touches the map (a tour pauses on it). */
  mapTouched: number;
  /**
   * An online basemap a link asked for, not yet agreed to: the map shows the embedded one and a
   * notice offers this one with one tap (no request to its host until then).
   */
  basemapOffer: OnlineBasemapId | null;
  /** What the map shows now, [w, s, e, n] (from the map; not in the URL). */
  viewBounds: BBox | null;
  /** How the resident's place was last chosen, for the place box ("my location", a name…). */
  nearPick: NearPick;
  /** The view to go back to when a tour ends. */
  tourReturn: { filters: UrlState['filters']; selected: string | null; camera: UrlState['camera']; tab: Tab } | null;
  /** The tour's text size (caption, quote, map labels), a factor of the default; remembered. */
  tourTextScale: number;
}

/** Where the tour's text size is remembered (localStorage). */
export const TEXT_SCALE_KEY = 'yangpu.tourTextScale';
/** The remembered tour text size (1 when none or unreadable). */
function storedTextScale(): number {
  try {
    const v = Number(globalThis.localStorage?.getItem(TEXT_SCALE_KEY));
    return Number.isFinite(v) && v >= 0.5 && v <= 4 ? v : 1;
  } catch {
    return 1;
  }
}

/**
 * How the place in `near` was chosen: `seq` increases on every choice, so the place box can tell a
 * new choice from the user's typing; `name` for a place picked from the search.
 */
export interface NearPick {
  seq: number;
  kind: 'none' | 'link' | 'place' | 'map' | 'location';
  name?: Names;
}

/** A notice; `action` adds a button (Retry, Reload) that runs `run`. */
export interface Notice {
  id: string;
  kind: 'info' | 'error';
  text: string;
  action?: { label: 'retry' | 'reload'; run: () => void };
}

export type BBox = [number, number, number, number];
export interface FlyRequest {
  seq: number;
  camera?: Camera;
  bbox?: BBox;
  /** A project to frame: the map view fits its extent once the data has it. */
  project?: string;
  /** With `bbox`: pitch, bearing and a zoom offset applied after fitting (tours). */
  tilt?: { pitch: number; bearing: number; zoomOffset: number };
  /** Flight length in ms (0 = jump). */
  duration?: number;
}

export type Facet = 'bureaus' | 'statuses' | 'years' | 'categories';
export type FacetValue<F extends Facet> = UrlState['filters'][F][number];

/** A plain copy of the filters (store proxies cannot be structured-cloned). */
export function copyFilters(f: UrlState['filters']): UrlState['filters'] {
  return {
    bureaus: [...f.bureaus],
    statuses: [...f.statuses],
    years: [...f.years],
    categories: [...f.categories],
    query: f.query,
  };
}

/**
 * The state a page opens with, from its parsed link. A link cannot make the page contact a third
 * party: an online basemap it names (not agreed to before, see `consent`) is only offered.
 */
export function initialState(parsed: UrlState, consent: BasemapConsent): AppState {
  const linked = parsed.basemap;
  const offer = linked !== 'embedded' && !consent.has(linked) ? linked : null;
  return {
    ...parsed,
    basemap: offer ? 'embedded' : linked,
    basemapOffer: offer,
    notices: [],
    hovered: null,
    // A link to a project without a camera opens framed on that project (once the data is in).
    flyTo:
      parsed.selected && !parsed.camera && !parsed.tour
        ? { seq: 1, project: parsed.selected, duration: 0 }
        : { seq: 0 },
    mapTouched: 0,
    viewBounds: null,
    nearPick: { seq: 0, kind: parsed.near ? 'link' : 'none' },
    // A link that opens a tour comes back to the rest of the link (filters, search, selection)
    // when the tour ends or fails to load.
    tourReturn: parsed.tour
      ? { filters: copyFilters(parsed.filters), selected: parsed.selected, camera: parsed.camera, tab: parsed.tab }
      : null,
    tourTextScale: storedTextScale(),
  };
}

/** The URL part of the state (what a link holds). */
export function urlPart(state: AppState): UrlState {
  return {
    lang: state.lang,
    basemap: state.basemap,
    camera: state.camera,
    filters: state.filters,
    selected: state.selected,
    sort: state.sort,
    tab: state.tab,
    near: state.near,
    radius: state.radius,
    lifeCircle: state.lifeCircle,
    tour: state.tour,
    stop: state.stop,
    kiosk: state.kiosk,
    view: state.view,
    tourData: state.tourData,
  };
}
