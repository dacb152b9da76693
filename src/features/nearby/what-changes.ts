/**
 * One line per project for the nearby list: what changes for the resident, and when.
 */
import type { MilestoneSource, ProjectRecord } from '../../data/types';
import type { Lang } from '../../i18n';
import { LABELS } from '../../i18n';

/**
 * A milestone date (`2024`, `2024-06`, `2024-06-30`) as words.
 *
 * @example formatWhen('2024-06', 'zh') === '2024年6月'; formatWhen('2024-06', 'en') === 'June 2024'
 */
export function formatWhen(when: string, lang: Lang): string {
  const m = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/.exec(when.trim());
  if (!m) return when;
  const [, y, mo, d] = m;
  const year = Number(y);
  const month = mo ? Number(mo) : undefined;
  const day = month && d ? Number(d) : undefined;
  // A month or day the calendar does not have (2024-13, 2024-02-30) keeps only what is sound.
  const monthOk = month !== undefined && month >= 1 && month <= 12;
  const date = new Date(Date.UTC(year, monthOk ? month - 1 : 0, day ?? 1));
  const dayOk = monthOk && day !== undefined && date.getUTCDate() === day;
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: monthOk ? 'long' : undefined,
    day: dayOk ? 'numeric' : undefined,
    timeZone: 'UTC',
  }).format(dayOk ? date : new Date(Date.UTC(year, monthOk ? month - 1 : 0, 1)));
}

function latest(
  ms: readonly MilestoneSource[],
  state: MilestoneSource['state'],
  pick: 'max' | 'min',
): MilestoneSource | undefined {
  let best: MilestoneSource | undefined;
  for (const m of ms) {
    if (m.state !== state) continue;
    // "2024" < "2024-06" < "2024-06-30" < "2025" sorts right as strings. First wins on ties.
    if (!best || (pick === 'max' ? m.when > best.when : m.when < best.when)) best = m;
  }
  return best;
}

/**
 * The milestone that matters to a resident, as one line:
 *
 * 1. completed record with a done milestone → the latest done one:
 *    `2024年已完成：改建启用` / `Completed in 2024: Reopened after rebuild`;
 * 2. otherwise a planned milestone → the earliest (next) planned one:
 *    `计划2025年：启动涉外婚姻办理` / `Planned for 2025: Start foreign-related marriage registration`;
 * 3. otherwise the status label: `在建` / `Under construction`.
 *
 * @param record the project
 * @param lang UI language
 * @returns one line of text (never empty)
 */
export function whatChanges(record: Pick<ProjectRecord, 'status' | 'milestones'>, lang: Lang): string {
  const done = record.status === 'completed' ? latest(record.milestones, 'done', 'max') : undefined;
  if (done) {
    const when = formatWhen(done.when, lang);
    if (lang === 'zh') return `${when}已完成：${done.what.zh}`;
    return `Completed ${/^\d+ /.test(when) ? 'on' : 'in'} ${when}: ${done.what.en}`;
  }
  const next = latest(record.milestones, 'planned', 'min');
  if (next) {
    const when = formatWhen(next.when, lang);
    return lang === 'zh' ? `计划${when}：${next.what.zh}` : `Planned for ${when}: ${next.what.en}`;
  }
  return LABELS.status[record.status][lang];
}
