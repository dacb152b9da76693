import { createMemo, Show } from 'solid-js';
import { isEmptyFilters } from '../data/filters';
import { offViewBounds } from '../features/filters/off-view';
import { t } from '../i18n';
import { useAppState } from '../state/context';

/** After filtering, when every match lies off screen: says so and offers to zoom to them. */
export function ZoomToResults() {
  const { state, actions, derived } = useAppState();
  const target = createMemo(() =>
    state.tour || isEmptyFilters(state.filters) ? null : offViewBounds(derived.filtered(), state.viewBounds),
  );
  return (
    <Show when={target()}>
      {(bbox) => (
        <div class="zoom-to-results" role="status" data-testid="off-screen">
          <span>{t(state.lang, 'resultsOffScreen')}</span>
          <button
            type="button"
            class="button button-small"
            onClick={() => actions.flyTo({ bbox: bbox() })}
            data-testid="zoom-to-results"
          >
            {t(state.lang, 'zoomToResults')}
          </button>
        </div>
      )}
    </Show>
  );
}
