/**
 * Pinyin search keys of a text, looked up in `layers/search-keys.json`: `npm run data` computes
 * them with pinyin-pro (src/pipeline/pinyin.ts), so the browser never downloads the pinyin
 * dictionary. The app loads the table after the first map (`loadPinyin` in data/load.ts), and the indexes gain
 * pinyin keys when it arrives. Tests pass `pinyinKeysOf` from the pipeline directly.
 */
import type { PinyinFn } from './search-text';

export type { PinyinFn };

const HAN = /\p{Script=Han}/u;

/**
 * Search keys for text containing Han characters: full pinyin without tones (ü typed as `v`),
 * pinyin initials, and — when there is a ü — the spelling with `u`. None without Han characters
 * or without the key lookup.
 *
 * @example pinyinKeys('凤城三村', pinyin) // ['fengchengsancun', 'fcsc']
 */
export function pinyinKeys(text: string, pinyin: PinyinFn | undefined): string[] {
  if (!pinyin || !HAN.test(text)) return [];
  return [...pinyin(text)];
}
