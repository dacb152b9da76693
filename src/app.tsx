import { createEffect } from 'solid-js';
import { MapView } from './map/map-view';
import { AppProvider, useAppState } from './state/context';
import { createAppStore } from './state/store';
import { Header } from './ui/header';
import { Notices } from './ui/notices';

/** Providers and page layout. */
export function App() {
  const store = createAppStore(window.location.search);
  return (
    <AppProvider store={store}>
      <Layout />
    </AppProvider>
  );
}

function Layout() {
  const { state, toSearch } = useAppState();
  // The URL mirrors the state (replaceState: camera moves must not flood the history).
  createEffect(() => {
    const search = toSearch();
    if (search !== window.location.search) history.replaceState(null, '', `${window.location.pathname}${search}`);
  });
  createEffect(() => {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  });
  return (
    <div class="app">
      <Header />
      <main class="app-main">
        <MapView />
        <Notices />
      </main>
    </div>
  );
}
