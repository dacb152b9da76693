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
