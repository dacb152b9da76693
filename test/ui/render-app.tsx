import { render } from '@solidjs/testing-library';
import { createResource, type JSX } from 'solid-js';
import type { OnlineBasemapId } from '../../src/data/basemap-ids';
import { AppProvider } from '../../src/state/context';
import { createDerived } from '../../src/state/derived';
import { createMapPort } from '../../src/state/map-port';
import { createNearby } from '../../src/state/nearby';
import { createAppStore } from '../../src/state/store';
import type { LoadedData } from '../../src/data/load';
import { loadedData } from '../state/app-fixture';

/**
 * Renders a component inside the app's provider, with the fixture data already loaded, and
 * returns the store with the testing-library queries (by role, as a person finds things).
 */
export function renderInApp(
  ui: () => JSX.Element,
  search = '',
  agreed: OnlineBasemapId[] = [],
  fixture: () => LoadedData = loadedData,
) {
  let store!: ReturnType<typeof createAppStore>;
  const result = render(() => {
    store = createAppStore(search, { consent: { has: (id) => agreed.includes(id), remember: () => {} } });
    const [data] = createResource(async () => fixture());
    const derived = createDerived(store.state, data);
    const nearby = createNearby(store.state, data, derived);
    return <AppProvider value={{ ...store, data, derived, nearby, mapPort: createMapPort() }}>{ui()}</AppProvider>;
  });
  return { ...result, state: store.state, actions: store.actions };
}
