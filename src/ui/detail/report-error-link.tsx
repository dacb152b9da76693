import type { ProjectRecord } from '../../data/types';
import { t } from '../../i18n';
import { useAppState } from '../../state/context';

/** Address that "report a data error" writes to (the team's shared inbox). */
export const DATA_ERROR_ADDRESS = 'yangpu-renewal-map@example.org';

/**
 * "Report a data error": a mail to the team naming the record and the link to the current view.
 * The link is built from the state (selection, filters, camera) as the URL will hold it, so it is
 * never a step behind the address bar.
 */
export function ReportErrorLink(props: { record: ProjectRecord }) {
  const { state, toSearch } = useAppState();
  const href = () => {
    const r = props.record;
    const url = `${window.location.origin}${window.location.pathname}${toSearch()}`;
    const subject = t(state.lang, 'reportErrorSubject');
    const body = `${subject}\n\nid: ${r.id}\n${r.name.zh} / ${r.name.en}\nURL: ${url}\n\n`;
    return `mailto:${DATA_ERROR_ADDRESS}?subject=${encodeURIComponent(`${subject}: ${r.id}`)}&body=${encodeURIComponent(body)}`;
  };
  return (
    <a class="button" href={href()} data-testid="report-error">
      {t(state.lang, 'reportError')}
    </a>
  );
}
