/**
 * The one app store: the state (`app-state.ts`) made from the page's link, changed only through
 * the named actions (`actions.ts`), and the link it gives back.
 */
import { createStore, reconcile } from 'solid-js/store';
import { BASEMAP_ENV } from '../config';
import { isBasemapAvailable } from '../data/basemap-ids';
import {
  exploreActions,
  mapActions,
  nearbyActions,
  noticeActions,
  restoreFromUrl,
  tourActions,
  type StoreAccess,
} from './actions';
import { initialState, urlPart, type AppState } from './app-state';
import { browserConsent, type BasemapConsent } from './basemap-consent';
import { parseUrlState, serializeUrlState } from './url-state';

export type { AppState, BBox, Camera, FlyRequest, NearPick, Notice, Panel } from './app-state';

export interface StoreOptions {
  /** Which online basemaps the user chose before (default: this browser's localStorage). */
  consent?: BasemapConsent;
}

/** Creates the store from the page's URL; returns it with its named actions. */
export function createAppStore(search: string, options: StoreOptions = {}) {
  const parsed = parseUrlState(search, (id) => isBasemapAvailable(id, BASEMAP_ENV));
  const consent = options.consent ?? browserConsent();
  const [state, setState] = createStore<AppState>(initialState(parsed.state, consent));
  // What the link held that the app could not use (names, misspelled ones with a guess), and
  // what it adjusted (values kept in part, clamped, duplicates): both are told to the user.
  const ignoredUrlParts = [...parsed.ignored, ...parsed.unknown].slice(0, 12);
  const changedUrlParts = parsed.changed.slice(0, 12);

  const access: StoreAccess = {
    state,
    setState,
    requestFlight: (target) => setState('flyTo', reconcile({ ...target, seq: state.flyTo.seq + 1 })),
  };
  const notices = noticeActions(access);
  const actions = {
    ...notices,
    ...mapActions(access, consent, notices.notify),
    ...exploreActions(access, notices.notify),
    ...nearbyActions(access),
    ...tourActions(access),
    /** Restores the URL part of the state (browser back/forward), moving the camera too. */
    restore: (next: string) => restoreFromUrl(access, next),
  };

  /** The query string for the current state. */
  const toSearch = () => serializeUrlState(urlPart(state));
  /** The query string without the camera: a change here is a new history entry. */
  const toNavigationSearch = () => serializeUrlState({ ...urlPart(state), camera: null });

  /** True when the link named a camera: then a selected project does not move it on load. */
  const cameraFromUrl = parsed.state.camera !== null;
  return { state, actions, toSearch, toNavigationSearch, ignoredUrlParts, changedUrlParts, cameraFromUrl };
}

export type AppStore = ReturnType<typeof createAppStore>;
