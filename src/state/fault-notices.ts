import type { FaultCode } from '../data/fetch-json';
import type { FileFailure } from '../data/load';
import { fill, type Lang, type StringKey } from '../i18n';
import type { Notice } from './store';

const FAULT_KEYS: Record<FaultCode, StringKey> = {
  network: 'faultNetwork',
  timeout: 'faultTimeout',
  http: 'faultHttp',
  empty: 'faultEmpty',
  html: 'faultHtml',
  json: 'faultJson',
  shape: 'faultShape',
  other: 'faultOther',
};

/** The notice id for a file's problem (one per file: a later problem replaces an earlier one). */
export const fileNoticeId = (file: string): string => `data-${file}`;
/** The notice id naming a slow file. */
export const slowNoticeId = (file: string): string => `data-slow-${file}`;

/**
 * A file's problem in plain words in `lang`, naming the file.
 *
 * @example failureText('en', { file: 'layers/points.geojson', code: 'http', detail: '500' })
 * // 'Could not load the data file layers/points.geojson: the server answered with error 500. The rest still works.'
 */
export function failureText(lang: Lang, failure: FileFailure): string {
  if (failure.dropped !== undefined)
    return fill(lang, 'fileDropped', { file: failure.file, n: failure.dropped, total: failure.total ?? '?' });
  const detail = failure.code === 'shape' ? '' : (failure.detail ?? '').slice(0, 200);
  return fill(lang, 'fileFailed', {
    file: failure.file,
    detail: fill(lang, FAULT_KEYS[failure.code ?? 'other'], { detail }).trim(),
  });
}

/** What the notices need of the store. */
interface Notifier {
  notify(id: string, kind: 'info' | 'error', text: string, action?: Notice['action']): void;
  dismiss(id: string): void;
}

/**
 * Shows one notice per failed file (with a Retry when `retry` is given: a whole file failed, not
 * a few entries) and one per slow file; dismisses the slow notice once its file has settled.
 */
export function showFileNotices(
  lang: Lang,
  actions: Notifier,
  files: { failures: FileFailure[]; pending?: string[]; settled?: string[] },
  retry?: () => void,
): void {
  // A retry clears the notices it answers; whatever fails again is shown again.
  const again = () => {
    for (const failure of files.failures) actions.dismiss(fileNoticeId(failure.file));
    retry?.();
  };
  for (const file of files.settled ?? []) actions.dismiss(slowNoticeId(file));
  for (const file of files.pending ?? []) actions.notify(slowNoticeId(file), 'info', fill(lang, 'fileSlow', { file }));
  for (const failure of files.failures) {
    const action = retry && failure.dropped === undefined ? { label: 'retry' as const, run: again } : undefined;
    actions.notify(
      fileNoticeId(failure.file),
      failure.dropped === undefined ? 'error' : 'info',
      failureText(lang, failure),
      action,
    );
  }
}
