import type * as maplibregl from 'maplibre-gl';
import { createEffect, createSignal, onCleanup } from 'solid-js';
import { reportChunkError } from '../state/chunk-errors';
import type { AppContextValue } from '../state/context';
import type { addTourParcels as AddTourParcels, TourParcels } from './tour-parcels';

/**
 * In a tour, the current stop's parcels rise as blocks (tour-parcels.ts): deck.gl is fetched when
 * the first tour starts, never for the first map; the blocks leave with the tour.
 */
export function followTourParcels(live: maplibregl.Map, app: AppContextValue): void {
  const { state, derived } = app;
  const [module, setModule] = createSignal<{ addTourParcels: typeof AddTourParcels }>();
  let parcels: TourParcels | undefined;
  let requested = false;
  createEffect(() => {
    const touring = state.tour !== null;
    if (touring && !requested) {
      requested = true;
      import('./tour-parcels').then(setModule, reportChunkError);
    }
    const m = module();
    if (!touring || !m) {
      parcels?.remove();
      parcels = undefined;
      return;
    }
    parcels ??= m.addTourParcels(live);
    parcels.show(state.selected ? (derived.featuresById().get(state.selected) ?? []) : []);
  });
  onCleanup(() => parcels?.remove());
}
