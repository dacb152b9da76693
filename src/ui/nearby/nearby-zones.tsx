import { For, Show } from 'solid-js';
import type { ProjectRecord } from '../../data/types';
import { t } from '../../i18n';
import { useAppState } from '../../state/context';
import { formatNumber } from '../format';

/**
 * District-scale zones, apart from the walking list: "you are inside: …", then, folded, the large
 * zones whose edge is within the radius and why they are apart. Each name opens the zone's details.
 */
export function NearbyZones() {
  const { state, nearby } = useAppState();
  return (
    <Show when={nearby.inside().length + nearby.zones().length > 0}>
      <div class="nearby-zones" data-testid="nearby-zones">
        <Show when={nearby.inside().length > 0}>
          <p data-testid="zones-inside">
            <strong>{t(state.lang, 'youAreInside')}</strong> <ZoneLinks hits={nearby.inside()} />
          </p>
        </Show>
        {/* Folded: on a phone the walking list must stay in sight. */}
        <details>
          <summary>
            {nearby.zones().length > 0
              ? `${t(state.lang, 'zonesWithinReach')} ${nearby.zones().length}`
              : t(state.lang, 'zonesWhy')}
          </summary>
          <Show when={nearby.zones().length > 0}>
            <p data-testid="zones-near">
              <ZoneLinks hits={nearby.zones()} />
            </p>
          </Show>
          <p class="hint">{t(state.lang, 'zonesHint')}</p>
        </details>
      </div>
    </Show>
  );
}

function ZoneLinks(props: { hits: { id: string; distanceM: number; record: ProjectRecord }[] }) {
  const { state, actions } = useAppState();
  return (
    <For each={props.hits}>
      {(hit, i) => (
        <>
          {i() > 0 ? (state.lang === 'zh' ? '、' : ', ') : ''}
          <button type="button" class="link-button" data-id={hit.id} onClick={() => actions.openProject(hit.id)}>
            {hit.record.name[state.lang]}
          </button>
          <Show when={hit.distanceM >= 1}>
            {` (${formatNumber(Math.round(hit.distanceM), state.lang, 0)} ${t(state.lang, 'metres')})`}
          </Show>
        </>
      )}
    </For>
  );
}
