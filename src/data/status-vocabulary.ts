/**
 * The status vocabulary: which words of the report support which status. One table, read by the
 * build check (`src/pipeline/status-evidence.ts`) and by the detail panel (which highlights the
 * same words), so what is checked is what is shown. Documented in `geodata/README.md`.
 *
 * A report has two parts per section: the year's work (`work`) and the next year's plan (`plan`).
 * The same word means different things in each: 开工 in the work part says construction started;
 * in the plan part it says construction had NOT started by the end of the report's year.
 */
import type { Quote, Status } from './types';

/** Which part of a section a quote stands in, relative to its report's year. */
export type ReportPart = 'work' | 'plan';

/** One row of the vocabulary. */
export interface StatusWord {
  /** The wording, as the report writes it. Longer entries win over the shorter ones inside them. */
  word: string;
  /** The part in which the word carries this meaning. */
  part: ReportPart | 'any';
  /** The status the word supports. */
  supports: Status;
  /**
   * Plan-part words only: the strongest current status a record may have while its plan says
   * this (开工 planned → not yet under construction; 建成 planned → not yet completed).
   */
  ceiling?: Status;
}

/** The phase statuses, weakest first. `ongoing` (a continuing programme) has no rank. */
export const STATUS_RANK: Partial<Record<Status, number>> = {
  planned: 0,
  preparation: 1,
  'under-construction': 2,
  completed: 3,
};

const rows = (part: StatusWord['part'], supports: Status, words: string[], ceiling?: Status): StatusWord[] =>
  words.map((word) => (ceiling ? { word, part, supports, ceiling } : { word, part, supports }));

/** The vocabulary. Keep it small and literal; document every change in geodata/README.md. */
export const STATUS_WORDS: readonly StatusWord[] = [
  // The year's work: done.
  ...rows('work', 'completed', [
    '完成',
    '建成',
    '竣工',
    '完工',
    '开放',
    '投用',
    '投入使用',
    '交付',
    '启用',
    '揭牌',
    '开馆',
    '贯通',
    '收官',
    '运营',
    '上线',
    '落地',
    '举办',
    '设立',
    '成立',
    '入选',
    '获评',
    '上榜',
    '出台',
    '推出',
    '开通',
    '签署',
    '建立',
    '设置',
    '配置',
    '新增',
    '开办',
    '开设',
    '入驻',
    '遴选出',
    '焕新归来',
    '出让',
    '成为',
    '打造',
  ]),
  // The year's work: begun, not finished. 推进…建设: "pushed the construction of X forward".
  ...rows('work', 'under-construction', [
    '开工',
    '在建',
    '施工',
    '推进建设',
    '推进…建设',
    '加快建设',
    '续建',
    '动工',
    '开启',
    '开启打造',
    '启动建设',
    '开工建设',
    '封顶',
    '推进…改造',
  ]),
  // The year's work: agreed or prepared, construction not started (signing, consultation, move-out, design).
  ...rows('work', 'preparation', [
    '签约',
    '签订',
    '征询',
    '搬迁',
    '启动',
    '前期',
    '方案',
    '立项',
    '生效',
    '提出',
    '3个100%',
    '完成征询',
    '完成签约',
    '完成搬迁',
    '完成3个100%',
    '完成方案',
    '完成设计',
    '完成规划',
    '完成编制',
    '签约首日即100%生效',
  ]),
  // The plan: what is to be done next year.
  ...rows('plan', 'planned', [
    '计划',
    '将',
    '拟',
    '推进',
    '建设',
    '新建',
    '打造',
    '启动',
    '实施',
    '加快',
    '力争',
    '谋划',
    '筹建',
    '推动',
    '开展',
    '争取',
    '布局',
    '改造',
    '探索',
    '试点',
    '支持',
    '完善',
    '提升',
    '做好',
    '扩容',
    '优化',
    '助力',
    '参评',
  ]),
  // The plan says it will start: not under construction yet.
  ...rows('plan', 'planned', ['开工', '开工建设', '动工', '启动建设', '尽快开工'], 'preparation'),
  // The plan says it will be finished: not completed yet.
  ...rows(
    'plan',
    'planned',
    ['完成', '建成', '投用', '投入使用', '开放', '交付', '启用', '开馆', '贯通', '通车'],
    'under-construction',
  ),
  // The plan speaks of works already running, or of handing over a building next year.
  ...rows(
    'plan',
    'under-construction',
    ['在建', '建设进度', '续建', '竣工', '完工', '竣工交付', '交付使用'],
    'under-construction',
  ),
  // A continuing programme, in either part; in the work part, work carried on without an end.
  ...rows('any', 'ongoing', ['持续', '深化', '常态', '不断', '继续', '长效', '定期', '每年', '进一步', '累计']),
  ...rows('work', 'ongoing', ['推进', '开展', '实施', '深入', '推动', '加快', '跟进', '吸纳', '拓展']),
];

