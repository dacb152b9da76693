import { createEffect, createResource, createMemo, onCleanup } from 'solid-js';
import { faultOf, SLOW_MS } from '../../data/fetch-json';
import { loadTours, TOURS_FILE } from '../../data/load';
import { t } from '../../i18n';
import { useAppState } from '../../state/context';
import { showFileNotices } from '../../state/fault-notices';
import { selectionTour } from './selection-tour';
import type { Tour, TourSource } from './tour';
import { validateTours } from '../../data/tour-check';
import { decodeTourData, draftToSource, loadDraft, MY_TOUR_ID, SHARED_TOUR_ID } from './tour-draft';

/** The id of the ad-hoc tour of whatever the filters show. */
export const SELECTION_TOUR_ID = 'selection';

/**
 * The tours a presenter can play, and the one the URL names:
 * - the curated tours (fetched once, lazily);
 * - `selection`: the current results, frozen when the tour starts (stops' filters don't change it);
 * - `mine`: the tour built in this browser; `shared`: a tour carried by the link (`td`) — both
 *   run through the data build's own checks, so what plays is what `npm run data` would accept.
 */
export function useTours() {
  const { state, actions, derived } = useAppState();
  const [curated] = createResource(() => loadTours());
  // tours.json unusable: say so (Retry reopens the tour, which loads the file again) and leave a
  // curated tour the link named, keeping the rest of the link.
  const slow = setTimeout(
    () => curated.loading && showFileNotices(state.lang, actions, { failures: [], pending: [TOURS_FILE] }),
    SLOW_MS,
  );
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
  const selection = (): Tour => {
    const { bureaus, statuses, years, categories } = state.filters;
    return selectionTour(
      derived.filtered(),
      { zh: t('zh', 'tourSelection'), en: t('en', 'tourSelection') },
      { bureaus: [...bureaus], statuses: [...statuses], years: [...years], categories: [...categories] },
    );
  };
  const frozenSelection = createMemo<Tour | null>(
    (prev) => (state.tour === SELECTION_TOUR_ID ? (prev ?? selection()) : null),
    null,
  );
  /** A tour file's content checked against the catalog: the tour, or null. */
  const checked = (source: unknown): Tour | null => {
    const id = (source as TourSource | null)?.id;
    const records = derived.records();
    const result = validateTours(
      [{ file: `${typeof id === 'string' ? id : 'tour'}.yaml`, data: source }],
      new Map(records.map((r) => [r.id, r.scope])),
      new Map(records.map((r) => [r.id, r.figures.length])),
    );
    return result.errors.length === 0 ? (result.tours[0] ?? null) : null;
  };
  const active = createMemo<Tour | null | undefined>(() => {
    if (!state.tour) return null;
    if (state.tour === SELECTION_TOUR_ID) return frozenSelection();
    if (state.tour === MY_TOUR_ID) return checked(draftToSource(loadDraft(globalThis.localStorage)));
    if (state.tour === SHARED_TOUR_ID) return state.tourData ? checked(decodeTourData(state.tourData)) : null;
    if (curated.loading || curated.error) return undefined;
    return curated()?.find((tour) => tour.id === state.tour) ?? null;
  });
  // A link's stop past the tour's end is clamped by the tour; say so.
  createEffect(() => {
    const tour = active();
    if (tour && tour.stops.length > 0 && state.stop >= tour.stops.length) {
      actions.notify(
        'url-stop',
        'info',
        `${t(state.lang, 'urlChanged')} stop=${state.stop + 1} → ${tour.stops.length}`,
      );
    }
  });
  return { curated, selection, active };
}
