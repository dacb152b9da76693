import { For, Show } from 'solid-js';
import { snapshot, type ProjectChange } from '../data/versioning';
import { radiusById } from '../data/radius';
import { keptChanges, type KeptPlace } from '../state/kept-places';
import { LABELS, lt } from '../i18n';
import { useAppState } from '../state/context';
import { keptPlaces } from '../state/kept';

/**
 * The resident's kept places (stored in this browser only) and, for each, what changed inside its
 * circle since it was last marked as seen: new projects, status moves, years, other updates.
 */
export function KeptPlacesList() {
  const { state, actions, nearby, derived, data } = useAppState();
  const kept = keptPlaces();
  const lang = () => state.lang;
  const around = (k: KeptPlace) => nearby.projectsAround(k.point, radiusById(k.radius).metres).map((h) => h.record);
  const changes = (k: KeptPlace): ProjectChange[] | null => (data() ? keptChanges(k, snapshot(around(k))) : null);
  const nameOf = (id: string) => derived.byId().get(id)?.name[lang()] ?? id;
  const describe = (c: ProjectChange): string => {
    const name = nameOf(c.id);
    switch (c.kind) {
      case 'added':
        return lt(lang(), 'changeAdded', { name, status: LABELS.status[c.status][lang()] });
      case 'removed':
        return lt(lang(), 'changeRemoved', { name });
      case 'status':
        return lt(lang(), 'changeStatus', {
          name,
          from: LABELS.status[c.from][lang()],
          to: LABELS.status[c.to][lang()],
        });
      case 'years':
        return lt(lang(), 'changeYears', { name, from: c.from.join(', '), to: c.to.join(', ') });
      default:
        return lt(lang(), 'changeUpdated', { name });
    }
  };
  const show = (k: KeptPlace) => {
    actions.setNear(k.point);
    actions.setRadius(k.radius);
    actions.setLifeCircle(true);
  };

  return (
    <Show when={kept.list().length > 0}>
      <section class="kept-places" data-testid="kept-places" aria-label={lt(lang(), 'keptTitle')}>
        <h3>{lt(lang(), 'keptTitle')}</h3>
        <p class="hint">{lt(lang(), 'keptPrivacy')}</p>
        <ul>
          <For each={kept.list()}>
            {(k) => {
              const list = () => changes(k);
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
                              {describe(c)}
                            </li>
                          )}
                        </For>
                      </ul>
                    </Show>
                  </Show>
                  <div class="kept-actions">
                    <button type="button" class="button button-small" onClick={() => show(k)}>
                      {lt(lang(), 'show')}
                    </button>
                    <Show when={(list()?.length ?? 0) > 0}>
                      <button
                        type="button"
                        class="button button-small"
                        onClick={() => kept.markSeen(k.id, data()?.catalog.version ?? '', around(k))}
                        data-testid="kept-mark-seen"
                      >
                        {lt(lang(), 'markSeen')}
                      </button>
                    </Show>
                    <button type="button" class="button button-small" onClick={() => kept.remove(k.id)}>
                      {lt(lang(), 'remove')}
                    </button>
                  </div>
                </li>
              );
            }}
          </For>
        </ul>
      </section>
    </Show>
  );
}
