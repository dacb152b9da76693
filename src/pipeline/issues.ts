/** Moved to `data/issues.ts` (shared with the app's tour checks); kept for `build.ts` until the performance branch lands. */
export * from '../data/issues.ts';
