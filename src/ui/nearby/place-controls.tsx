import CheapRuler from 'cheap-ruler';
import { Show } from 'solid-js';
import { YANGPU_CENTRE, type PlaceEntry } from '../../features/nearby/place-search';
import { STRINGS, t } from '../../i18n';
import { useAppState } from '../../state/context';
import type { NearPick } from '../../state/store';
import { PlaceBox } from './place-box';
import { useLocate } from './use-locate';

/** Metres around a point, as a bounding box [w, s, e, n] for the camera. */
const boxAround = (point: [number, number], metres: number) =>
  new CheapRuler(point[1], 'meters').bufferPoint(point, metres);

/**
 * Choosing the resident's place: sets it and frames the radius around it on the map; `geo` asks
 * the device for its location (a fresh fix each time).
 */
export function usePlaceChoice() {
  const { actions, nearby } = useAppState();
  const choose = (point: [number, number], how: Omit<NearPick, 'seq'>) => {
    actions.setNear(point, how);
    actions.flyTo({ bbox: boxAround(point, nearby.radiusM() * 1.15) });
  };
  const geo = useLocate((point) => choose(point, { kind: 'location' }));
  return { choose, geo };
}

type PlaceChoice = ReturnType<typeof usePlaceChoice>;

/** The place row: search (a picked entry is chosen by name), "use my location", and clear. */
export function PlaceRow(props: { choice: PlaceChoice }) {
  const { state, actions } = useAppState();
  const pick = (entry: PlaceEntry) => {
    props.choice.geo.setMessage(null);
    props.choice.choose(entry.point, { kind: 'place', name: { zh: entry.name, en: entry.en || entry.name } });
  };
  return (
    <div class="place-row">
      <PlaceBox onPick={pick} />
      <button
        type="button"
        class="button"
        onClick={() => props.choice.geo.locate()}
        disabled={props.choice.geo.locating()}
        data-testid="use-location"
      >
        {t(state.lang, props.choice.geo.locating() ? 'locating' : 'useMyLocation')}
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
  );
}

/** What the place row says: how to pick, a failed location, a place outside Yangpu (with the district centre offered). */
export function PlaceMessages(props: { choice: PlaceChoice }) {
  const { state, nearby } = useAppState();
  const useCentre = () =>
    props.choice.choose(YANGPU_CENTRE, {
      kind: 'place',
      name: { zh: STRINGS.zh.districtCentre, en: STRINGS.en.districtCentre },
    });
  return (
    <>
      <p
        class="hint"
        classList={{ 'picked-on-map': state.nearPick.kind === 'map' }}
        role="status"
        data-testid="pick-status"
      >
        {t(state.lang, state.nearPick.kind === 'map' ? 'pickedOnMap' : 'tapMapHint')}
      </p>
      <Show when={props.choice.geo.message()}>
        <p class="message" role="alert" data-testid="geo-message">
          {props.choice.geo.message()}
        </p>
      </Show>
      <Show when={nearby.nearInYangpu() === false}>
        <div class="message" role="alert" data-testid="outside-yangpu">
          <p>{t(state.lang, 'outsideYangpu')}</p>
          <button type="button" class="button button-small" onClick={useCentre}>
            {t(state.lang, 'useDistrictCentre')}
          </button>
        </div>
      </Show>
    </>
  );
}
