import { describe, expect, it } from 'vitest';
import { isDistrictScale, splitZones } from '../../../src/features/nearby/zones';

// Issue #18: district-scale areas no longer top nearby lists as "inside · 0 minutes".
describe('isDistrictScale', () => {
  it('counts areas from 0.9 km² and lines from 10 km, nothing smaller', () => {
    expect(isDistrictScale({ areaComputedM2: 17_327_617 })).toBe(true); // 张江高新区杨浦园
    expect(isDistrictScale({ areaComputedM2: 1_000_018 })).toBe(true);
    expect(isDistrictScale({ areaComputedM2: 900_000 })).toBe(true);
    expect(isDistrictScale({ areaComputedM2: 899_999 })).toBe(false);
    expect(isDistrictScale({ lengthKm: 15.78 })).toBe(true); // 城市更新主轴
    expect(isDistrictScale({ lengthKm: 7.22 })).toBe(false); // 轨道交通20号线
    expect(isDistrictScale({})).toBe(false); // a point
  });
});

describe('splitZones', () => {
  it('puts zones the place is inside apart, other zones apart, and keeps walkable projects in order', () => {
    const hits = [
      { id: 'park', distanceM: 0, record: { areaComputedM2: 17e6 } },
      { id: 'school', distanceM: 0, record: { areaComputedM2: 20_000 } },
      { id: 'axis', distanceM: 120, record: { lengthKm: 15.8 } },
      { id: 'clinic', distanceM: 300, record: {} },
      { id: 'unit', distanceM: 900, record: { areaComputedM2: 3e6 } },
    ];
    const { inside, zones, walk } = splitZones(hits);
    expect(inside.map((h) => h.id)).toEqual(['park']);
    expect(zones.map((h) => h.id)).toEqual(['axis', 'unit']);
    expect(walk.map((h) => h.id)).toEqual(['school', 'clinic']);
  });
});
