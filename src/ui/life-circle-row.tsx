import { createSignal, For, Show, type JSX } from 'solid-js';
import { walkingMinutes } from '../data/radius';
import type { LifeCircleRow } from '../features/lifecircle/life-circle';
import { LABELS, LIFE_CATEGORY_LABELS, LIFE_CATEGORY_SHORT, lt, type Lang } from '../i18n';
import { useAppState } from '../state/context';
import type { KeptPlaces } from '../state/kept';
import { keptId } from '../state/kept-places';
import { formatNumber } from './format';

/** A distance in the reader's language: metres below 1 km, else km with one decimal. */
export const metres = (d: number, lang: Lang) =>
  d >= 1000
    ? `${formatNumber(d / 1000, lang, 1)} ${lang === 'zh' ? '公里' : 'km'}`
    : `${formatNumber(Math.round(d), lang, 0)} ${lang === 'zh' ? '米' : 'm'}`;

/** One category of the card: the count within the circle, the nearest facility, a gap flag, the report's additions. */
export function LifeRow(p: { row: LifeCircleRow; radiusLabel: string }) {
  const { state, actions } = useAppState();
  const lang = () => state.lang;
  // A row object is fixed for its <For> item: read once.
  // eslint-disable-next-line solid/reactivity
  const r = p.row;
  const short = () => LIFE_CATEGORY_SHORT[r.cat][lang()];
  const gap = () => {
    if (r.count > 0) return null;
    if (r.additions.length > 0) return lt(lang(), 'gapAdds', { cat: short(), r: p.radiusLabel });
    if (r.plannedBeyond)
      return lt(lang(), 'gapPlansNear', {
        cat: short(),
        r: p.radiusLabel,
        name: r.plannedBeyond.name[lang()],
        status: LABELS.status[r.plannedBeyond.status][lang()],
        d: metres(r.plannedBeyond.distanceM, lang()),
      });
    return lt(lang(), 'gapPlansNone', { cat: short(), r: p.radiusLabel });
  };
  return (
    <li class="life-row" classList={{ 'life-gap': r.count === 0 }} data-cat={r.cat} data-count={r.count}>
      <div class="life-row-head">
        <strong>{LIFE_CATEGORY_LABELS[r.cat][lang()]}</strong>
        <span class="life-count" data-testid={`life-count-${r.cat}`}>
          {lt(lang(), 'count', { n: r.count })}
        </span>
      </div>
      <p
        class="life-nearest"
        data-testid={`life-nearest-${r.cat}`}
        data-distance={r.nearest ? r.nearest.distanceM.toFixed(0) : ''}
      >
        {r.nearest
          ? lt(lang(), 'nearest', {
              name: r.nearest.facility.name || lt(lang(), 'unnamed'),
              d: metres(r.nearest.distanceM, lang()),
              m: walkingMinutes(r.nearest.distanceM),
            })
          : lt(lang(), 'nearestNone')}
      </p>
      <Show when={gap()}>
        <p class="life-flag" role="note" data-testid={`life-gap-${r.cat}`}>
          {gap()}
        </p>
      </Show>
      <Show when={r.additions.length > 0}>
        <p class="life-adds-title">{lt(lang(), 'adds')}</p>
        <ul class="life-adds" data-testid={`life-adds-${r.cat}`}>
          <For each={r.additions}>
            {(a) => (
              <li>
                <button type="button" class="link-button" onClick={() => actions.select(a.id)} data-id={a.id}>
                  {a.name[lang()]}
                </button>{' '}
                <span class={`status status-${a.status}`}>{LABELS.status[a.status][lang()]}</span> ·{' '}
                {a.years.join(', ')} · {metres(a.distanceM, lang())}
              </li>
            )}
          </For>
        </ul>
      </Show>
    </li>
  );
}

/** Keeps the place in this browser (its projects are compared at the next visit); says when the list is full. */
export function KeepButton(p: { placeName: string; kept: KeptPlaces }) {
  const { state, nearby, data } = useAppState();
  const lang = () => state.lang;
  const [full, setFull] = createSignal(false);
  const isKept = () => !!state.near && p.kept.list().some((k) => k.id === keptId(state.near!));
  const keep = () => {
    const near = state.near;
    const loaded = data();
    if (!near || !loaded) return;
    const name = p.placeName.trim() || `${near[1].toFixed(4)}, ${near[0].toFixed(4)}`;
    const around = nearby.projectsAround(near, nearby.radiusM()).map((h) => h.record);
    setFull(!p.kept.keep(name, near, state.radius, loaded.catalog.version ?? '', around));
  };
  return (
    <div class="life-keep">
      <button
        type="button"
        class="button"
        onClick={keep}
        disabled={isKept()}
        aria-pressed={isKept()}
        data-testid="keep-place"
      >
        {lt(lang(), isKept() ? 'kept' : 'keep')}
      </button>
      <span class="hint"> {lt(lang(), 'keptPrivacy')}</span>
      <Show when={full()}>
        <p class="message" role="alert">
          {lt(lang(), 'keepFull')}
        </p>
      </Show>
    </div>
  );
}

/**
 * The life-circle facilities' states around `children`: an alert when the file failed, "loading"
 * until `ready`, then the children (the card and the district view share it).
 */
export function FacilitiesReady(props: { ready: boolean; children: JSX.Element }) {
  const { state, nearby } = useAppState();
  return (
    <Show
      when={!nearby.facilities.error}
      fallback={
        <p class="message" role="alert">
          {lt(state.lang, 'error')} {String((nearby.facilities.error as Error)?.message ?? '')}
        </p>
      }
    >
      <Show
        when={props.ready}
        fallback={
          <p class="hint" role="status">
            {lt(state.lang, 'loading')}
          </p>
        }
      >
        {props.children}
      </Show>
    </Show>
  );
}
