/**
 * What an exported image or print says about itself: a sentence of the active filters with the
 * number of projects ("区教育局 · 2025 · 12 个项目" / "Education Bureau · 2025 · 12 projects"), and the
 * data's dates. Pure; no DOM.
 */
import type { Filters } from '../../data/filters';
import { LABELS, projectCount, t, type Lang } from '../../i18n';

/**
 * The active filters as one line, facets in the order of the filter panel (bureaus, statuses,
 * years, categories, then the search in quotes), joined by " · ", ending with the count; "All
 * projects" / "全部项目" first when nothing is filtered.
 *
 * @param bureauName - a bureau's name in `lang`
 */
export function filterSentence(
  filters: Filters,
  lang: Lang,
  count: number,
  bureauName: (id: string) => string,
): string {
  const sep = lang === 'zh' ? '、' : ', ';
  const parts = [
    filters.bureaus.map(bureauName).join(sep),
    filters.statuses.map((s) => LABELS.status[s][lang]).join(sep),
    filters.years.join(sep),
    filters.categories.map((c) => LABELS.category[c][lang]).join(sep),
    filters.query.trim() ? (lang === 'zh' ? `“${filters.query.trim()}”` : `"${filters.query.trim()}"`) : '',
  ].filter(Boolean);
  return [...(parts.length ? parts : [t(lang, 'exportAll')]), projectCount(lang, count)].join(' · ');
}

/** "数据来源:<report titles> · 生成于 2026-12-01" / "Data: … · built 2026-12-01" (no date when unknown). */
export function dataLine(lang: Lang, reportTitles: string[], buildDate: string): string {
  const colon = lang === 'zh' ? ':' : ': ';
  const built = buildDate ? ` · ${t(lang, 'exportBuilt')} ${buildDate}` : '';
  return `${t(lang, 'handoutReport')}${colon}${reportTitles.join(lang === 'zh' ? ';' : '; ')}${built}`;
}
