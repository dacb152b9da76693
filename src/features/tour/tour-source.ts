import { createResource, createMemo } from 'solid-js';
import { loadTours } from '../../data/load';
import { t } from '../../i18n';
import { useAppState } from '../../state/context';
import { selectionTour, type Tour } from './tour';

/** The id of the ad-hoc tour of whatever the filters show. */
export const SELECTION_TOUR_ID = 'selection';

/**
 * The curated tours (fetched once, lazily) plus the tour of the current selection, and the tour
 * the URL names. `selection` is frozen when the tour starts, so filters set by stops don't change it.
 */
export function useTours() {
  const { state, derived } = useAppState();
  const [curated] = createResource(() => loadTours());
  const selection = (): Tour =>
    selectionTour(derived.filtered(), { zh: t('zh', 'tourSelection'), en: t('en', 'tourSelection') });
  const frozenSelection = createMemo<Tour | null>((prev) => (state.tour === SELECTION_TOUR_ID ? (prev ?? selection()) : null), null);
  const active = createMemo<Tour | null | undefined>(() => {
    if (!state.tour) return null;
    if (state.tour === SELECTION_TOUR_ID) return frozenSelection();
    if (curated.loading) return undefined;
    return curated()?.find((tour) => tour.id === state.tour) ?? null;
  });
  return { curated, selection, active };
}
