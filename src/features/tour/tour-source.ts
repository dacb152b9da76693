import { createEffect, createResource, createMemo, onCleanup } from 'solid-js';
import { faultOf, SLOW_MS } from '../../data/fetch-json';
import { loadTours, TOURS_FILE } from '../../data/load';
import { t } from '../../i18n';
import { useAppState } from '../../state/context';
import { showFileNotices } from '../../state/fault-notices';
import { selectionTour, type Tour } from './tour';

/** The id of the ad-hoc tour of whatever the filters show. */
export const SELECTION_TOUR_ID = 'selection';

/**
 * The curated tours (fetched once, lazily) plus the tour of the current selection, and the tour
 * the URL names. `selection` is frozen when the tour starts, so filters set by stops don't change it.
 */
export function useTours() {
  const { state, actions, derived } = useAppState();
  const [curated] = createResource(() => loadTours());
  // tours.json unusable: say so (Retry reopens the tour, which loads the file again) and leave a
  // curated tour the link named, keeping the rest of the link.
  const slow = setTimeout(() => curated.loading && showFileNotices(state.lang, actions, { failures: [], pending: [TOURS_FILE] }), SLOW_MS);
  onCleanup(() => clearTimeout(slow));
  createEffect(() => {
    if (curated.loading) return;
    clearTimeout(slow);
    showFileNotices(state.lang, actions, { failures: [], settled: [TOURS_FILE] });
    if (!curated.error) return;
    const { tour, stop } = state;
    const retry = tour && tour !== SELECTION_TOUR_ID ? () => actions.startTour(tour, stop) : undefined;
    showFileNotices(state.lang, actions, { failures: [{ file: TOURS_FILE, ...faultOf(curated.error) }] }, retry);
    if (retry) actions.exitTour();
  });
  const selection = (): Tour =>
    selectionTour(derived.filtered(), { zh: t('zh', 'tourSelection'), en: t('en', 'tourSelection') });
  const frozenSelection = createMemo<Tour | null>((prev) => (state.tour === SELECTION_TOUR_ID ? (prev ?? selection()) : null), null);
  const active = createMemo<Tour | null | undefined>(() => {
    if (!state.tour) return null;
    if (state.tour === SELECTION_TOUR_ID) return frozenSelection();
    if (curated.loading || curated.error) return undefined;
    return curated()?.find((tour) => tour.id === state.tour) ?? null;
  });
  // A link's stop past the tour's end is clamped by the tour; say so.
  createEffect(() => {
    const tour = active();
    if (tour && tour.stops.length > 0 && state.stop >= tour.stops.length) {
      actions.notify('url-stop', 'info', `${t(state.lang, 'urlChanged')} stop=${state.stop + 1} → ${tour.stops.length}`);
    }
  });
  return { curated, selection, active };
}
