import { createResource } from 'solid-js';
import { faultOf } from '../data/fetch-json';
import { DETAILS_FILE, loadData, loadDetails, withDetails, type FileFailure, type LoadedData } from '../data/load';
import type { CatalogDetails } from '../data/types';
import { afterFirstMap } from './first-map';

/**
 * The app's data as a resource that never errors: each file fails on its own (see `loadData`) and
 * late files arrive through `mutate`. The catalog's details (quotes, figures…) follow once the
 * first map is drawn and are merged into every later snapshot. A retry starts a new generation, so
 * a late file of the previous attempt is not merged in.
 */
export function createDataResource() {
  let generation = 0;
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
    return loadData({ onUpdate: (next) => current() && mutate(() => complete(next)) }).then(complete);
  });
  return { data, refetch };
}
