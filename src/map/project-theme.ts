import type { Category, Precision, Status } from '../data/types';

export type RGB = [number, number, number];

/** Colour of each project category (map, legend, charts). Colour-blind-safe-ish, distinct on light paper. */
export const CATEGORY_COLOURS: Record<Category, RGB> = {
  housing: [214, 96, 77],
  land: [166, 118, 29],
  'renewal-area': [153, 112, 171],
  transport: [33, 102, 172],
  utilities: [90, 90, 90],
  water: [44, 162, 195],
  education: [230, 145, 20],
  health: [200, 30, 60],
  'elderly-care': [190, 90, 150],
  employment: [120, 120, 40],
  culture: [120, 60, 160],
  innovation: [27, 140, 110],
  commerce: [200, 120, 90],
  'public-space': [80, 160, 60],
};

/**
 * The status language, the same on map and legend:
 * - completed: solid fill, solid outline
 * - under construction: light fill, dashed outline
 * - ongoing: light fill, dotted outline
 * - planned: outline only, dashed
 */
export const STATUS_STYLE: Record<Status, { fillAlpha: number; dash: [number, number]; lineWidth: number }> = {
  completed: { fillAlpha: 150, dash: [0, 0], lineWidth: 2 },
  'under-construction': { fillAlpha: 70, dash: [6, 3], lineWidth: 2.5 },
  ongoing: { fillAlpha: 50, dash: [1.5, 2.5], lineWidth: 2 },
  planned: { fillAlpha: 0, dash: [3, 3], lineWidth: 2 },
};

/** Largest error each precision claims, metres (`null`: a diagram, no bound). */
export const PRECISION_RADIUS_M: Record<Precision, number | null> = { exact: 30, block: 100, street: 300, area: 1000, schematic: null };

/** Located (≤ 100 m) or approximate: the two ways a placement is drawn. */
export type Placement = 'located' | 'approximate';

/** A placement is approximate when it may be more than 100 m off (street, area, schematic). */
export function placementOf(precision: Precision): Placement {
  return precision === 'exact' || precision === 'block' ? 'located' : 'approximate';
}

/**
 * The placement language, the same on map and legend (renderer-neutral: a MapLibre port reads
 * the same numbers):
 * - located: the outline (or a point's white ring) at full strength, no halo;
 * - approximate: the outline faded to `outlineAlpha`, points without their ring, and under the
 *   feature a soft halo — a wide translucent band along outlines and lines, a wide translucent
 *   disc around points.
 */
export const PLACEMENT_STYLE: Record<Placement, { outlineAlpha: number; pointRing: number; halo: { widthPx: number; alpha: number; pointRadiusPx: number } | null }> = {
  located: { outlineAlpha: 255, pointRing: 1.5, halo: null },
  approximate: { outlineAlpha: 90, pointRing: 0, halo: { widthPx: 8, alpha: 45, pointRadiusPx: 13 } },
};

export const HIGHLIGHT: RGB = [255, 196, 0];
export const SELECTED: RGB = [20, 20, 20];

/** CSS colour for a category. */
export function categoryCss(category: Category, alpha = 1): string {
  const [r, g, b] = CATEGORY_COLOURS[category];
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}
