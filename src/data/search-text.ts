/**
 * How search text is normalised, and the shape of the pinyin lookup: shared by the data build
 * (which writes `search-keys.json`) and the app's search.
 */

/** Pinyin search keys of a Han text (full pinyin, initials…), looked up in `search-keys.json`. */
export type PinyinFn = (text: string) => readonly string[];

// Whitespace, punctuation, symbols, separators and control/format characters.
const STRIP = /[\s\p{P}\p{S}\p{Z}\p{C}]+/gu;

/**
 * Normalises text for matching; applied to both queries and keys.
 *
 * - NFKC, which folds full-width letters, digits and spaces to half-width (`ＡＢ１` → `AB1`);
 * - lowercase;
 * - `ü` → `v` (pinyin typing convention: `lv` for 绿);
 * - strips whitespace, punctuation and symbols (`·`, `（`, `-`, `,` …).
 *
 * @example normaliseQuery(' Feng-Cheng（三村） ') === 'fengcheng三村'
 */
export function normaliseQuery(q: string): string {
  return q.normalize('NFKC').toLowerCase().replace(/ü/g, 'v').replace(STRIP, '');
}
