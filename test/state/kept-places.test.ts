import { describe, expect, it } from 'vitest';
import { MAX_KEPT, keptChanges, parseKept, serializeKept, type KeptPlace } from '../../src/state/kept-places';

const place: KeptPlace = {
  id: '121.51380,31.30080',
  name: '五角场',
  point: [121.5138, 31.3008],
  radius: '15min',
  version: 'v1',
  seen: { a: { f: '1', s: 'planned', y: [2025] } },
};

// Issue 14: kept places live in localStorage; a broken entry must never break the page.
describe('parseKept', () => {
  it('round-trips a list', () => {
    expect(parseKept(serializeKept([place]))).toEqual([place]);
  });

  it('skips what it cannot read instead of throwing', () => {
    expect(parseKept(null)).toEqual([]);
    expect(parseKept('{not json')).toEqual([]);
    expect(parseKept('{"a":1}')).toEqual([]);
    const bad = [
      { name: 'x', point: [999, 31] },
      { name: 'y', point: ['121', 31] },
      { point: [121.5, 31.3] },
      { ...place, radius: 'far', seen: { b: { f: 1 } } },
    ];
    expect(parseKept(JSON.stringify(bad))).toEqual([{ ...place, radius: '15min', seen: {} }]);
  });

  it('keeps at most MAX_KEPT places, one per point', () => {
    const many = Array.from({ length: MAX_KEPT + 3 }, (_, i) => ({ ...place, point: [121.5 + i / 1000, 31.3] }));
    expect(parseKept(JSON.stringify([...many, place]))).toHaveLength(MAX_KEPT);
    expect(parseKept(JSON.stringify([place, place]))).toHaveLength(1);
  });
});

describe('keptChanges', () => {
  it('diffs what the resident saw against what is in the circle now', () => {
    expect(keptChanges(place, { a: { f: '2', s: 'completed', y: [2025] } })).toEqual([
      { id: 'a', kind: 'status', from: 'planned', to: 'completed' },
    ]);
  });
});
