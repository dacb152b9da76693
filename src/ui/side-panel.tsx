import { For, Match, Switch } from 'solid-js';
import { t, type StringKey } from '../i18n';
import { useAppState } from '../state/context';
import type { Panel } from '../state/store';
import { SORT_KEYS, type SortKey } from '../state/url-state';
import { ExportMenu } from './export-menu';
import { lazyChunk } from '../state/chunk-errors';
import { afterFirstMap } from '../state/first-map';
import { ProjectList } from './project-list';

// The Figures and Nearby tabs are their own chunks: the first map (on the list tab) does not wait
// for them; they are fetched right after it, so a tap on the tab finds them in the cache.
const loadFigures = () => import('./figures-panel').then((m) => m.FiguresPanel);
const loadNearby = () => import('./nearby-panel').then((m) => m.NearbyPanel);
const FiguresPanel = lazyChunk(loadFigures);
const NearbyPanel = lazyChunk(loadNearby);
void afterFirstMap().then(() => Promise.all([loadFigures(), loadNearby()]).catch(() => undefined));

const TABS: { id: Panel; label: StringKey }[] = [
  { id: 'list', label: 'listTab' },
  { id: 'unplaced', label: 'unplacedTab' },
  { id: 'figures', label: 'figuresTab' },
  { id: 'nearby', label: 'nearbyTab' },
];
const SORT_LABEL: Record<SortKey, StringKey> = { name: 'sortName', bureau: 'sortBureau', area: 'sortArea' };

/** The right-hand panel: the project list, the district-wide work and the figures, as tabs. */
export function SidePanel(props: { expanded: boolean; onToggleExpanded: () => void }) {
  const { state, actions, derived } = useAppState();
  const count = (id: Panel) =>
    id === 'list' ? derived.sorted().length : id === 'unplaced' ? derived.unplaced().length : null;
  return (
    <section class="side-panel" aria-label={t(state.lang, 'listTab')}>
      <button
        type="button"
        class="sheet-handle"
        aria-expanded={props.expanded}
        aria-label={t(state.lang, 'listTab')}
        onClick={() => props.onToggleExpanded()}
      >
        <span aria-hidden="true" />
      </button>
      <div class="tabs" role="tablist">
        <For each={TABS}>
          {(tab) => (
            <button
              type="button"
              role="tab"
              id={`tab-${tab.id}`}
              aria-selected={state.tab === tab.id}
              aria-controls="side-panel-body"
              class="tab"
              onClick={() => actions.setPanel(tab.id)}
              data-testid={`tab-${tab.id}`}
            >
              {t(state.lang, tab.label)}
              {count(tab.id) !== null ? ` (${count(tab.id)})` : ''}
            </button>
          )}
        </For>
      </div>
      <div class="side-toolbar" hidden={state.tab === 'nearby'}>
        <label class="control">
          <span>{t(state.lang, 'sortBy')}</span>
          <select
            value={state.sort}
            onChange={(e) => actions.setSort(e.currentTarget.value as SortKey)}
            data-testid="sort"
          >
            <For each={SORT_KEYS}>{(key) => <option value={key}>{t(state.lang, SORT_LABEL[key])}</option>}</For>
          </select>
        </label>
        <ExportMenu />
      </div>
      <div id="side-panel-body" role="tabpanel" aria-labelledby={`tab-${state.tab}`} class="side-body">
        <Switch>
          <Match when={state.tab === 'list'}>
            <ProjectList records={derived.sorted()} testid="project-list" />
          </Match>
          <Match when={state.tab === 'unplaced'}>
            <p class="hint">{t(state.lang, 'unplacedIntro')}</p>
            <ProjectList records={derived.unplaced()} testid="unplaced-list" />
          </Match>
          <Match when={state.tab === 'figures'}>
            <FiguresPanel />
          </Match>
          <Match when={state.tab === 'nearby'}>
            <NearbyPanel />
          </Match>
        </Switch>
      </div>
    </section>
  );
}
