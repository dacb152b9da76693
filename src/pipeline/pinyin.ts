/**
 * Pinyin search keys, computed at build time so the browser never downloads the pinyin
 * dictionary: `search-keys.json` maps every Han name the app searches (record names, gazetteer
 * names and aliases, context roads and stations) to its keys.
 */
import { pinyin } from 'pinyin-pro';
import { normaliseQuery } from '../data/search-text.ts';

const HAN = /\p{Script=Han}/u;

/**
 * Search keys for text containing Han characters, normalised: full pinyin without tones (ü typed
 * as `v`), pinyin initials, and — when there is a ü — the spelling with `u` (`lu` for 绿).
 * No keys without Han characters.
 *
 * @example pinyinKeysOf('凤城三村') // ['fengchengsancun', 'fcsc']
 */
export function pinyinKeysOf(text: string): string[] {
  if (!HAN.test(text)) return [];
  const full = normaliseQuery(pinyin(text, { toneType: 'none', type: 'array', v: true }).join(''));
  const keys = [full, normaliseQuery(pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' }).join(''))];
  if (full.includes('v'))
    keys.push(normaliseQuery(pinyin(text, { toneType: 'none', type: 'array' }).join('').replace(/ü/g, 'u')));
  return keys;
}

/** The table written to `search-keys.json`: each distinct Han text → its keys, texts sorted. */
export function pinyinTable(texts: Iterable<string>): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  for (const text of [...new Set(texts)].filter((t) => HAN.test(t)).sort()) table[text] = pinyinKeysOf(text);
  return table;
}
