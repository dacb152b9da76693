/**
 * The facets a selection is made of (bureau, status, year, category) and the free-text query:
 * the model the URL, the store, the filters and the tours share.
 */
import type { BureauId, Category, Status } from './types';

/** A selection: within a facet the options are OR-ed, across facets AND-ed; an empty facet does not constrain. */
export interface Filters {
  bureaus: BureauId[];
  statuses: Status[];
  years: number[];
  categories: Category[];
  query: string;
}

/** No constraint at all. Frozen: copy before editing. */
export const EMPTY_FILTERS: Filters = Object.freeze({
  bureaus: Object.freeze([]) as unknown as BureauId[],
  statuses: Object.freeze([]) as unknown as Status[],
  years: Object.freeze([]) as unknown as number[],
  categories: Object.freeze([]) as unknown as Category[],
  query: '',
});

/**
 * The years the catalog's reports speak of: each report's own year (its work) and the next (its
 * plan), in order. A new year's report adds its years here, with no code change.
 *
 * @example reportYears([{ year: 2024 }]) // [2024, 2025]
 */
export function reportYears(reports: readonly { year: number }[]): number[] {
  return [...new Set(reports.flatMap((r) => [r.year, r.year + 1]))].sort((a, b) => a - b);
}

/** Years a link may name before the catalog is in (the data build's own range for a year). */
export const isPlausibleYear = (y: number): boolean => Number.isInteger(y) && y >= 1990 && y <= 2100;

/** Whether a quote's part is its report's work (the report's year) or its plan (the year after). */
export function quotePart(
  quote: { report: string; part: string },
  reports: readonly { id: string; year: number }[],
): 'work' | 'plan' {
  const report = reports.find((r) => r.id === quote.report);
  return report && quote.part === String(report.year + 1) ? 'plan' : 'work';
}
