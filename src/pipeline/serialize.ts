/**
 * Deterministic output: fixed coordinate precision and 2-space JSON with a trailing newline.
 */

/** Decimal places kept for coordinates (≈ 0.1 m). */
export const COORD_DECIMALS = 6;

/**
 * Rounds a number to `decimals` places, never producing `-0`.
 *
 * @example round(121.1234567) // 121.123457
 */
export function round(x: number, decimals = COORD_DECIMALS): number {
  const v = Number(x.toFixed(decimals));
  return v === 0 ? 0 : v;
}

/** Rounds every number in nested coordinate arrays to {@link COORD_DECIMALS} places. */
export function roundCoords<T>(coords: T): T {
  if (Array.isArray(coords)) return coords.map((c) => roundCoords(c)) as T;
  if (typeof coords === 'number') return round(coords) as T;
  return coords;
}

/**
 * Serialises a value as 2-space JSON with a trailing newline. Key order is the order the
 * objects were built in (every builder here constructs keys in a fixed order).
 */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
