import { BUILD_DATE } from '../config';
import { dataLine, filterSentence } from '../features/export/caption';
import { t } from '../i18n';
import { useAppState } from '../state/context';

/**
 * What a printed map shows, printed over it (hidden on screen): title, the active filters and the
 * number of projects, the data's dates, the view's link and the attribution (issue #15).
 */
export function PrintCaption() {
  const { state, data, derived, toSearch } = useAppState();
  return (
    <div class="print-caption" data-testid="print-caption">
      <strong>{t(state.lang, 'appTitle')}</strong>
      <span data-testid="print-filters">
        {filterSentence(state.filters, state.lang, derived.filtered().length, derived.bureauName)}
      </span>
      <span>
        {dataLine(
          state.lang,
          (data()?.catalog.reports ?? []).map((r) => r.title[state.lang]),
          BUILD_DATE,
        )}
      </span>
      <span>
        {t(state.lang, 'exportLink')}: {`${window.location.origin}${window.location.pathname}${toSearch()}`}
      </span>
      <span>{t(state.lang, 'attributionEmbedded')}</span>
    </div>
  );
}
