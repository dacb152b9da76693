import { createEffect, createSignal, on, onCleanup, Show } from 'solid-js';
import type { LoadedData } from './data/load';
import { t } from './i18n';
import { MapView } from './map/map-view';
import { lazyChunk, onChunkError } from './state/chunk-errors';
import { afterFirstMap } from './state/first-map';
import { AppProvider, useAppState } from './state/context';
import { createDataResource } from './state/data-resource';
import { createDerived } from './state/derived';
import { createMapPort } from './state/map-port';
import { showFileNotices } from './state/fault-notices';
import { createNearby } from './state/nearby';
import { createAppStore } from './state/store';
import { FilterPanel } from './ui/filter-panel';
import { Header } from './ui/header';
import { Legend } from './ui/legend';
import { Notices } from './ui/notices';
import { PrintCaption } from './ui/print-caption';
import { SidePanel } from './ui/side-panel';
import { ZoomToResults } from './ui/zoom-to-results';

// Presenter features load on demand: the first map does not wait for them.
// A missing chunk (a redeploy while the page is open) renders nothing and offers a reload.
const TourMode = lazyChunk(() => import('./features/tour/tour-mode').then((m) => m.TourMode));
const TourPicker = lazyChunk(() => import('./features/tour/tour-picker').then((m) => m.TourPicker));
const TourBuilder = lazyChunk(() => import('./features/tour/tour-builder').then((m) => m.TourBuilder));
const PresenterView = lazyChunk(() => import('./features/tour/presenter-view').then((m) => m.PresenterView));
// The detail panel too (quotes, figures, evidence): fetched right after the first map.
const loadDetailPanel = () => import('./ui/detail-panel').then((m) => m.DetailPanel);
const DetailPanel = lazyChunk(loadDetailPanel);
void afterFirstMap().then(() => loadDetailPanel().catch(() => undefined));
const Handout = lazyChunk(() => import('./features/tour/handout').then((m) => m.Handout));

/** Providers and page layout. */
export function App() {
  const store = createAppStore(window.location.search);
  // A link's selection and years are checked once the catalog is in.
  const { data, refetch } = createDataResource((catalog) => store.actions.checkLink(catalog));
  const derived = createDerived(store.state, data);
  const nearby = createNearby(store.state, data, derived);
  return (
    <AppProvider value={{ ...store, data, derived, nearby, mapPort: createMapPort() }}>
      {/* A tour's second windows: the presenter's notes and the printable handout (issue #15). */}
      <Show
        when={store.state.view === null}
        fallback={store.state.view === 'presenter' ? <PresenterView /> : <Handout />}
      >
        <Layout retry={refetch} />
      </Show>
    </AppProvider>
  );
}

function Layout(props: { retry: () => void }) {
  const { state, actions, data, derived, nearby, toSearch, toNavigationSearch, ignoredUrlParts, changedUrlParts } =
    useAppState();

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
  if (ignoredUrlParts.length)
    actions.notify('url-ignored', 'info', `${t(state.lang, 'urlIgnored')} ${ignoredUrlParts.join(', ')}`);
  if (changedUrlParts.length)
    actions.notify('url-changed', 'info', `${t(state.lang, 'urlChanged')} ${changedUrlParts.join('; ')}`);

  // Data problems, in plain words, naming the file; a slow file is named until it arrives.
  let shownPending: string[] = [];
  createEffect(
    on(data, (loaded: LoadedData | undefined) => {
      if (!loaded) return;
      const settled = shownPending.filter((file) => !loaded.pending.includes(file));
      showFileNotices(state.lang, actions, { failures: loaded.failures, pending: loaded.pending, settled }, () =>
        props.retry(),
      );
      shownPending = loaded.pending;
    }),
  );
  createEffect(() => {
    const context = nearby.context();
    if (context) showFileNotices(state.lang, actions, { failures: context.failures });
  });
  onCleanup(
    onChunkError(() =>
      actions.notify('chunk', 'error', t(state.lang, 'newVersion'), {
        label: 'reload',
        run: () => window.location.reload(),
      }),
    ),
  );
  // Phone layout: the filters are a drawer and the side panel a bottom sheet that can grow.
  const [filtersOpen, setFiltersOpen] = createSignal(false);
  const [sheetExpanded, setSheetExpanded] = createSignal(false);
  const [pickingTour, setPickingTour] = createSignal(false);
  const [buildingTour, setBuildingTour] = createSignal(false);
  return (
    <div class="app" classList={{ touring: state.tour !== null }}>
      <Header
        filtersOpen={filtersOpen()}
        onToggleFilters={() => setFiltersOpen(!filtersOpen())}
        onTours={() => setPickingTour(true)}
      />
      <div class="app-body" classList={{ 'filters-open': filtersOpen(), 'sheet-expanded': sheetExpanded() }}>
        <FilterPanel />
        <main class="app-main" aria-busy={data.loading}>
          <MapView />
          <Legend />
          <PrintCaption />
          <Notices />
          <ZoomToResults />
          <Show when={buildingTour() && data()?.catalogLoaded}>
            <TourBuilder onClose={() => setBuildingTour(false)} />
          </Show>
          <Show when={data.loading}>
            <div class="loading" role="status">
              {t(state.lang, 'loading')}
            </div>
          </Show>
        </main>
        <SidePanel expanded={sheetExpanded()} onToggleExpanded={() => setSheetExpanded(!sheetExpanded())} />
        {/* Mounted (and its chunk fetched, if the prefetch has not) only once a project is selected. */}
        <Show when={derived.selectedRecord()}>
          <DetailPanel />
        </Show>
      </div>
      <Show when={state.tour !== null && data()?.catalogLoaded}>
        <TourMode />
      </Show>
      <Show when={pickingTour() && data()?.catalogLoaded}>
        <TourPicker onClose={() => setPickingTour(false)} onBuild={() => setBuildingTour(true)} />
      </Show>
    </div>
  );
}
