import { createStore } from 'solid-js/store';
import type { BasemapId } from '../map/basemaps';
import type { Lang } from '../i18n';
import { parseUrlState, serializeUrlState, type UrlState } from './url-state';

/** Everything the UI shows that is not derived: one store, changed only through `actions`. */
export interface AppState extends UrlState {
  /** Plain-language notices for the user (basemap fallback, ignored URL parts, data errors). */
  notices: { id: string; kind: 'info' | 'error'; text: string }[];
}

/** Creates the store from the page's URL; returns it with its named actions. */
export function createAppStore(search: string) {
  const parsed = parseUrlState(search);
  const [state, setState] = createStore<AppState>({
    ...parsed.state,
    notices: parsed.ignored.length
      ? [{ id: 'url-ignored', kind: 'info', text: `ignored:${parsed.ignored.join(',')}` }]
      : [],
  });

  const actions = {
    setLang(lang: Lang) {
      setState('lang', lang);
    },
    setBasemap(basemap: BasemapId) {
      setState('basemap', basemap);
    },
    setCamera(camera: UrlState['camera']) {
      setState('camera', camera);
    },
    notify(id: string, kind: 'info' | 'error', text: string) {
      setState('notices', (list) => [...list.filter((n) => n.id !== id), { id, kind, text }]);
    },
    dismiss(id: string) {
      setState('notices', (list) => list.filter((n) => n.id !== id));
    },
  };

  /** The query string for the current state. */
  const toSearch = () => serializeUrlState({ lang: state.lang, basemap: state.basemap, camera: state.camera });

  return { state, actions, toSearch };
}

export type AppStore = ReturnType<typeof createAppStore>;
