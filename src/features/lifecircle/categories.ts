/**
 * Life-circle categories (Shanghai's 15-minute community life circle, 15分钟社区生活圈) and how
 * OpenStreetMap classes and report project categories map onto them. Pure data, shared by the
 * context build (scripts/build-context.ts) and the app.
 */

/** The seven categories a resident checks, in display order. */
export const LIFE_CATEGORIES = ['education', 'health', 'elderly', 'culture', 'sport', 'green', 'shopping'] as const;
export type LifeCategory = (typeof LIFE_CATEGORIES)[number];

/**
 * Geofabrik `fclass` → category. A class not listed is not a life-circle facility
 * (universities and colleges serve the city, not the neighbourhood; restaurants are not daily needs).
 */
export const FCLASS_CATEGORY: Readonly<Record<string, LifeCategory>> = {
  kindergarten: 'education',
  school: 'education',
  hospital: 'health',
  clinic: 'health',
  doctors: 'health',
  nursing_home: 'elderly',
  library: 'culture',
  museum: 'culture',
  community_centre: 'culture',
  arts_centre: 'culture',
  theatre: 'culture',
  sports_centre: 'sport',
  stadium: 'sport',
  swimming_pool: 'sport',
  park: 'green',
  market_place: 'shopping',
  supermarket: 'shopping',
  greengrocer: 'shopping',
};

/** Names that mark an elderly-care facility whatever its class (OSM has no class for 为老服务中心). */
export const ELDERLY_NAME = /养老|敬老|为老|长者|颐养|护理院|日间照料/;

/**
 * The category of an OSM feature, or `undefined` when it is not a life-circle facility.
 *
 * Cases:
 * - a name matching {@link ELDERLY_NAME}, unless a park → `elderly` (e.g. a 为老服务中心 tagged
 *   community_centre, a 护理院 tagged hospital)
 * - `fclass` in {@link FCLASS_CATEGORY} → that category
 * - otherwise → `undefined`
 */
export function categoryOfOsm(fclass: string, name: string | null | undefined): LifeCategory | undefined {
  const byClass = FCLASS_CATEGORY[fclass];
  if (byClass !== 'green' && name && ELDERLY_NAME.test(name)) return 'elderly';
  return byClass;
}
