import { createEffect, createResource, createSignal, lazy, on, onCleanup, Show } from 'solid-js';
import { loadData, loadDetails, withDetails } from './data/load';
import { afterFirstMap } from './map/first-map';
import { t } from './i18n';
import { MapView } from './map/map-view';
import { AppProvider, useAppState } from './state/context';
import { createDerived } from './state/derived';
import { createMapPort } from './state/map-port';
import { createNearby } from './state/nearby';
import { createAppStore } from './state/store';
import { DetailPanel } from './ui/detail-panel';
import { FilterPanel } from './ui/filter-panel';
import { Header } from './ui/header';
import { Legend } from './ui/legend';
import { Notices } from './ui/notices';
import { SidePanel } from './ui/side-panel';

// Presenter features load on demand: the first map does not wait for them.
const TourMode = lazy(() => import('./features/tour/tour-mode').then((m) => ({ default: m.TourMode })));
const TourPicker = lazy(() => import('./features/tour/tour-picker').then((m) => ({ default: m.TourPicker })));

/** Providers and page layout. */
export function App() {
  const store = createAppStore(window.location.search);
  // The catalog's details (quotes, figures…) follow once the first map is drawn.
  const [data, { refetch, mutate }] = createResource(async () => {
    const loaded = await loadData();
    const current = () => (data()?.layers === loaded.layers ? data() : undefined); // not replaced by a retry
    void afterFirstMap()
      .then(() => loadDetails())
      .then(
        (details) => {
          const now = current();
          if (now) mutate(withDetails(now, details));
        },
        () => {
          const now = current();
          if (now) mutate({ ...now, details: 'failed' });
        },
      );
    return loaded;
  });
  const derived = createDerived(store.state, data);
  const nearby = createNearby(store.state, data, derived);
  return (
    <AppProvider value={{ ...store, data, derived, nearby, mapPort: createMapPort() }}>
      <Layout retry={refetch} />
    </AppProvider>
  );
}

function Layout(props: { retry: () => void }) {
  const { state, actions, data, derived, toSearch, toNavigationSearch, ignoredUrlParts } = useAppState();

  // The URL mirrors the state: a filter or selection change is a history entry, a camera move is
  // not. While back/forward restores a state, the URL is already right: nothing is pushed.
  let lastNavigation = toNavigationSearch();
  let restoring = false;
  createEffect(() => {
    const search = toSearch();
    const navigation = toNavigationSearch();
    if (search === window.location.search) {
      lastNavigation = navigation;
      return;
    }
    const url = `${window.location.pathname}${search}`;
    if (navigation !== lastNavigation && !restoring) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    lastNavigation = navigation;
  });
  const onPopState = () => {
    restoring = true;
    try {
      actions.restore(window.location.search);
    } finally {
      restoring = false;
    }
  };
  window.addEventListener('popstate', onPopState);
  onCleanup(() => window.removeEventListener('popstate', onPopState));

  createEffect(() => {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${t(state.lang, 'appTitle')} · ${state.lang === 'zh' ? 'Yangpu Renewal Map' : '杨浦城市更新地图'}`;
  });
  if (ignoredUrlParts.length) actions.notify('url-ignored', 'info', `${t(state.lang, 'urlIgnored')} ${ignoredUrlParts.join(', ')}`);

  createEffect(() => {
    if (data()?.details === 'failed') actions.notify('data-details', 'error', `${t(state.lang, 'dataError')} layers/catalog-details.json`);
  });

  // Data problems, in plain words, naming the file.
  createEffect(
    on(
      () => data.state,
      (status) => {
        if (status === 'errored') actions.notify('data', 'error', `${t(state.lang, 'loadFailed')} ${(data.error as Error).message}`);
        if (status === 'ready') {
          actions.dismiss('data');
          for (const failure of data()!.failures) {
            actions.notify(`data-${failure.file}`, 'error', `${t(state.lang, 'dataError')} ${failure.file} (${failure.reason})`);
          }
          // A link to a project that is not in the data (the map view frames one that is).
          if (state.selected && !derived.byId().has(state.selected)) {
            actions.select(null);
            actions.notify('selected-missing', 'info', t(state.lang, 'selectedMissing'));
          }
        }
      },
    ),
  );

  // Phone layout: the filters are a drawer and the side panel a bottom sheet that can grow.
  const [filtersOpen, setFiltersOpen] = createSignal(false);
  const [sheetExpanded, setSheetExpanded] = createSignal(false);
  const [pickingTour, setPickingTour] = createSignal(false);
  return (
    <div class="app" classList={{ touring: state.tour !== null }}>
      <Header filtersOpen={filtersOpen()} onToggleFilters={() => setFiltersOpen(!filtersOpen())} onTours={() => setPickingTour(true)} />
      <div class="app-body" classList={{ 'filters-open': filtersOpen(), 'sheet-expanded': sheetExpanded() }}>
        <FilterPanel />
        <main class="app-main" aria-busy={data.loading}>
          <MapView />
          <Legend />
          <Notices />
          <Show when={data.loading}>
            <div class="loading" role="status">{t(state.lang, 'loading')}</div>
          </Show>
          <Show when={data.state === 'errored'}>
            <div class="loading">
              <button type="button" class="button" onClick={() => props.retry()}>
                {t(state.lang, 'retry')}
              </button>
            </div>
          </Show>
        </main>
        <SidePanel expanded={sheetExpanded()} onToggleExpanded={() => setSheetExpanded(!sheetExpanded())} />
        <DetailPanel />
      </div>
      <Show when={state.tour !== null && data.state === 'ready'}>
        <TourMode />
      </Show>
      <Show when={pickingTour() && data.state === 'ready'}>
        <TourPicker onClose={() => setPickingTour(false)} />
      </Show>
    </div>
  );
}
