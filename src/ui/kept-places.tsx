import { For, Show } from 'solid-js';
import { radiusById } from '../data/radius';
import { snapshot, type ProjectChange } from '../data/versioning';
import { LABELS, lt, type Lang } from '../i18n';
import { useAppState } from '../state/context';
import { keptPlaces, type KeptPlaces } from '../state/kept';
import { keptChanges, type KeptPlace } from '../state/kept-places';

/** One change inside a kept circle, as a sentence; `nameOf` names a project by id. */
function describeChange(c: ProjectChange, lang: Lang, nameOf: (id: string) => string): string {
  const name = nameOf(c.id);
  switch (c.kind) {
    case 'added':
      return lt(lang, 'changeAdded', { name, status: LABELS.status[c.status][lang] });
    case 'removed':
      return lt(lang, 'changeRemoved', { name });
    case 'status':
      return lt(lang, 'changeStatus', { name, from: LABELS.status[c.from][lang], to: LABELS.status[c.to][lang] });
    case 'years':
      return lt(lang, 'changeYears', { name, from: c.from.join(', '), to: c.to.join(', ') });
    default:
      return lt(lang, 'changeUpdated', { name });
  }
}

/** One kept place: its name and radius, what changed in its circle, and show / mark seen / remove. */
function KeptPlaceItem(props: { place: KeptPlace; kept: KeptPlaces }) {
  const { state, actions, nearby, derived, data } = useAppState();
  const lang = () => state.lang;
  // A kept place is fixed for its <For> item: read once.
  // eslint-disable-next-line solid/reactivity
  const k = props.place;
  const around = () => nearby.projectsAround(k.point, radiusById(k.radius).metres).map((h) => h.record);
  const list = (): ProjectChange[] | null => (data() ? keptChanges(k, snapshot(around())) : null);
  const nameOf = (id: string) => derived.byId().get(id)?.name[lang()] ?? id;
  const show = () => {
    actions.setNear(k.point);
    actions.setRadius(k.radius);
    actions.setLifeCircle(true);
  };
  return (
    <li class="kept-place" data-testid="kept-place" data-id={k.id}>
      <div class="kept-head">
        <strong>{k.name}</strong> <span class="hint">{radiusById(k.radius).label[lang()]}</span>
      </div>
      <Show when={list()}>
        <Show
          when={list()!.length > 0}
          fallback={
            <p class="hint" data-testid="kept-no-change">
              {lt(lang(), 'keptNoChange')}
            </p>
          }
        >
          <p>{lt(lang(), 'keptChanges', { n: list()!.length })}</p>
          <ul class="kept-changes" data-testid="kept-changes">
            <For each={list()!}>
              {(c) => (
                <li data-kind={c.kind} data-id={c.id}>
                  {describeChange(c, lang(), nameOf)}
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
      <div class="kept-actions">
        <button type="button" class="button button-small" onClick={show}>
          {lt(lang(), 'show')}
        </button>
        <Show when={(list()?.length ?? 0) > 0}>
          <button
            type="button"
            class="button button-small"
            onClick={() => props.kept.markSeen(k.id, data()?.catalog.version ?? '', around())}
            data-testid="kept-mark-seen"
          >
            {lt(lang(), 'markSeen')}
          </button>
        </Show>
        <button type="button" class="button button-small" onClick={() => props.kept.remove(k.id)}>
          {lt(lang(), 'remove')}
        </button>
      </div>
    </li>
  );
}

/**
 * The resident's kept places (stored in this browser only) and, for each, what changed inside its
 * circle since it was last marked as seen: new projects, status moves, years, other updates.
 */
export function KeptPlacesList() {
  const { state } = useAppState();
  const kept = keptPlaces();
  return (
    <Show when={kept.list().length > 0}>
      <section class="kept-places" data-testid="kept-places" aria-label={lt(state.lang, 'keptTitle')}>
        <h3>{lt(state.lang, 'keptTitle')}</h3>
        <p class="hint">{lt(state.lang, 'keptPrivacy')}</p>
        <ul>
          <For each={kept.list()}>{(k) => <KeptPlaceItem place={k} kept={kept} />}</For>
        </ul>
      </section>
    </Show>
  );
}
