import { batch } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { BureauId, Category, Status } from '../data/types';
import { EMPTY_FILTERS } from '../features/filters/filters';
import { t, type Lang } from '../i18n';
import type { BasemapId, OnlineBasemapId } from '../data/basemap-ids';
import { browserConsent, type BasemapConsent } from './basemap-consent';
import type { RadiusId } from '../features/nearby/radius';
import { parseUrlState, serializeUrlState, type SortKey, type Tab, type UrlState } from './url-state';

export type Panel = Tab;
export type Camera = NonNullable<UrlState['camera']>;

/** Everything the UI shows that is not derived: one store, changed only through `actions`. */
export interface AppState extends UrlState {
  /** Plain-language notices for the user (basemap fallback, ignored URL parts, data errors). */
  notices: { id: string; kind: 'info' | 'error'; text: string }[];
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
  /** The view to go back to when a tour ends. */
  tourReturn: { filters: UrlState['filters']; selected: string | null; camera: UrlState['camera']; tab: Tab } | null;
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
  return { bureaus: [...f.bureaus], statuses: [...f.statuses], years: [...f.years], categories: [...f.categories], query: f.query };
}

export interface StoreOptions {
  /** Which online basemaps the user chose before (default: this browser's localStorage). */
  consent?: BasemapConsent;
}

/** Creates the store from the page's URL; returns it with its named actions. */
export function createAppStore(search: string, options: StoreOptions = {}) {
  const parsed = parseUrlState(search);
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
    tourReturn: null,
  });
  const ignoredUrlParts = parsed.ignored;

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
    notify(id: string, kind: 'info' | 'error', text: string) {
      setState('notices', (list) => [...list.filter((n) => n.id !== id), { id, kind, text }]);
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
  return { state, actions, toSearch, toNavigationSearch, ignoredUrlParts, cameraFromUrl };
}

export type AppStore = ReturnType<typeof createAppStore>;
