import { batch } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { BureauId, Category, Names, Status } from '../data/types';
import { EMPTY_FILTERS } from '../data/facets';
import { t, type Lang } from '../i18n';
import { isBasemapAvailable, type BasemapId, type OnlineBasemapId } from '../data/basemap-ids';
import { browserConsent, type BasemapConsent } from './basemap-consent';
import { BASEMAP_ENV } from '../config';
import type { RadiusId } from '../data/radius';
import { parseUrlState, serializeUrlState, type SortKey, type Tab, type UrlState } from './url-state';

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

const TEXT_SCALE_KEY = 'yangpu.tourTextScale';
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

type Facet = 'bureaus' | 'statuses' | 'years' | 'categories';
type FacetValue<F extends Facet> = UrlState['filters'][F][number];

/** A plain copy of the filters (store proxies cannot be structured-cloned). */
function copyFilters(f: UrlState['filters']): UrlState['filters'] {
  return {
    bureaus: [...f.bureaus],
    statuses: [...f.statuses],
    years: [...f.years],
    categories: [...f.categories],
    query: f.query,
  };
}

export interface StoreOptions {
  /** Which online basemaps the user chose before (default: this browser's localStorage). */
  consent?: BasemapConsent;
}

/** Creates the store from the page's URL; returns it with its named actions. */
export function createAppStore(search: string, options: StoreOptions = {}) {
  const parsed = parseUrlState(search, (id) => isBasemapAvailable(id, BASEMAP_ENV));
  const consent = options.consent ?? browserConsent();
  // A link cannot make the page contact a third party: an online basemap it names is only offered.
  const linked = parsed.state.basemap;
  const offer = linked !== 'embedded' && !consent.has(linked) ? linked : null;
  const [state, setState] = createStore<AppState>({
    ...parsed.state,
    basemap: offer ? 'embedded' : linked,
    basemapOffer: offer,
    notices: [],
    hovered: null,
    // A link to a project without a camera opens framed on that project (once the data is in).
    flyTo:
      parsed.state.selected && !parsed.state.camera && !parsed.state.tour
        ? { seq: 1, project: parsed.state.selected, duration: 0 }
        : { seq: 0 },
    mapTouched: 0,
    viewBounds: null,
    nearPick: { seq: 0, kind: parsed.state.near ? 'link' : 'none' },
    // A link that opens a tour comes back to the rest of the link (filters, search, selection)
    // when the tour ends or fails to load.
    tourReturn: parsed.state.tour
      ? {
          filters: copyFilters(parsed.state.filters),
          selected: parsed.state.selected,
          camera: parsed.state.camera,
          tab: parsed.state.tab,
        }
      : null,
    tourTextScale: storedTextScale(),
  });
  // What the link held that the app could not use (names, misspelled ones with a guess), and
  // what it adjusted (values kept in part, clamped, duplicates): both are told to the user.
  const ignoredUrlParts = [...parsed.ignored, ...parsed.unknown].slice(0, 12);
  const changedUrlParts = parsed.changed.slice(0, 12);

  /** Replaces the camera request whole: a store merge would keep a previous request's bbox or tilt. */
  const requestFlight = (target: Omit<FlyRequest, 'seq'>) =>
    setState('flyTo', reconcile({ ...target, seq: state.flyTo.seq + 1 }));

  const actions = {
    setLang(lang: Lang) {
      setState('lang', lang);
    },
    /** The user picks a basemap: an online one is remembered as agreed to in this browser. */
    chooseBasemap(basemap: BasemapId) {
      if (basemap !== 'embedded') consent.remember(basemap);
      batch(() => {
        setState('basemap', basemap);
        setState('basemapOffer', null);
        setState('notices', (list) => list.filter((n) => n.id !== 'basemap-fallback'));
      });
    },
    /** The user takes the online basemap a link offered. */
    acceptBasemapOffer() {
      if (state.basemapOffer) actions.chooseBasemap(state.basemapOffer);
    },
    declineBasemapOffer() {
      setState('basemapOffer', null);
    },
    /**
     * The map reports that an online basemap failed before it was drawn (an error, or silence
     * past the timeout): back to the embedded one, with a notice. A report about a basemap no
     * longer chosen changes nothing.
     */
    basemapFailed(basemap: BasemapId) {
      if (basemap === 'embedded' || state.basemap !== basemap) return;
      batch(() => {
        setState('basemap', 'embedded');
        actions.notify('basemap-fallback', 'info', t(state.lang, 'basemapFallback'));
      });
    },
    /** Records where the camera is (from the map; does not move it). */
    setCamera(camera: UrlState['camera']) {
      setState('camera', camera);
    },
    /** Records the box [w, s, e, n] the map shows (from the map; does not move it). */
    setViewBounds(bounds: BBox) {
      setState('viewBounds', bounds);
    },
    /** Asks the map to show a bounding box [w, s, e, n] or a camera. */
    flyTo(target: Omit<FlyRequest, 'seq'>) {
      requestFlight(target);
    },
    mapTouched() {
      setState('mapTouched', (n) => n + 1);
    },
    /** Starts a tour at a stop (`tourData`: a tour carried by a link), remembering the current view to come back to. */
    startTour(id: string, stop = 0, tourData: string | null = null) {
      batch(() => {
        if (!state.tour) {
          setState('tourReturn', {
            filters: copyFilters(state.filters),
            selected: state.selected,
            // A plain copy: the store merges later camera updates into the same object.
            camera: state.camera ? { ...state.camera, center: [state.camera.center[0], state.camera.center[1]] } : null,
            tab: state.tab,
          });
        }
        setState('tour', id);
        setState('stop', stop);
        setState('tourData', tourData);
      });
    },
    /** Sets the tour's text size and remembers it in this browser. */
    setTourTextScale(scale: number) {
      setState('tourTextScale', scale);
      try {
        localStorage.setItem(TEXT_SCALE_KEY, String(scale));
      } catch {
        // Private mode or storage full: the size holds for this visit only.
      }
    },
    setTourStop(stop: number) {
      setState('stop', stop);
    },
    /** Ends the tour and restores the view, filters and selection from before it. */
    exitTour() {
      const back = state.tourReturn;
      batch(() => {
        setState('tour', null);
        setState('tourReturn', null);
        setState('kiosk', false);
        setState('tourData', null);
        setState('filters', reconcile(back ? back.filters : structuredClone(EMPTY_FILTERS)));
        setState('selected', back ? back.selected : null);
        if (back) setState('tab', back.tab);
        if (back?.camera) requestFlight({ camera: back.camera, duration: 0 });
      });
    },
    toggleFacet<F extends Facet>(facet: F, value: FacetValue<F>) {
      setState('filters', facet, (list) => {
        const values = list as FacetValue<F>[];
        return (values.includes(value) ? values.filter((v) => v !== value) : [...values, value]) as never;
      });
    },
    setFacet(facet: Facet, values: (BureauId | Status | Category | number)[]) {
      setState('filters', facet, values as never);
    },
    setQuery(query: string) {
      setState('filters', 'query', query.slice(0, 100));
    },
    resetFilters() {
      setState('filters', reconcile(structuredClone(EMPTY_FILTERS)));
    },
    select(id: string | null) {
      setState('selected', id);
    },
    /**
     * Opens a project: selects it and frames it on the map (the map view fits the project's
     * extent). A tour passes its camera tilt and flight length.
     */
    openProject(id: string, frame: Pick<FlyRequest, 'tilt' | 'duration'> = {}) {
      batch(() => {
        setState('selected', id);
        requestFlight({ project: id, ...frame });
      });
    },
    hover(id: string | null) {
      if (state.hovered !== id) setState('hovered', id);
    },
    setSort(sort: SortKey) {
      setState('sort', sort);
    },
    setPanel(panel: Panel) {
      setState('tab', panel);
    },
    /**
     * Sets the resident's place (null clears it) and shows the nearby tab. `how` says how it was
     * chosen (a searched place with its name, a tap on the map, the device's location).
     */
    setNear(point: [number, number] | null, how: Omit<NearPick, 'seq'> = { kind: point ? 'link' : 'none' }) {
      batch(() => {
        setState('near', point);
        setState('nearPick', reconcile({ ...how, kind: point ? how.kind : 'none', seq: state.nearPick.seq + 1 }));
        if (point) setState('tab', 'nearby');
      });
    },
    setRadius(radius: RadiusId) {
      setState('radius', radius);
    },
    /** Opens or closes the life-circle card of the chosen place. */
    setLifeCircle(open: boolean) {
      setState('lifeCircle', open);
    },
    notify(id: string, kind: 'info' | 'error', text: string, action?: Notice['action']) {
      setState('notices', (list) => [
        ...list.filter((n) => n.id !== id),
        { id, kind, text, ...(action ? { action } : {}) },
      ]);
    },
    dismiss(id: string) {
      setState('notices', (list) => list.filter((n) => n.id !== id));
    },
    /** Restores the URL part of the state (browser back/forward), moving the camera too. */
    restore(search: string) {
      const next = parseUrlState(search).state;
      batch(() => {
        setState('lang', next.lang);
        setState('basemap', next.basemap);
        setState('filters', reconcile(next.filters));
        setState('selected', next.selected);
        setState('sort', next.sort);
        setState('tab', next.tab);
        if (String(next.near) !== String(state.near)) {
          setState('nearPick', reconcile({ seq: state.nearPick.seq + 1, kind: next.near ? 'link' : 'none' }));
        }
        setState('near', next.near);
        setState('radius', next.radius);
        setState('lifeCircle', next.lifeCircle);
        setState('tour', next.tour);
        setState('stop', next.stop);
        setState('kiosk', next.kiosk);
        setState('tourData', next.tourData);
        if (next.camera) {
          setState('camera', next.camera);
          requestFlight({ camera: next.camera });
        }
      });
    },
  };

  const urlState = (): UrlState => ({
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
  });
  /** The query string for the current state. */
  const toSearch = () => serializeUrlState(urlState());
  /** The query string without the camera: a change here is a new history entry. */
  const toNavigationSearch = () => serializeUrlState({ ...urlState(), camera: null });

  /** True when the link named a camera: then a selected project does not move it on load. */
  const cameraFromUrl = parsed.state.camera !== null;
  return { state, actions, toSearch, toNavigationSearch, ignoredUrlParts, changedUrlParts, cameraFromUrl };
}

export type AppStore = ReturnType<typeof createAppStore>;
