import { For, Show } from 'solid-js';
import type { ProjectRecord } from '../data/types';
import { LABELS, t } from '../i18n';
import { categoryCss } from '../map/project-theme';
import { useAppState } from '../state/context';

/** A list of projects as buttons: the keyboard and screen-reader alternative to the map. */
export function ProjectList(props: { records: ProjectRecord[]; testid: string }) {
  const { state, actions, derived } = useAppState();
  const open = (record: ProjectRecord) => actions.openProject(record.id);
  return (
    <Show
      when={props.records.length > 0}
      fallback={
        <div class="empty-state" data-testid="empty-state">
          <p class="empty-title">{t(state.lang, 'emptyTitle')}</p>
          <p>{t(state.lang, 'emptyHint')}</p>
          <button type="button" class="button" onClick={() => actions.resetFilters()}>
            {t(state.lang, 'resetFilters')}
          </button>
        </div>
      }
    >
      <ul class="project-list" data-testid={props.testid}>
        <For each={props.records}>
          {(record) => (
            <li>
              <button
                type="button"
                class="project-item"
                classList={{ selected: state.selected === record.id }}
                aria-current={state.selected === record.id ? 'true' : undefined}
                onClick={() => open(record)}
                onMouseEnter={() => actions.hover(record.id)}
                onMouseLeave={() => actions.hover(null)}
                onFocus={() => actions.hover(record.id)}
                onBlur={() => actions.hover(null)}
                data-id={record.id}
              >
                <span class="swatch" style={{ background: categoryCss(record.category) }} aria-hidden="true" />
                <span class="project-name">{record.name[state.lang]}</span>
                <span class="project-meta">
                  {derived.bureauName(record.bureaus[0]!)} · <span class={`status status-${record.status}`}>{LABELS.status[record.status][state.lang]}</span>
                </span>
              </button>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
