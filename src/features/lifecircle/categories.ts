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

/**
 * Which life-circle category a report project adds to, from its project category and, where one
 * project category spans several needs, words of its Chinese name. Explicit, so a reviewer can
 * read why a project counts:
 *
 * - `education` → education; `health` → health; `elderly-care` → elderly
 * - `culture` → culture when a venue (图书馆, 博物馆, 美术馆, 艺术馆, 展示馆, 展厅, 剧场, 文化中心/艺术中心),
 *   sport when a sports venue; events, districts and tourism schemes add none
 * - `public-space` → sport (体育, 运动, 健身, 球场, 游泳), culture (党群/社区/文体/服务中心),
 *   green (公园, 绿地, 花园, 滨江); anything else (e.g. a registry office) adds none
 * - `commerce` → daily shopping only for a supermarket, market or neighbourhood centre
 *   (大润发, 超市, 菜场, 菜市场, 便民, 生活广场, 邻里); malls and business districts add none
 * - every other project category → none
 *
 * @returns the category, or `undefined` when the project adds to none
 */
export function lifeCategoryOfProject(category: string, nameZh: string): LifeCategory | undefined {
  const sport = /体育场?馆|运动|健身|球场|游泳/;
  switch (category) {
    case 'education':
      return 'education';
    case 'health':
      return 'health';
    case 'elderly-care':
      return 'elderly';
    case 'culture':
      if (sport.test(nameZh)) return 'sport';
      return /图书馆|博物馆|美术馆|艺术馆|展示馆|展厅|剧场|文化中心|艺术中心/.test(nameZh) ? 'culture' : undefined;
    case 'public-space':
      if (sport.test(nameZh)) return 'sport';
      if (/党群|社区|文体|服务中心/.test(nameZh)) return 'culture';
      return /公园|绿地|花园|滨江/.test(nameZh) ? 'green' : undefined;
    case 'commerce':
      return /大润发|超市|菜场|菜市场|便民|生活广场|邻里/.test(nameZh) ? 'shopping' : undefined;
    default:
      return undefined;
  }
}
