import { t, type Lang } from '../i18n';

/** The word after a number of projects: "1 project", "2 projects" (Chinese has one form: 个项目). */
export function projectsWord(count: number, lang: Lang): string {
  return t(lang, count === 1 ? 'projectShown' : 'projectsShown');
}

/** A number in the UI language's digits grouping, with at most `digits` decimals. */
export function formatNumber(value: number, lang: Lang, digits = 1): string {
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: digits }).format(value);
}

/**
 * An area for people: m² below a hectare, hectares above (and 亩 too in Chinese, the unit the
 * report itself often uses). 1 亩 = 666.67 m², 1 ha = 10,000 m².
 */
export function formatArea(m2: number, lang: Lang): string {
  if (m2 < 10_000) return `${formatNumber(m2, lang, 0)} m²`;
  const ha = formatNumber(m2 / 10_000, lang, 2);
  return lang === 'zh' ? `${ha} 公顷(${formatNumber(m2 / 666.6667, lang, 0)} 亩)` : `${ha} ha`;
}

/** A signed percentage, e.g. "+12.5%". */
export function formatPercent(pct: number, lang: Lang): string {
  return `${pct > 0 ? '+' : ''}${formatNumber(pct, lang, 1)}%`;
}
