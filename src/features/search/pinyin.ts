import type { pinyin } from 'pinyin-pro';
import { normaliseQuery } from './search-index';

/**
 * The `pinyin` function of `pinyin-pro`, passed in rather than imported: its dictionary is large,
 * so the app loads it on demand (`loadPinyin`) after the first map, and the indexes gain pinyin
 * keys when it arrives. Tests pass the function directly.
 */
export type PinyinFn = typeof pinyin;

/** Loads pinyin-pro as a separate chunk. */
export async function loadPinyin(): Promise<PinyinFn> {
  return (await import('pinyin-pro')).pinyin;
}

const HAN = /\p{Script=Han}/u;

/**
 * Search keys for text containing Han characters, normalised: full pinyin without tones (ü typed
 * as `v`), pinyin initials, and — when there is a ü — the spelling with `u` (`lu` for 绿).
 * No keys without Han characters or without the pinyin function.
 *
 * @example pinyinKeys('凤城三村', pinyin) // ['fengchengsancun', 'fcsc']
 */
export function pinyinKeys(text: string, pinyin: PinyinFn | undefined): string[] {
  if (!pinyin || !HAN.test(text)) return [];
  const full = normaliseQuery(pinyin(text, { toneType: 'none', type: 'array', v: true }).join(''));
  const keys = [full, normaliseQuery(pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' }).join(''))];
  if (full.includes('v'))
    keys.push(normaliseQuery(pinyin(text, { toneType: 'none', type: 'array' }).join('').replace(/ü/g, 'u')));
  return keys;
}
