import { createMemo, createResource, type Accessor } from 'solid-js';
import { loadContextData } from '../data/load-context';
import type { LoadedData } from '../data/load';
import { findNearby, buildNearbyIndex, NEARBY_LIMIT } from '../features/nearby/index';
import { buildPlaceIndex, gazetteerPlaceInputs, isInYangpu } from '../features/nearby/place-search';
import { radiusById } from '../data/radius';
import { loadFacilities } from '../features/lifecircle/load';
import { splitZones } from '../features/nearby/zones';
import type { Derived } from './derived';
import type { AppState } from './store';

/**
 * The residents' side of the state: a spatial index of the project features, the place index
 * (gazetteer + context roads and stations, loaded when the nearby tab first opens) and the
 * results for the chosen point and radius, under the same filters as the map and the list.
 */
export function createNearby(state: AppState, data: Accessor<LoadedData | undefined>, derived: Derived) {
  const wanted = () => state.tab === 'nearby' || state.tab === 'figures' || state.near !== null;
  const [context] = createResource(
    () => (wanted() ? true : undefined),
    () => loadContextData(),
  );
  const spatial = createMemo(() => buildNearbyIndex(derived.allFeatures()));
  const places = createMemo(() => {
    const loaded = data();
    if (!loaded) return buildPlaceIndex({});
    const ctx = context();
    return buildPlaceIndex(
      {
        places: gazetteerPlaceInputs(loaded.catalog, derived.allFeatures()),
        roads: ctx?.roads ?? [],
        stations: ctx?.stations ?? [],
      },
      derived.pinyin(),
    );
  });
  const radiusM = createMemo(() => radiusById(state.radius).metres);
  const hits = createMemo(() => (state.near ? findNearby(spatial(), state.near, radiusM(), NEARBY_LIMIT) : []));
  const split = createMemo(() => {
    const visible = derived.filteredIds();
    return splitZones(
      hits()
        .filter((hit) => visible.has(hit.id))
        .map((hit) => ({ ...hit, record: derived.byId().get(hit.id)! }))
        .filter((hit) => hit.record !== undefined),
    );
  });
  /** Projects one walks to, nearest first (district-scale zones are in `inside` and `zones`). */
  const results = createMemo(() => split().walk);
  /** District-scale zones the place lies inside. */
  const inside = createMemo(() => split().inside);
  /** District-scale zones within the radius, the place outside them, nearest first. */
  const zones = createMemo(() => split().zones);
  /** True when more records lie within the radius than the list shows (the nearest are kept). */
  const truncated = createMemo(() => hits().length >= NEARBY_LIMIT);
  /** null while unknown (outline not loaded); true/false once it is. */
  const nearInYangpu = createMemo<boolean | null>(() => {
    const yangpu = context()?.yangpu;
    if (!state.near || !yangpu) return null;
    return isInYangpu(state.near, yangpu);
  });
  // Life circle (issue 14): facilities load only when the card or the district view asks for them.
  const [facilities] = createResource(
    () => ((state.lifeCircle && state.near) || state.tab === 'figures' ? true : undefined),
    () => loadFacilities(),
  );
  /** Every drawn project within `radiusM` of a point, whatever the filters, with its record. */
  const projectsAround = (point: [number, number], radius: number) =>
    findNearby(spatial(), point, radius)
      .map((hit) => ({ ...hit, record: derived.byId().get(hit.id)! }))
      .filter((hit) => hit.record !== undefined);
  return { context, places, radiusM, results, inside, zones, truncated, nearInYangpu, facilities, projectsAround };
}

export type Nearby = ReturnType<typeof createNearby>;
