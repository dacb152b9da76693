import type { pinyin } from 'pinyin-pro';

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
