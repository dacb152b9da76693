import { describe, expect, it } from 'vitest';
import { BUREAU_IDS, CATEGORIES, STATUSES, type FeatureProps } from '../../src/data/types';
import { EMPTY_FILTERS, filterRecords, type Filters } from '../../src/features/filters/filters';
import { buildSearchIndex } from '../../src/features/search/search-index';
import { allowedCategories, categoryKeys, fitsGpu, keyUniverse, MAX_KEYS_PER_CHANNEL } from '../../src/map/gpu-filter';
import { makeRecord, pick, prng } from '../features/records';

/** What the GPU does with DataFilterExtension's category channels: a feature passes when each key is allowed. */
function gpuPasses(p: FeatureProps, allowed: string[][]): boolean {
  return categoryKeys(p).every((key, i) => allowed[i]!.includes(key));
}

describe('allowedCategories', () => {
  it('lets through exactly the records the CPU filter keeps, on random data and filters', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const rand = prng(seed);
      const records = Array.from({ length: 40 }, (_, i) =>
        makeRecord({
          id: `r${i}`,
          bureaus: pick(rand, BUREAU_IDS, 1 + Math.floor(rand() * 2)),
          status: pick(rand, STATUSES, 1)[0]!,
          category: pick(rand, CATEGORIES, 1)[0]!,
          years: pick(rand, [2024, 2025], 1 + Math.floor(rand() * 2)),
        }),
      );
      const features = records.map((r) => ({
        properties: {
          id: r.id,
          name_zh: '',
          name_en: '',
          bureaus: r.bureaus,
          category: r.category,
          status: r.status,
          years: r.years,
          precision: 'area',
        } as FeatureProps,
      }));
      const filters: Filters = {
        ...EMPTY_FILTERS,
        bureaus: pick(rand, BUREAU_IDS, Math.floor(rand() * 3)),
        statuses: pick(rand, STATUSES, Math.floor(rand() * 3)),
        categories: pick(rand, CATEGORIES, Math.floor(rand() * 3)),
        years: pick(rand, [2024, 2025], Math.floor(rand() * 2)),
      };
      const universe = keyUniverse(features);
      const allowed = allowedCategories(filters, universe);
      const gpu = features.filter((f) => gpuPasses(f.properties, allowed)).map((f) => f.properties.id);
      const cpu = filterRecords(records, filters, buildSearchIndex(records, [])).map((r) => r.id);
      expect(gpu.sort(), `seed ${seed}`).toEqual(cpu.sort());
    }
  });

  it('allows every key when a facet is empty', () => {
    const universe = keyUniverse([
      {
        properties: { bureaus: ['housing'], status: 'planned', category: 'land', years: [2024, 2025] } as FeatureProps,
      },
    ]);
    expect(allowedCategories(EMPTY_FILTERS, universe)).toEqual([['housing'], ['planned'], ['land'], ['2024+2025']]);
  });

  it('says when the data has more keys than a channel holds', () => {
    const many = Array.from({ length: MAX_KEYS_PER_CHANNEL + 1 }, (_, i) => ({
      properties: { bureaus: ['housing'], status: 'planned', category: 'land', years: [2000 + i] } as FeatureProps,
    }));
    expect(fitsGpu(keyUniverse(many))).toBe(false);
    expect(fitsGpu(keyUniverse(many.slice(0, MAX_KEYS_PER_CHANNEL)))).toBe(true);
  });
});
