import { describe, expect, it } from 'vitest';
import { RADII, radiusById, uncertainBeyondRadius, walkingMinutes } from '../../src/data/radius';

describe('RADII', () => {
  it('lists 500 m, 1 km, the 15-minute circle (1,200 m) and 3 km, smallest first', () => {
    expect(RADII.map((r) => [r.id, r.metres])).toEqual([
      ['500m', 500],
      ['1km', 1000],
      ['15min', 1200],
      ['3km', 3000],
    ]);
    for (const r of RADII) expect(r.label.zh && r.label.en).toBeTruthy();
  });

  it('falls back to the 15-minute circle for an unknown id', () => {
    expect(radiusById('3km').metres).toBe(3000);
    expect(radiusById('nope').id).toBe('15min');
  });
});

describe('walkingMinutes', () => {
  it('applies the 1.3 detour factor at 80 m/min, rounding up', () => {
    expect(walkingMinutes(1200)).toBe(20); // 1,560 m along streets = 19.5 min
    expect(walkingMinutes(800)).toBe(13); // exactly 13, not 14 from float noise
    expect(walkingMinutes(801)).toBe(14);
    expect(walkingMinutes(500)).toBe(9); // 650 m = 8.1 min
  });

  it('is 0 at 0 m and at least 1 minute for any positive distance', () => {
    expect(walkingMinutes(0)).toBe(0);
    expect(walkingMinutes(-5)).toBe(0);
    expect(walkingMinutes(0.001)).toBe(1);
  });
});

describe('uncertainBeyondRadius', () => {
  it('flags a schematic placement whatever the radius, and an error bound larger than the radius', () => {
    expect(uncertainBeyondRadius(null, 3000)).toBe(true);
    expect(uncertainBeyondRadius(1000, 500)).toBe(true);
    expect(uncertainBeyondRadius(1000, 1200)).toBe(false);
    expect(uncertainBeyondRadius(300, 300)).toBe(false);
    expect(uncertainBeyondRadius(100, 500)).toBe(false);
  });
});
