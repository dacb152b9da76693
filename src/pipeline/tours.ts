/** Tours in the data build: the checks are `data/tour-check.ts`, shared with the app's tour builder. */
export * from '../data/tour-check.ts';
