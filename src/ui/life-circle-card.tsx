import { createMemo, For, Show } from 'solid-js';
import { radiusById } from '../data/radius';
import { lifeCircle, type LifeCircleRow } from '../features/lifecircle/life-circle';
import { lt } from '../i18n';
import { useAppState } from '../state/context';
import { keptPlaces } from '../state/kept';
import { FacilitiesReady, KeepButton, LifeRow } from './life-circle-row';

/** Report projects further than this are not offered as "the report plans one … away". */
const PLANNED_SEARCH_M = 5000;

/**
 * The life-circle card of the chosen place (issue 14): per category, the nearest existing facility
 * (OpenStreetMap), how many lie within the circle, the report's projects inside it, and a plain
 * flag where a category has none. The card's open state is in the link (`lc=1`).
 */
export function LifeCircleCard(props: { placeName: string }) {
  const kept = keptPlaces();
  const { state, actions, nearby } = useAppState();
  const lang = () => state.lang;
  const radiusLabel = () => radiusById(state.radius).label[lang()];
  const rows = createMemo<LifeCircleRow[] | null>(() => {
    const f = nearby.facilities();
    if (!f || !state.near) return null;
    return lifeCircle(
      f.index,
      state.near,
      nearby.radiusM(),
      nearby.projectsAround(state.near, Math.max(PLANNED_SEARCH_M, nearby.radiusM())),
    );
  });

  return (
    <section class="life-circle" data-testid="life-circle">
      <button
        type="button"
        class="button life-circle-toggle"
        aria-expanded={state.lifeCircle}
        aria-controls="life-circle-body"
        onClick={() => actions.setLifeCircle(!state.lifeCircle)}
        data-testid="life-circle-toggle"
      >
        {lt(lang(), state.lifeCircle ? 'close' : 'open')}
      </button>
      <Show when={state.lifeCircle}>
        <div id="life-circle-body" class="life-circle-body">
          <h3>{lt(lang(), 'title')}</h3>
          <p class="hint">{lt(lang(), 'intro', { r: radiusLabel() })}</p>
          <KeepButton placeName={props.placeName} kept={kept} />
          <FacilitiesReady ready={Boolean(rows())}>
            <ul class="life-rows" data-testid="life-rows">
              <For each={rows()!}>{(row) => <LifeRow row={row} radiusLabel={radiusLabel()} />}</For>
            </ul>
            <p class="hint">
              {lt(lang(), 'osmNote')} {lt(lang(), 'facilitiesLegend')}
            </p>
          </FacilitiesReady>
        </div>
      </Show>
    </section>
  );
}
