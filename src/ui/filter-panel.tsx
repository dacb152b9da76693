import { For, Show } from 'solid-js';
import { BUREAU_IDS, CATEGORIES, STATUSES } from '../data/types';
import { isEmptyFilters } from '../data/filters';
import { LABELS, t } from '../i18n';
import { categoryCss } from '../map/project-theme';
import { useAppState } from '../state/context';
import { projectsWord } from './format';

/**
 * Search box and the four facets (bureau, status, year, category), multi-select, each option with
 * the number of projects it would show given the other facets. One click resets everything.
 */
export function FilterPanel() {
  const { state, actions, derived } = useAppState();
  return (
    <aside class="filter-panel" aria-label={t(state.lang, 'filters')}>
      <label class="search">
        <span class="visually-hidden">{t(state.lang, 'search')}</span>
        <input
          type="search"
          value={state.filters.query}
          placeholder={t(state.lang, 'searchPlaceholder')}
          aria-label={t(state.lang, 'search')}
          onInput={(e) => actions.setQuery(e.currentTarget.value)}
          data-testid="search"
        />
      </label>
      <div class="filter-summary" role="status" aria-live="polite">
        <strong data-testid="result-count">{derived.filtered().length}</strong>{' '}
        <span data-testid="result-word">{projectsWord(derived.filtered().length, state.lang)}</span>
        <button
          type="button"
          class="button button-small"
          disabled={isEmptyFilters(state.filters)}
          onClick={() => actions.resetFilters()}
          data-testid="reset-filters"
        >
          {t(state.lang, 'resetFilters')}
        </button>
      </div>
      <Facet
        legend={t(state.lang, 'bureau')}
        name="bureau"
        options={BUREAU_IDS.map((id) => ({
          value: id,
          label: derived.bureauName(id),
          count: derived.counts().bureau[id] ?? 0,
        }))}
        selected={state.filters.bureaus}
        onToggle={(v) => actions.toggleFacet('bureaus', v as (typeof BUREAU_IDS)[number])}
      />
      <Facet
        legend={t(state.lang, 'status')}
        name="status"
        options={STATUSES.map((s) => ({
          value: s,
          label: LABELS.status[s][state.lang],
          count: derived.counts().status[s] ?? 0,
        }))}
        selected={state.filters.statuses}
        onToggle={(v) => actions.toggleFacet('statuses', v as (typeof STATUSES)[number])}
      />
      <Facet
        legend={t(state.lang, 'year')}
        name="year"
        options={[...new Set([...derived.years(), ...state.filters.years])]
          .sort((a, b) => a - b)
          .map((y) => ({ value: String(y), label: String(y), count: derived.counts().year[y] ?? 0 }))}
        selected={state.filters.years.map(String)}
        onToggle={(v) => actions.toggleFacet('years', Number(v))}
      />
      <Facet
        legend={t(state.lang, 'category')}
        name="category"
        options={CATEGORIES.map((c) => ({
          value: c,
          label: LABELS.category[c][state.lang],
          count: derived.counts().category[c] ?? 0,
          swatch: categoryCss(c),
        }))}
        selected={state.filters.categories}
        onToggle={(v) => actions.toggleFacet('categories', v as (typeof CATEGORIES)[number])}
      />
    </aside>
  );
}

interface FacetOption {
  value: string;
  label: string;
  count: number;
  swatch?: string;
}

/** One facet: a fieldset of checkboxes with live counts. */
function Facet(props: {
  legend: string;
  name: string;
  options: FacetOption[];
  selected: readonly string[];
  onToggle: (value: string) => void;
}) {
  return (
    <fieldset class="facet" data-testid={`facet-${props.name}`}>
      <legend>{props.legend}</legend>
      <For each={props.options}>
        {(option) => (
          <label
            class="facet-option"
            classList={{ 'facet-empty': option.count === 0 && !props.selected.includes(option.value) }}
          >
            <input
              type="checkbox"
              name={props.name}
              value={option.value}
              checked={props.selected.includes(option.value)}
              onChange={() => props.onToggle(option.value)}
            />
            <Show when={option.swatch}>
              <span class="swatch" style={{ background: option.swatch }} aria-hidden="true" />
            </Show>
            <span class="facet-label">{option.label}</span>
            <span class="facet-count" data-testid={`count-${props.name}-${option.value}`}>
              {option.count}
            </span>
          </label>
        )}
      </For>
    </fieldset>
  );
}
