/**
 * The store's named actions, in groups: what users do (and what the map reports back). Each group
 * is made from the same {@link StoreAccess}; `createAppStore` puts them together.
 */
import { batch } from 'solid-js';
import { reconcile, type SetStoreFunction } from 'solid-js/store';
import { EMPTY_FILTERS, reportYears } from '../data/facets';
import type { BasemapId } from '../data/basemap-ids';
import type { RadiusId } from '../data/radius';
import type { BureauId, Catalog, Category, Status } from '../data/types';
import { t, type Lang } from '../i18n';
import {
  copyFilters,
  TEXT_SCALE_KEY,
  type AppState,
  type BBox,
  type Facet,
  type FacetValue,
  type FlyRequest,
  type NearPick,
  type Notice,
  type Panel,
} from './app-state';
import type { BasemapConsent } from './basemap-consent';
import { parseUrlState, type SortKey, type UrlState } from './url-state';

/** What an action group needs: the state, its setter, and the one way to ask the map to move. */
export interface StoreAccess {
  state: AppState;
  setState: SetStoreFunction<AppState>;
  /** Replaces the camera request whole: a store merge would keep a previous request's bbox or tilt. */
  requestFlight: (target: Omit<FlyRequest, 'seq'>) => void;
}

/** Notices: plain-language messages, one per id. */
export function noticeActions({ setState }: StoreAccess) {
  return {
    notify(id: string, kind: 'info' | 'error', text: string, action?: Notice['action']) {
      setState('notices', (list) => [
        ...list.filter((n) => n.id !== id),
        { id, kind, text, ...(action ? { action } : {}) },
      ]);
    },
    dismiss(id: string) {
      setState('notices', (list) => list.filter((n) => n.id !== id));
    },
  };
}

/** The map: language, basemap (with consent and fallback), camera and what it reports. */
export function mapActions(
  { state, setState, requestFlight }: StoreAccess,
  consent: BasemapConsent,
  notify: ReturnType<typeof noticeActions>['notify'],
) {
  const chooseBasemap = (basemap: BasemapId) => {
    if (basemap !== 'embedded') consent.remember(basemap);
    batch(() => {
      setState('basemap', basemap);
      setState('basemapOffer', null);
      setState('notices', (list) => list.filter((n) => n.id !== 'basemap-fallback'));
    });
  };
  return {
    setLang(lang: Lang) {
      setState('lang', lang);
    },
    /** The user picks a basemap: an online one is remembered as agreed to in this browser. */
    chooseBasemap,
    /** The user takes the online basemap a link offered. */
    acceptBasemapOffer() {
      if (state.basemapOffer) chooseBasemap(state.basemapOffer);
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
        notify('basemap-fallback', 'info', t(state.lang, 'basemapFallback'));
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
    hover(id: string | null) {
      if (state.hovered !== id) setState('hovered', id);
    },
  };
}

/** The explorer: filters, search, selection, sort and the side panel's tab. */
export function exploreActions(
  { state, setState, requestFlight }: StoreAccess,
  notify: ReturnType<typeof noticeActions>['notify'],
) {
  return {
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
     * A link checked against the catalog once it is in: a selected project it lacks, or a year none
     * of its reports speaks of, is dropped, with a notice.
     */
    checkLink(catalog: Pick<Catalog, 'records' | 'reports'>) {
      const years = reportYears(catalog.reports);
      const strayYears = state.filters.years.filter((y) => !years.includes(y));
      batch(() => {
        if (state.selected && !catalog.records.some((r) => r.id === state.selected)) {
          setState('selected', null);
          notify('selected-missing', 'info', t(state.lang, 'selectedMissing'));
        }
        if (strayYears.length > 0) {
          setState('filters', 'years', (list) => list.filter((y) => years.includes(y)));
          notify('url-years', 'info', `${t(state.lang, 'urlIgnored')} y=${strayYears.join(',')}`);
        }
      });
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
    setSort(sort: SortKey) {
      setState('sort', sort);
    },
    setPanel(panel: Panel) {
      setState('tab', panel);
    },
  };
}

/** The residents' side: the place, the radius, the life circle. */
export function nearbyActions({ state, setState }: StoreAccess) {
  return {
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
  };
}

/** Tours: start (remembering the view), step, text size, leave (restoring the view). */
export function tourActions({ state, setState, requestFlight }: StoreAccess) {
  return {
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
  };
}

/** Restores the URL part of the state (browser back/forward), moving the camera too. */
export function restoreFromUrl({ state, setState, requestFlight }: StoreAccess, search: string) {
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
}
