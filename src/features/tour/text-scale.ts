/**
 * Big-room text for tours: one factor scales the caption, the quote and the map's own labels
 * together. Pure; the store remembers the presenter's choice (localStorage).
 */

/** The sizes a presenter steps through with + and −, as factors of the default. */
export const TEXT_SCALES: readonly number[] = [0.8, 1, 1.25, 1.5, 2, 2.5, 3];

/** The next size up (`dir` 1) or down (−1) from `current`; stays at the ends. */
export function stepTextScale(current: number, dir: 1 | -1): number {
  const i = TEXT_SCALES.findIndex((s) => s >= current - 1e-9);
  const at = i === -1 ? TEXT_SCALES.length - 1 : i;
  // Between two steps, "up" goes to the next step above and "down" to the one below.
  const exact = Math.abs(TEXT_SCALES[at]! - current) < 1e-9;
  const next = dir === 1 ? (exact ? at + 1 : at) : at - 1;
  return TEXT_SCALES[Math.max(0, Math.min(TEXT_SCALES.length - 1, next))]!;
}

/** `+` / `=` (the unshifted + key) → 1, `-` / `_` → −1, anything else null. */
export function textScaleKey(key: string): 1 | -1 | null {
  if (key === '+' || key === '=') return 1;
  if (key === '-' || key === '_' || key === '−') return -1;
  return null;
}

/**
 * How much bigger than on a 1280 px desktop a tour's text is drawn on a wider screen, so it reads
 * from the back of a room: 1920 px → 1.5, 3840 px → 3 (capped to 1…3.5). The CSS of the caption
 * follows the same rule (`1.25vw`, at least 16 px).
 */
export function viewportTextFactor(widthPx: number): number {
  return Math.min(3.5, Math.max(1, widthPx / 1280));
}

/** The factor for the map's label sizes during a tour: the presenter's choice × the screen's. */
export function tourLabelScale(userScale: number, widthPx: number): number {
  return Math.round(userScale * viewportTextFactor(widthPx) * 100) / 100;
}