/** A vocabulary word found in a quote: `[start, end)` are UTF-16 offsets into the quote text. */
export interface StatusMatch extends StatusWord {
  start: number;
  end: number;
  /** The words as they stand in the quote (for 推进…建设, with what stands between). */
  text: string;
}

/**
 * Finds the status words of `text`, read as the given part.
 *
 * Cases:
 * - longer entries win: in 完成征询 the match is 完成征询 (preparation), not 完成 (completed)
 * - matches never overlap; the result is sorted by position
 * - a word listed for the other part is not matched
 *
 * @example findStatusWords('实现征询、签约、搬迁100%', 'work') // 征询, 签约, 搬迁 → preparation
 */
export function findStatusWords(text: string, part: ReportPart): StatusMatch[] {
  const candidates: StatusMatch[] = [];
  for (const w of STATUS_WORDS) {
    if (w.part !== 'any' && w.part !== part) continue;
    for (const [start, end] of occurrences(text, w.word))
      candidates.push({ ...w, start, end, text: text.slice(start, end) });
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: StatusMatch[] = [];
  for (const c of candidates) if (!taken.some((t) => c.start < t.end && t.start < c.end)) taken.push(c);
  return taken.sort((a, b) => a.start - b.start);
}

/** Longest gap a `…` may stand for: within one clause, at most this many characters. */
const GAP = 80;
const CLAUSE_END = /[,。;;,!?!?]/;

/**
 * Where `word` occurs in `text`, as `[start, end)`. A `…` in the word stands for up to
 * {@link GAP} characters of the same clause (推进…建设 matches 推进轨道交通20号线等重大工程建设).
 */
function occurrences(text: string, word: string): [number, number][] {
  const out: [number, number][] = [];
  const [head, tail] = word.split('…');
  for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
    if (tail === undefined) {
      out.push([at, at + head.length]);
      continue;
    }
    const from = at + head.length;
    let stop = from;
    while (stop < text.length && stop - from < GAP && !CLAUSE_END.test(text[stop])) stop++;
    const found = text.slice(from, stop).indexOf(tail);
    if (found >= 0) out.push([at, from + found + tail.length]);
  }
  return out;
}

/** The part a quote stands in, for a report describing `reportYear`. */
export function partOf(quote: Pick<Quote, 'part'>, reportYear: number): ReportPart {
  return quote.part === String(reportYear) ? 'work' : 'plan';
}

/** The status words of one quote, with the quote. */
export interface QuoteEvidence {
  quote: Quote;
  part: ReportPart;
  matches: StatusMatch[];
}

/** What a record's quotes of one report say about its status. */
export interface StatusEvidence {
  quotes: QuoteEvidence[];
  /** Matches supporting `status`, in quote order. */
  supporting: { quote: number; match: StatusMatch }[];
  /** The plan word that caps the status lowest, if any. */
  ceiling?: StatusMatch;
  /** `ongoing` read from the record's shape: quoted in the year's work and planned again for the next. */
  carriedOn?: boolean;
}

/**
 * Reads the status words of a record's quotes of one report and picks those supporting `status`.
 *
 * @param quotes - the record's quotes (those of other reports are ignored)
 * @param report - the report's id and the year whose work it describes
 */
export function statusEvidence(
  quotes: readonly Quote[],
  report: { id: string; year: number },
  status: Status,
): StatusEvidence {
  const own = quotes.filter((q) => q.report === report.id);
  const evidence: QuoteEvidence[] = own.map((quote) => {
    const part = partOf(quote, report.year);
    return { quote, part, matches: findStatusWords(quote.text, part) };
  });
  const supporting: StatusEvidence['supporting'] = [];
  let ceiling: StatusMatch | undefined;
  evidence.forEach((e, i) => {
    for (const m of e.matches) {
      if (m.supports === status) supporting.push({ quote: i, match: m });
      if (m.ceiling && (!ceiling || STATUS_RANK[m.ceiling]! < STATUS_RANK[ceiling.ceiling!]!)) ceiling = m;
    }
  });
  // A programme the report both reports on and plans again is ongoing, whatever its verbs.
  let carriedOn = false;
  if (status === 'ongoing' && supporting.length === 0) {
    const work = evidence.findIndex((e) => e.part === 'work');
    const plan = evidence.findIndex((e) => e.part === 'plan' && e.matches.length > 0);
    if (work >= 0 && plan >= 0) {
      carriedOn = true;
      for (const m of evidence[plan].matches) supporting.push({ quote: plan, match: m });
    }
  }
  const out: StatusEvidence = { quotes: evidence, supporting };
  if (ceiling) out.ceiling = ceiling;
  if (carriedOn) out.carriedOn = true;
  return out;
}

/** True when `status` is stronger than the ceiling a plan word sets. `ongoing` is never capped. */
export function exceedsCeiling(status: Status, ceiling: Status | undefined): boolean {
  const s = STATUS_RANK[status];
  const c = ceiling && STATUS_RANK[ceiling];
  return s !== undefined && c !== undefined && s > c;
}
