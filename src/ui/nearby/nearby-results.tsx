import { For, Show } from 'solid-js';
import { NEARBY_LIMIT } from '../../features/nearby/index';
import { uncertainBeyondRadius, walkingMinutes } from '../../data/radius';
import { whatChanges } from '../../features/nearby/what-changes';
import { approximateLabel, LABELS, t } from '../../i18n';
import { categoryCss, PRECISION_RADIUS_M } from '../../map/project-theme';
import { useAppState } from '../../state/context';
import type { Nearby } from '../../state/nearby';
import { formatNumber } from '../format';

type Hit = ReturnType<Nearby['results']>[number];

/** The projects one walks to from the chosen place, nearest first, with distance, time and what changes. */
export function NearbyResults() {
  const { state, nearby } = useAppState();
  return (
    <>
      <h3 data-testid="nearby-heading">
        {t(state.lang, 'nearbyResults')} (<span data-testid="nearby-count">{nearby.results().length}</span>)
      </h3>
      <Show when={nearby.truncated()}>
        <p class="hint">{t(state.lang, 'nearbyTruncated').replace('{n}', String(NEARBY_LIMIT))}</p>
      </Show>
      <Show
        when={nearby.results().length > 0}
        fallback={
          <p class="hint" data-testid="nearby-empty">
            {t(state.lang, 'nearbyNone')}
          </p>
        }
      >
        <ol class="project-list nearby-results" data-testid="nearby-results">
          <For each={nearby.results()}>{(hit) => <NearbyItem hit={hit} />}</For>
        </ol>
      </Show>
    </>
  );
}

function NearbyItem(props: { hit: Hit }) {
  const { state, actions, derived, nearby } = useAppState();
  const hit = () => props.hit;
  const precision = () => hit().record.precision;
  const approx = () => {
    const p = precision();
    return p ? approximateLabel(p, state.lang, PRECISION_RADIUS_M[p]) : '';
  };
  const distance = () =>
    hit().distanceM < 1
      ? t(state.lang, 'inside')
      : `${formatNumber(Math.round(hit().distanceM), state.lang, 0)} ${t(state.lang, 'metres')}`;
  return (
    <li>
      <button
        type="button"
        class="project-item"
        data-id={hit().id}
        data-distance={hit().distanceM.toFixed(1)}
        onClick={() => actions.openProject(hit().id)}
        onMouseEnter={() => actions.hover(hit().id)}
        onMouseLeave={() => actions.hover(null)}
      >
        <span class="swatch" style={{ background: categoryCss(hit().record.category) }} aria-hidden="true" />
        <span class="project-name">{hit().record.name[state.lang]}</span>
        <span class="project-meta">
          <strong>{distance()}</strong> ·{' '}
          {t(state.lang, 'walkMinutes').replace('{n}', String(walkingMinutes(hit().distanceM)))} ·{' '}
          <span class={`status status-${hit().record.status}`}>{LABELS.status[hit().record.status][state.lang]}</span> ·{' '}
          {derived.bureauName(hit().record.bureaus[0]!)}
        </span>
        <Show when={approx()}>
          <span class="project-approx" data-testid="nearby-approx">
            {approx()}
            <Show when={uncertainBeyondRadius(PRECISION_RADIUS_M[precision()!], nearby.radiusM())}>
              <strong data-testid="nearby-uncertain"> · {t(state.lang, 'distanceUncertain')}</strong>
            </Show>
          </span>
        </Show>
        <span class="project-change">{whatChanges(hit().record, state.lang)}</span>
      </button>
    </li>
  );
}
