import { For } from 'solid-js';
import { RADII } from '../../data/radius';
import { t } from '../../i18n';
import { useAppState } from '../../state/context';

/** The radius chips (500 m, 1 km, the 15-minute life circle, 3 km) as a radio group. */
export function RadiusPicker() {
  const { state, actions } = useAppState();
  return (
    <fieldset class="radius" data-testid="radius">
      <legend>{t(state.lang, 'radius')}</legend>
      <For each={RADII}>
        {(r) => (
          <label class="chip" classList={{ checked: state.radius === r.id }}>
            <input
              type="radio"
              name="radius"
              value={r.id}
              checked={state.radius === r.id}
              onChange={() => actions.setRadius(r.id)}
            />
            {r.label[state.lang]}
          </label>
        )}
      </For>
    </fieldset>
  );
}
