import CheapRuler from 'cheap-ruler';
import { Show } from 'solid-js';
import { YANGPU_CENTRE, type PlaceEntry } from '../features/nearby/place-search';
import { STRINGS, t } from '../i18n';
import { useAppState } from '../state/context';
import { KeptPlacesList } from './kept-places';
import { LifeCircleCard } from './life-circle-card';
import type { NearPick } from '../state/store';
import { NearbyResults } from './nearby/nearby-results';
import { NearbyZones } from './nearby/nearby-zones';
import { PlaceBox } from './nearby/place-box';
import { RadiusPicker } from './nearby/radius-picker';
import { useLocate } from './nearby/use-locate';

/** Metres around a point, as a bounding box [w, s, e, n] for the camera. */
const boxAround = (point: [number, number], metres: number) =>
  new CheapRuler(point[1], 'meters').bufferPoint(point, metres);

/**
 * The residents' panel: pick a place (search, geolocation, or a tap on the map), a radius, and
 * the projects within it sorted by true distance, with walking time and what changes. Once a
 * place is chosen the controls fold to one row each, so the first result shows on a phone's sheet.
 */
export function NearbyPanel() {
  const { state, actions, nearby } = useAppState();
  const choose = (point: [number, number], how: Omit<NearPick, 'seq'>) => {
    actions.setNear(point, how);
    actions.flyTo({ bbox: boxAround(point, nearby.radiusM() * 1.15) });
  };
  const geo = useLocate((point) => choose(point, { kind: 'location' }));
  const pick = (entry: PlaceEntry) => {
    geo.setMessage(null);
    choose(entry.point, { kind: 'place', name: { zh: entry.name, en: entry.en || entry.name } });
  };
  /** The chosen place as the place box names it, for a kept place's label. */
  const placeName = () => {
    const pick = state.nearPick;
    if (pick.kind === 'place' && pick.name) return pick.name[state.lang];
    if (pick.kind === 'location') return t(state.lang, 'myLocation');
    return '';
  };
  return (
    <div class="nearby-panel" classList={{ chosen: state.near !== null }} data-testid="nearby-panel">
      <h2 class="panel-title">{t(state.lang, 'nearbyTitle')}</h2>
      <KeptPlacesList />
      <div class="place-row">
        <PlaceBox onPick={pick} />
        <button
          type="button"
          class="button"
          onClick={() => geo.locate()}
          disabled={geo.locating()}
          data-testid="use-location"
        >
          {t(state.lang, geo.locating() ? 'locating' : 'useMyLocation')}
        </button>
        <Show when={state.near}>
          <button
            type="button"
            class="button"
            onClick={() => actions.setNear(null)}
            aria-label={t(state.lang, 'clearPlace')}
            data-testid="clear-place"
          >
            ×
          </button>
        </Show>
      </div>
      <p
        class="hint"
        classList={{ 'picked-on-map': state.nearPick.kind === 'map' }}
        role="status"
        data-testid="pick-status"
      >
        {t(state.lang, state.nearPick.kind === 'map' ? 'pickedOnMap' : 'tapMapHint')}
      </p>
      <Show when={geo.message()}>
        <p class="message" role="alert" data-testid="geo-message">
          {geo.message()}
        </p>
      </Show>
      <Show when={nearby.nearInYangpu() === false}>
        <div class="message" role="alert" data-testid="outside-yangpu">
          <p>{t(state.lang, 'outsideYangpu')}</p>
          <button
            type="button"
            class="button button-small"
            onClick={() =>
              choose(YANGPU_CENTRE, {
                kind: 'place',
                name: { zh: STRINGS.zh.districtCentre, en: STRINGS.en.districtCentre },
              })
            }
          >
            {t(state.lang, 'useDistrictCentre')}
          </button>
        </div>
      </Show>
      <RadiusPicker />
      <Show when={state.near} fallback={<p class="hint">{t(state.lang, 'nearbyPick')}</p>}>
        <LifeCircleCard placeName={placeName()} />
        <NearbyZones />
        <NearbyResults />
      </Show>
      <p class="hint radius-assumption">{t(state.lang, 'radiusAssumption')}</p>
    </div>
  );
}
