import { Show } from 'solid-js';
import { t } from '../i18n';
import { useAppState } from '../state/context';
import { KeptPlacesList } from './kept-places';
import { LifeCircleCard } from './life-circle-card';
import { NearbyResults } from './nearby/nearby-results';
import { NearbyZones } from './nearby/nearby-zones';
import { PlaceMessages, PlaceRow, usePlaceChoice } from './nearby/place-controls';
import { RadiusPicker } from './nearby/radius-picker';

/**
 * The residents' panel: pick a place (search, geolocation, or a tap on the map), a radius, and
 * the projects within it sorted by true distance, with walking time and what changes. Once a
 * place is chosen the controls fold to one row each, so the first result shows on a phone's sheet.
 */
export function NearbyPanel() {
  const { state } = useAppState();
  const choice = usePlaceChoice();
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
      <PlaceRow choice={choice} />
      <PlaceMessages choice={choice} />
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
