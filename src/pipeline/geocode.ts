/**
 * Geocoding by gazetteer: a record's place names resolve to exactly one gazetteer entry through
 * its name or one of its aliases. No fuzzy matching: an unknown name is an error, never a guess.
 */
import type { PlaceSource } from '../data/source-schema.ts';
import { clip, type Issue } from '../data/issues.ts';

/** A gazetteer entry with the file it came from. */
export interface FiledPlace {
  place: PlaceSource;
  file: string;
}

/** Name or alias → the entries that carry it (more than one means ambiguous). */
export type NameIndex = Map<string, FiledPlace[]>;

/**
 * Indexes every place's name and aliases; a name or alias used twice (by two places, or twice by
 * one) is an issue on the later occurrence.
 *
 * @example
 * indexPlaceNames([{ place: { id: 'a', name: '凤城三村130号', aliases: ['凤城三村'], … }, file }], issues)
 * // Map { '凤城三村130号' => [a], '凤城三村' => [a] }
 */
export function indexPlaceNames(places: FiledPlace[], issues: Issue[]): NameIndex {
  const index: NameIndex = new Map();
  for (const fp of places) {
    const { place, file } = fp;
    const names: [string, string][] = [
      ['name', place.name],
      ...(place.aliases ?? []).map((a, i): [string, string] => [`aliases[${i}]`, a]),
    ];
    const own = new Set<string>();
    for (const [field, name] of names) {
      const prior = index.get(name) ?? [];
      if (own.has(name)) {
        issues.push({
          file,
          subject: { kind: 'place', id: place.id },
          field,
          message: `name "${clip(name)}" is listed twice for this place`,
        });
        continue;
      }
      own.add(name);
      if (prior.length > 0) {
        const other = prior[0];
        issues.push({
          file,
          subject: { kind: 'place', id: place.id },
          field,
          message: `name "${clip(name)}" is already used by place "${other.place.id}" (${other.file})`,
        });
      }
      index.set(name, [...prior, fp]);
    }
  }
  return index;
}

/**
 * Resolves a place name as written in a record.
 *
 * Cases:
 * - exactly one entry has it as name or alias → that entry
 * - none → error `place name "X" not found in the gazetteer (no name or alias matches)`
 * - several → error `place name "X" is ambiguous: matches places "a", "b"`
 */
export function resolvePlaceName(name: string, index: NameIndex): { place: FiledPlace } | { error: string } {
  const hits = index.get(name) ?? [];
  if (hits.length === 1) return { place: hits[0] };
  if (hits.length === 0)
    return { error: `place name "${clip(name)}" not found in the gazetteer (no name or alias matches)` };
  return {
    error: `place name "${clip(name)}" is ambiguous: matches places ${hits.map((h) => `"${h.place.id}"`).join(', ')}`,
  };
}
