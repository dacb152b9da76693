/**
 * "Are the matches on screen?": the filtered records' boxes against the map's view. Pure; no DOM.
 */
export type BBox = readonly [number, number, number, number];

/** True when two boxes [w, s, e, n] overlap or touch. */
export function boxesMeet(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/**
 * The box around every record that has one when none of them meets `view` (the matches are all
 * off screen); `null` when at least one is in view, none has a box, or the view is unknown.
 *
 * @param records the filtered records (district-wide ones have no `bbox` and are skipped)
 * @param view the map's visible box [w, s, e, n]
 */
export function offViewBounds(
  records: readonly { bbox?: BBox }[],
  view: BBox | null,
): [number, number, number, number] | null {
  if (!view) return null;
  let union: [number, number, number, number] | null = null;
  for (const { bbox } of records) {
    if (!bbox) continue;
    if (boxesMeet(bbox, view)) return null;
    union = union
      ? [
          Math.min(union[0], bbox[0]),
          Math.min(union[1], bbox[1]),
          Math.max(union[2], bbox[2]),
          Math.max(union[3], bbox[3]),
        ]
      : [...bbox];
  }
  return union;
}
