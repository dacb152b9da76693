/**
 * Coverage: place-like names in the report texts that no record, gazetteer entry or exclusion
 * explains. A heuristic scan, tuned to over-report rather than miss.
 */

/** Endings that make a token place-like (longest tried first). */
export const PLACE_SUFFIXES = [
  '幼儿园',
  '小区',
  '街坊',
  '地块',
  '学校',
  '医院',
  '中心',
  '隧道',
  '通道',
  '路',
  '弄',
  '村',
  '苑',
  '站',
  '馆',
  '园',
  '岛',
  '线',
  '河',
  '浦',
];

/** Words after which a name starts (verbs, function words, generic qualifiers). */
const STOP_WORDS = [
  '进一步',
  '推进',
  '完成',
  '建设',
  '实施',
  '开展',
  '启动',
  '新建',
  '打造',
  '推动',
  '加快',
  '围绕',
  '聚焦',
  '依托',
  '包括',
  '改造',
  '提升',
  '开工',
  '竣工',
  '建成',
  '开放',
  '实现',
  '全面',
  '持续',
  '积极',
  '加强',
  '形成',
  '建立',
  '构建',
  '覆盖',
  '新增',
  '落地',
  '位于',
  '其中',
  '以及',
  '通过',
  '结合',
  '研究',
  '签订',
  '探索',
  '承接',
  '打开',
  '成为',
  '面对',
  '带动',
  '绘制',
  '重点',
  '这些',
  '衔接',
  '参与',
  '强化',
  '支持',
  '修订',
  '促进',
  '做好',
  '拓展',
  '携手',
  '升级',
  '鼓励',
  '引进',
  '建立',
  '构建以',
  '上海市',
  '上海',
  '杨浦区',
  '我区',
  '全区',
  '本区',
  '区级',
  '市级',
  '有序',
  '加速',
  '优化',
  '试点',
  '推出',
  '的',
  '和',
  '与',
  '及',
  '在',
  '对',
  '将',
  '把',
  '等',
  '至',
  '到',
  '为',
  '是',
  '了',
  '以',
  '由',
  '向',
  '从',
  '于',
  '并',
  '其',
  '或',
  '各',
  '每',
  '年',
  '月',
  '日',
  '个',
  '项',
  '批',
];
/** Generic words that, overlapping the ending, make the token not a name (杨浦, 道路, 沿线…). */
const GENERIC = [
  '杨浦',
  '黄浦',
  '沿线',
  '热线',
  '在线',
  '上线',
  '一线',
  '底线',
  '红线',
  '主线',
  '专线',
  '防线',
  '战线',
  '路线',
  '线路',
  '道路',
  '思路',
  '出路',
  '新路',
  '之路',
  '马路',
  '跑路',
  '探路',
  '铺路',
  '校园',
  '家园',
  '农村',
  '乡村',
  '居村',
  '网站',
  '场馆',
  '里弄',
  '老小区',
  '中心城',
  '绿色通道',
  '主通道',
  '公立医院',
  '综合医院',
  '上级医院',
  '一村',
  '智慧小区',
];
/** Characters that, right after the ending, show it is part of another word (园区, 村民, 浦江…). */
const NOT_AFTER: Record<string, string> = {
  园: '区林艺',
  村: '民委居',
  站: '位点',
  线: '上下索描',
  路: '径演',
  馆: '藏',
  浦: '江东西',
  河: '道长',
  中心: '城化',
  学校: '园',
  岛: '屿',
};
const TOKEN = /[\u3400-\u9fffA-Za-z0-9]+/g;
const MAX_PREFIX = 8;

/** A place-like name found in a report, with where it first stands. */
export interface FoundName {
  name: string;
  report: string;
  line: number;
  context: string;
}

/**
 * Scans a report's text for place-like names: the shortest token ending in a
 * {@link PLACE_SUFFIXES} ending, started after the last stop word, with ≥ 2 characters before
 * the ending. Deduplicated; the first occurrence gives line and context.
 *
 * @example findPlaceLikeNames('yp-2024', '推进长阳路沿线改造') // [{ name: '长阳路', … }]
 */
export function findPlaceLikeNames(report: string, text: string): FoundName[] {
  const found = new Map<string, FoundName>();
  for (const m of text.matchAll(TOKEN)) {
    const run = m[0];
    for (let e = 1; e <= run.length; e++) {
      const suffix = PLACE_SUFFIXES.find((s) => run.slice(0, e).endsWith(s));
      if (!suffix) continue;
      if ((NOT_AFTER[suffix] ?? '').includes(run[e] ?? '\0')) continue;
      const name = trimName(run.slice(Math.max(0, e - suffix.length - MAX_PREFIX), e), suffix.length);
      if (!name || found.has(name)) continue;
      const at = m.index + e - name.length;
      found.set(name, {
        name,
        report,
        line: text.slice(0, at).split('\n').length,
        context: text.slice(Math.max(0, at - 12), at + name.length + 12).replace(/\n/g, ' '),
      });
    }
  }
  return [...found.values()];
}

/** Cuts a candidate after its last stop word; drops it when generic or too short. */
function trimName(cand: string, suffixLen: number): string | undefined {
  const prefixEnd = cand.length - suffixLen;
  let start = 0;
  for (const w of GENERIC) {
    for (let i = cand.indexOf(w); i >= 0; i = cand.indexOf(w, i + 1)) if (i + w.length > prefixEnd) return undefined;
  }
  for (const w of STOP_WORDS) {
    for (let i = cand.indexOf(w); i >= 0; i = cand.indexOf(w, i + 1)) {
      if (i + w.length <= prefixEnd) start = Math.max(start, i + w.length);
      else if (i < prefixEnd) return undefined; // a stop word runs into the ending: not a name
    }
  }
  const name = cand.slice(start);
  return name.length - suffixLen >= 2 && !/^\d+$/.test(name.slice(0, -suffixLen)) ? name : undefined;
}

/** What explains a name: record places, gazetteer names/aliases, exclusions, record quotes. */
export interface Explainers {
  recordPlaces: string[];
  gazetteerNames: string[];
  exclusions: string[];
  quotes: string[];
}

/**
 * Keeps the names nothing explains. A name is explained when it
 * - is one of a record's places, or
 * - is a substring of a gazetteer name/alias or of an exclusion name, or
 * - is contained in a quote of a record.
 */
export function unexplainedNames(found: FoundName[], ex: Explainers): FoundName[] {
  const places = new Set(ex.recordPlaces);
  return found.filter(
    (f) =>
      !places.has(f.name) &&
      !ex.gazetteerNames.some((g) => g.includes(f.name)) &&
      !ex.exclusions.some((x) => x.includes(f.name)) &&
      !ex.quotes.some((q) => q.includes(f.name)),
  );
}

/** One line per unexplained name: `name  (report line N: …context…)`. */
export function formatCoverage(names: FoundName[]): string {
  return names.map((n) => `  ${n.name}  (${n.report} line ${n.line}: …${n.context}…)`).join('\n');
}
