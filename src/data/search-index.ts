/**
 * Free-text search over project records: Chinese and English names, pinyin (full and initials),
 * the names and aliases of the record's places, and the record id. Pure; no DOM.
 */
import type { PlaceRecord, ProjectRecord } from './types';
import { normaliseQuery, type PinyinFn } from './search-text';
import { pinyinKeys } from './pinyin-keys';

export { normaliseQuery };

/** A search index built by {@link buildSearchIndex}. Treat as immutable. */
export interface SearchIndex {
  /** Record ids in the order of the records the index was built from. */
  readonly ids: readonly string[];
  /** Normalised search keys per record id (deduplicated, in a stable order). */
  readonly keys: ReadonlyMap<string, readonly string[]>;
  /** Per record (aligned with `ids`): all keys joined by a separator no query can contain. */
  readonly haystacks: readonly string[];
}

// U+0001 is a control character, which normaliseQuery strips, so a query never spans two keys.
const SEPARATOR = '\u0001';

/** {@link pinyinKeys}, memoised per distinct string within one build. */
function cachedPinyinKeys(text: string, cache: Map<string, string[]>, pinyin: PinyinFn | undefined): string[] {
  let keys = cache.get(text);
  if (!keys) cache.set(text, (keys = pinyinKeys(text, pinyin)));
  return keys;
}

/**
 * Builds the search index. For each record the keys are, each normalised with
 * {@link normaliseQuery}:
 *
 * - the Chinese name, its full pinyin without tones (`fengchengsancun`) and pinyin initials (`fcsc`);
 * - the English name;
 * - for every place in `record.placeIds`: its Chinese name, English name and aliases, plus pinyin
 *   and initials of those containing Han characters (unknown place ids are skipped);
 * - the record id (`fengcheng-sancun` → `fengchengsancun`).
 *
 * Empty keys are dropped and duplicates removed. Pinyin is memoised per distinct string within
 * one build, so repeated place names cost one conversion.
 *
 * @param records the catalog records
 * @param places the gazetteer (`Catalog.places`)
 * @param pinyin pinyin-pro's `pinyin`; without it the index has no pinyin keys (see `./pinyin.ts`)
 * @returns an index for {@link searchRecords}
 */
export function buildSearchIndex(
  records: readonly ProjectRecord[],
  places: readonly PlaceRecord[],
  pinyin?: PinyinFn,
): SearchIndex {
  const placeById = new Map<string, PlaceRecord>();
  for (const p of places) placeById.set(p.id, p);
  const cache = new Map<string, string[]>();
  const ids: string[] = [];
  const keys = new Map<string, readonly string[]>();
  const haystacks: string[] = [];
  for (const r of records) {
    const set = new Set<string>();
    const addText = (text: string | undefined, withPinyin: boolean): void => {
      if (!text) return;
      set.add(normaliseQuery(text));
      if (withPinyin) for (const k of cachedPinyinKeys(text, cache, pinyin)) set.add(k);
    };
    addText(r.name.zh, true);
    addText(r.name.en, false);
    for (const pid of r.placeIds) {
      const p = placeById.get(pid);
      if (!p) continue;
      addText(p.name, true);
      addText(p.en, false);
      for (const a of p.aliases) addText(a, true);
    }
    addText(r.id, false);
    set.delete('');
    const list = [...set];
    ids.push(r.id);
    keys.set(r.id, list);
    haystacks.push(list.join(SEPARATOR));
  }
  return { ids, keys, haystacks };
}

const memo = new WeakMap<SearchIndex, { q: string; result: ReadonlySet<string> | null }>();

/**
 * The ids matching `query`, or `null` when the normalised query is empty (everything matches).
 * The result is cached per index for the last query and shared: do not mutate it. Used by the
 * filters' hot paths; UI code should call {@link searchRecords}.
 */
export function matchQuery(index: SearchIndex, query: string): ReadonlySet<string> | null {
  const q = normaliseQuery(query);
  if (q === '') return null;
  const last = memo.get(index);
  if (last && last.q === q) return last.result;
  const result = new Set<string>();
  const { ids, haystacks } = index;
  for (let i = 0; i < haystacks.length; i++) {
    if (haystacks[i]!.includes(q)) result.add(ids[i]!);
  }
  memo.set(index, { q, result });
  return result;
}

/**
 * Ids of the records whose keys contain the normalised query as a substring.
 *
 * - An empty (or all-punctuation) query matches every record.
 * - A query with Han characters can only match keys with Han characters (names, aliases);
 *   a Latin query matches pinyin, initials, English names, ids and Latin parts of names (`A1`).
 * - A match never spans two keys.
 *
 * @example searchRecords(index, 'fcsc') // → Set { 'fengcheng-sancun' } for 凤城三村
 * @returns a new set the caller may mutate
 */
export function searchRecords(index: SearchIndex, query: string): Set<string> {
  const m = matchQuery(index, query);
  return new Set(m ?? index.ids);
}
