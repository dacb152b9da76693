/**
 * Tours in the data build: the checks live beside the tour model (`features/tour/tour-check.ts`)
 * because the app runs the same checks on a tour built or shared in the browser.
 */
export * from '../features/tour/tour-check.ts';
