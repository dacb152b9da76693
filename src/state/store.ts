import { batch } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { BureauId, Category, Status } from '../data/types';
import { EMPTY_FILTERS } from '../features/filters/filters';
import type { Lang } from '../i18n';
import { isBasemapAvailable, type BasemapId } from '../map/basemaps';
import type { RadiusId } from '../features/nearby/radius';
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
  /** The view to go back to when a tour ends. */
  tourReturn: { filters: UrlState['filters']; selected: string | null; camera: UrlState['camera']; tab: Tab } | null;
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
  /** With `bbox`: pitch, bearing and a zoom offset applied after fitting (tours). */
  tilt?: { pitch: number; bearing: number; zoomOffset: number };
  /** Flight length in ms (0 = jump). */
  duration?: number;
}

type Facet = 'bureaus' | 'statuses' | 'years' | 'categories';
type FacetValue<F extends Facet> = UrlState['filters'][F][number];

/** A plain copy of the filters (store proxies cannot be structured-cloned). */
function copyFilters(f: UrlState['filters']): UrlState['filters'] {
  return { bureaus: [...f.bureaus], statuses: [...f.statuses], years: [...f.years], categories: [...f.categories], query: f.query };
}

/** Creates the store from the page's URL; returns it with its named actions. */
export function createAppStore(search: string) {
  const parsed = parseUrlState(search, (id) => isBasemapAvailable(id));
  const [state, setState] = createStore<AppState>({
    ...parsed.state,
    notices: [],
    hovered: null,
    flyTo: { seq: 0 },
    mapTouched: 0,
    // A link that opens a tour comes back to the rest of the link (filters, search, selection)
    // when the tour ends or fails to load.
    tourReturn: parsed.state.tour
      ? { filters: copyFilters(parsed.state.filters), selected: parsed.state.selected, camera: parsed.state.camera, tab: parsed.state.tab }
      : null,
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
    setBasemap(basemap: BasemapId) {
      setState('basemap', basemap);
    },
    /** Records where the camera is (from the map; does not move it). */
    setCamera(camera: UrlState['camera']) {
      setState('camera', camera);
    },
    /** Asks the map to show a bounding box [w, s, e, n] or a camera. */
    flyTo(target: Omit<FlyRequest, 'seq'>) {
      requestFlight(target);
    },
    mapTouched() {
      setState('mapTouched', (n) => n + 1);
    },
    /** Starts a tour at a stop, remembering the current view to come back to. */
    startTour(id: string, stop = 0) {
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
      });
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
    hover(id: string | null) {
      if (state.hovered !== id) setState('hovered', id);
    },
    setSort(sort: SortKey) {
      setState('sort', sort);
    },
    setPanel(panel: Panel) {
      setState('tab', panel);
    },
    /** Sets the resident's place (null clears it) and shows the nearby tab. */
    setNear(point: [number, number] | null) {
      batch(() => {
        setState('near', point);
        if (point) setState('tab', 'nearby');
      });
    },
    setRadius(radius: RadiusId) {
      setState('radius', radius);
    },
    notify(id: string, kind: 'info' | 'error', text: string, action?: Notice['action']) {
      setState('notices', (list) => [...list.filter((n) => n.id !== id), { id, kind, text, ...(action ? { action } : {}) }]);
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
        setState('near', next.near);
        setState('radius', next.radius);
        setState('tour', next.tour);
        setState('stop', next.stop);
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
    tour: state.tour,
    stop: state.stop,
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
