import { createResource } from 'solid-js';
import { faultOf } from '../data/fetch-json';
import { DETAILS_FILE, loadData, loadDetails, withDetails, type FileFailure, type LoadedData } from '../data/load';
import type { CatalogDetails } from '../data/types';
import { afterFirstMap } from './first-map';

/**
 * The app's data as a resource that never errors: each file fails on its own (see `loadData`) and
 * late files arrive through `mutate`. The catalog's details (quotes, figures…) follow once the
 * first map is drawn and are merged into every later snapshot. A retry starts a new generation, so
 * a late file of the previous attempt is not merged in. `onCatalog` is told once, when the first
 * catalog arrives (an event, not an effect: e.g. to check a link's selection against it).
 */
export function createDataResource(onCatalog: (catalog: LoadedData['catalog']) => void = () => {}) {
  let generation = 0;
  let told = false; // onCatalog: once per page, when the first catalog arrives
  const [data, { refetch, mutate }] = createResource(() => {
    const mine = ++generation;
    const current = () => mine === generation;
    let details: CatalogDetails | FileFailure | undefined;
    const complete = (next: LoadedData): LoadedData =>
      details === undefined
        ? next
        : 'file' in details
          ? { ...next, details: 'failed', failures: [...next.failures, details as FileFailure] }
          : withDetails(next, details);
    const arrived = (d: CatalogDetails | FileFailure) => {
      details = d;
      const now = data();
      if (current() && now) mutate(() => complete(now));
    };
    void afterFirstMap()
      .then(() => loadDetails())
      .then(arrived, (error: unknown) => arrived({ file: DETAILS_FILE, ...faultOf(error) }));
    const tell = (next: LoadedData): LoadedData => {
      if (!told && next.catalogLoaded) {
        told = true;
        onCatalog(next.catalog);
      }
      return next;
    };
    return loadData({ onUpdate: (next) => current() && mutate(() => tell(complete(next))) }).then((next) =>
      tell(complete(next)),
    );
  });
  return { data, refetch };
}
