/**
 * Search radii for "what is being built near me?" and a walking-time estimate.
 *
 * Assumptions (state them in the UI next to the numbers):
 * - walking speed 80 m/min (4.8 km/h), a common planning figure for adults;
 * - the 15-minute community life circle (15分钟社区生活圈) is drawn as a straight-line radius of
 *   15 min × 80 m/min = 1,200 m ≈ 1.2 km. Real walks are longer than the straight line, so this
 *   circle slightly overstates what is reachable in 15 minutes;
 * - walking time uses a detour factor of 1.3: street-network distance ≈ 1.3 × straight-line
 *   distance, typical for a city street grid.
 */
import type { Names } from './types';

/** Assumed walking speed in metres per minute. */
export const WALKING_SPEED_M_PER_MIN = 80;
/** Assumed ratio of street-network distance to straight-line distance. */
export const DETOUR_FACTOR = 1.3;

export type RadiusId = '500m' | '1km' | '15min' | '3km';

export interface Radius {
  id: RadiusId;
  /** Straight-line radius in metres. */
  metres: number;
  label: Names;
}

/**
 * The radii a resident can pick, smallest first. `15min` is the 15-minute community life circle:
 * 15 min × 80 m/min walking speed ≈ 1.2 km straight-line radius — an assumption stated in the UI.
 */
export const RADII: readonly Radius[] = [
  { id: '500m', metres: 500, label: { zh: '500米', en: '500 m' } },
  { id: '1km', metres: 1000, label: { zh: '1公里', en: '1 km' } },
  {
    id: '15min',
    metres: 15 * WALKING_SPEED_M_PER_MIN,
    label: { zh: '15分钟生活圈(约1.2公里)', en: '15-minute life circle (≈ 1.2 km)' },
  },
  { id: '3km', metres: 3000, label: { zh: '3公里', en: '3 km' } },
];

/** The radius shown first. */
export const DEFAULT_RADIUS_ID: RadiusId = '15min';

/**
 * The radius with this id.
 *
 * @param id a {@link RadiusId}
 * @returns the radius (the 15-minute one for an unknown id)
 */
export function radiusById(id: string): Radius {
  return RADII.find((r) => r.id === id) ?? RADII.find((r) => r.id === DEFAULT_RADIUS_ID)!;
}

/**
 * Estimated walking time for a straight-line distance:
 * `ceil(distanceM × 1.3 detour factor / 80 m per min)`.
 *
 * - 0 m (inside the project's area) or negative → 0 minutes;
 * - anything above 0 rounds up to at least 1 minute;
 * - whole minutes are not rounded up by float noise (800 m → 13, not 14);
 * - `NaN` → `NaN`, `Infinity` → `Infinity`.
 *
 * @param distanceM straight-line distance in metres
 * @returns whole minutes
 * @example walkingMinutes(1200) // 20 (1,560 m along streets)
 */
export function walkingMinutes(distanceM: number): number {
  if (Number.isNaN(distanceM)) return NaN;
  if (distanceM <= 0) return 0;
  // 1e-9 absorbs float noise such as 800 × 1.3 = 1040.0000000000002.
  return Math.max(1, Math.ceil((distanceM * DETOUR_FACTOR) / WALKING_SPEED_M_PER_MIN - 1e-9));
}

/**
 * True when a project's placement may be off by more than the search radius, so its distance
 * (and whether it is in the circle at all) is uncertain: a `schematic` placement always, else
 * when the precision's error bound exceeds the radius (an `area` place, ±1 km, in a 500 m search).
 *
 * @param errorM - the precision's error bound in metres, `null` for a diagram
 */
export function uncertainBeyondRadius(errorM: number | null, radiusM: number): boolean {
  return errorM === null || errorM > radiusM;
}
