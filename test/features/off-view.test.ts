import { describe, expect, it } from 'vitest';
import { boxesMeet, offViewBounds } from '../../src/features/filters/off-view';

// Issue #18: after filtering, offer "zoom to results" when every match is off screen.
describe('offViewBounds', () => {
  const view = [121.5, 31.25, 121.52, 31.27] as const;
  it('gives the box around all matches when none is in view', () => {
    const records = [
      { bbox: [121.53, 31.28, 121.54, 31.29] as const },
      { bbox: [121.45, 31.2, 121.46, 31.21] as const },
      {},
    ];
    expect(offViewBounds(records, view)).toEqual([121.45, 31.2, 121.54, 31.29]);
  });
  it('is null when one match is in view (or touches its edge), when no match has a box, or without a view', () => {
    expect(
      offViewBounds([{ bbox: [121.53, 31.28, 121.54, 31.29] }, { bbox: [121.51, 31.26, 121.511, 31.261] }], view),
    ).toBeNull();
    expect(offViewBounds([{ bbox: [121.52, 31.27, 121.53, 31.28] }], view)).toBeNull();
    expect(offViewBounds([{}], view)).toBeNull();
    expect(offViewBounds([{ bbox: [0, 0, 1, 1] }], null)).toBeNull();
  });
  it('boxesMeet is symmetric and false for disjoint boxes', () => {
    expect(boxesMeet([0, 0, 1, 1], [2, 2, 3, 3])).toBe(false);
    expect(boxesMeet([0, 0, 3, 3], [1, 1, 2, 2])).toBe(true);
    expect(boxesMeet([1, 1, 2, 2], [0, 0, 3, 3])).toBe(true);
  });
});
