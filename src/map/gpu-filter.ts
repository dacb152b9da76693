import type { FeatureProps } from '../data/types';
import type { Filters } from '../features/filters/filters';

/**
 * How the filters reach the GPU through deck.gl's DataFilterExtension with four category
 * channels: the record's bureau set, status, category and year set. A record with several
 * bureaus or years has one key for the combination ("construction+planning"); a selection
 * then allows every combination that contains a selected value. Changing a filter only
 * changes `filterCategories` (a bitmask uniform): no attribute is rebuilt.
 * The free-text search goes through the one numeric channel (1 = matches).
 */
export type CategoryKeys = [bureaus: string, status: string, category: string, years: string];

/** deck.gl gives each channel 32 bits when four channels are used. */
export const MAX_KEYS_PER_CHANNEL = 32;

/** The four category keys of a feature. */
export function categoryKeys(p: Pick<FeatureProps, 'bureaus' | 'status' | 'category' | 'years'>): CategoryKeys {
  return [[...p.bureaus].sort().join('+'), p.status, p.category, [...p.years].sort().join('+')];
}

/** Every key each channel takes in the data. */
export function keyUniverse(
  features: Iterable<{ properties: FeatureProps }>,
): [Set<string>, Set<string>, Set<string>, Set<string>] {
  const universe: [Set<string>, Set<string>, Set<string>, Set<string>] = [new Set(), new Set(), new Set(), new Set()];
  for (const f of features) categoryKeys(f.properties).forEach((key, i) => universe[i]!.add(key));
  return universe;
}

/** True when the data fits the GPU channels (otherwise the caller filters on the CPU). */
export function fitsGpu(universe: ReturnType<typeof keyUniverse>): boolean {
  return universe.every((keys) => keys.size <= MAX_KEYS_PER_CHANNEL);
}

/**
 * The allowed keys of each channel for the given filters. A multi-valued key ("2024+2025") is
 * allowed when any of its parts is selected; an empty selection allows every key.
 */
export function allowedCategories(
  filters: Filters,
  universe: ReturnType<typeof keyUniverse>,
): [string[], string[], string[], string[]] {
  const allow = (keys: Set<string>, selected: readonly (string | number)[]) => {
    if (selected.length === 0) return [...keys];
    const wanted = new Set(selected.map(String));
    return [...keys].filter((key) => key.split('+').some((part) => wanted.has(part)));
  };
  return [
    allow(universe[0], filters.bureaus),
    allow(universe[1], filters.statuses),
    allow(universe[2], filters.categories),
    allow(universe[3], filters.years),
  ];
}
