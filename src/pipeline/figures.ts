/**
 * Parsing of Chinese number + unit text ("1.9万平方米", "759户", "83,191人次") into a normalised
 * value and unit.
 */
import type { Figure, FigureKind, FigureSource } from '../data/types.ts';
import { clip } from '../data/issues.ts';

/** A parsed figure: value in `unit`. */
export interface ParsedFigure {
  value: number;
  unit: string;
}

/** Result of {@link parseFigureText}: a value, or why the text does not parse. */
export type ParseResult =
  | { ok: true; figure: ParsedFigure }
  | { ok: false; reason: 'no-number' | 'unit-missing' | 'unit-unknown'; rest: string };

/** Units as written → normalised unit and factor. Longer spellings are tried first. */
const UNITS: Record<string, { unit: string; factor: number }> = {
  平方米: { unit: 'm²', factor: 1 },
  平方公里: { unit: 'm²', factor: 1_000_000 },
  平米: { unit: 'm²', factor: 1 },
  '㎡': { unit: 'm²', factor: 1 },
  'm²': { unit: 'm²', factor: 1 },
  m2: { unit: 'm²', factor: 1 },
  亩: { unit: 'm²', factor: 2000 / 3 },
  公顷: { unit: 'm²', factor: 10_000 },
  公里: { unit: 'km', factor: 1 },
  千米: { unit: 'km', factor: 1 },
  km: { unit: 'km', factor: 1 },
  米: { unit: 'm', factor: 1 },
  m: { unit: 'm', factor: 1 },
  户: { unit: 'household', factor: 1 },
  张: { unit: 'bed', factor: 1 },
  张床位: { unit: 'bed', factor: 1 },
  个床位: { unit: 'bed', factor: 1 },
  床位: { unit: 'bed', factor: 1 },
  床: { unit: 'bed', factor: 1 },
  学位: { unit: 'place', factor: 1 },
  个学位: { unit: 'place', factor: 1 },
  托额: { unit: 'place', factor: 1 },
  个托额: { unit: 'place', factor: 1 },
  元: { unit: 'yuan', factor: 1 },
  人次: { unit: 'person', factor: 1 },
  人: { unit: 'person', factor: 1 },
  名: { unit: 'person', factor: 1 },
  '%': { unit: '%', factor: 1 },
  '％': { unit: '%', factor: 1 },
};
/** Measure words that count items ("3所", "11条"). */
const ITEM_CLASSIFIERS = [
  '个',
  '家',
  '台',
  '所',
  '条',
  '项',
  '处',
  '座',
  '栋',
  '幢',
  '套',
  '间',
  '辆',
  '场',
  '次',
  '件',
  '幅',
  '门',
];
for (const c of ITEM_CLASSIFIERS) UNITS[c] = { unit: 'item', factor: 1 };
const UNIT_KEYS = Object.keys(UNITS).sort((a, b) => b.length - a.length);
/** Classifiers that may be followed by the noun they count ("7所学校", "11条措施"). */
const CLASSIFIERS = ITEM_CLASSIFIERS.filter((c) => c !== '次');
const CJK_NOUN = /^[\u3400-\u9fff]+$/;
/** A label before the number ("开工4条", "托额450个", "社区综合为老服务中心3家"), up to 14 characters. */
const LABEL = /^[^\d]{1,14}?(?=\d)/;

/** Number multipliers written before the unit. `千` is only a multiplier when `千米` is not meant. */
const MULTIPLIERS: [string, number][] = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
  ['百', 1e2],
];

/** Qualifiers that may precede the number ("约2900亿元", "超8000家"). */
const LEADING = /^(?:约|近|超过|超|逾|达到|达|共计|共|累计|合计|总计|总|新增|全年|计)/;
/** Approximation words between number and unit ("8000余家", "1万多平方米"). */
const APPROX = /^(?:余|多)/;
const NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/;

/**
 * Parses figure text as written in a report.
 *
 * Cases:
 * - `1.9万平方米`, `5000平方米`, `300㎡` → m²; `12亩` → m² (×666.6667); `3公顷` → m² (×10,000)
 * - `2.5公里`, `2.5千米` → km; `800米` → m
 * - `759户` → household; `200张` / `200张床位` → bed; `个 家 台 所 条 项 处 座 件 幅 门…` → item
 * - `1200个学位`, `80个托额` → place; `元 / 万元 / 亿元` → yuan; `人 / 人次 / 万人次` → person; `%` → %
 * - multipliers 万 (1e4), 亿 (1e8); thousands separators (`83,191`); decimals
 * - a leading qualifier (约, 超, 近, 累计…) or a label of ≤ 14 characters (开工4条, 托额450个), and 余/多 after the
 *   number are allowed; a classifier may be followed by its noun (`7所学校` → 7 item)
 * - `个百分点` is not a unit (unit-unknown)
 *
 * @param text - e.g. `1.9万平方米`
 * @returns the value in the normalised unit, or why it does not parse (`unit-missing` when only a
 *   number, possibly with 万/亿, is written)
 * @example parseFigureText('1.9万平方米') // { ok: true, figure: { value: 19000, unit: 'm²' } }
 */
export function parseFigureText(text: string): ParseResult {
  let s = text.trim().replace(LEADING, '');
  if (!NUMBER.test(s)) s = s.replace(LABEL, '');
  const m = NUMBER.exec(s);
  if (!m) return { ok: false, reason: 'no-number', rest: s };
  const base = Number(m[1].replace(/,/g, '') + (m[2] ?? ''));
  s = s.slice(m[0].length).trim();
  const candidates: [string, number][] = [['', 1], ...MULTIPLIERS];
  for (const [word, mult] of candidates) {
    if (!s.startsWith(word)) continue;
    const rest = s.slice(word.length).replace(APPROX, '').trim();
    if (rest === '') return { ok: false, reason: 'unit-missing', rest: s };
    const unitKey = UNIT_KEYS.find((k) => rest === k);
    if (unitKey) {
      const { unit, factor } = UNITS[unitKey];
      return { ok: true, figure: { value: roundValue(base * mult * factor), unit } };
    }
    const cls = CLASSIFIERS.find((c) => rest.startsWith(c));
    const noun = cls ? rest.slice(cls.length) : '';
    if (
      cls &&
      CJK_NOUN.test(noun) &&
      !noun.startsWith('百分点') &&
      !UNIT_KEYS.some((k) => k.length > 1 && rest.startsWith(k))
    ) {
      return { ok: true, figure: { value: roundValue(base * mult), unit: 'item' } };
    }
  }
  return { ok: false, reason: 'unit-unknown', rest: s };
}

/** Rounds away binary noise (1.9 × 10⁴ = 19000.000000000004) keeping 12 significant digits. */
function roundValue(v: number): number {
  return Number(v.toPrecision(12));
}

/** Units each figure kind accepts; kinds not listed accept any unit. */
export const KIND_UNITS: Partial<Record<FigureKind, string[]>> = {
  'land-area': ['m²'],
  'floor-area': ['m²'],
  households: ['household'],
  beds: ['bed'],
  places: ['place'],
  length: ['km', 'm'],
  money: ['yuan'],
  percent: ['%'],
};

/**
 * Normalises a figure of a record, or says why it cannot be.
 *
 * @param src - the figure as curated
 * @returns the normalised figure, or an error message for field `text`, e.g. `area units missing`
 */
export function normaliseFigure(src: FigureSource): { figure: Figure } | { error: string } {
  const r = parseFigureText(src.text);
  if (!r.ok) {
    const isArea = src.kind === 'land-area' || src.kind === 'floor-area';
    if (r.reason === 'unit-missing') {
      return { error: isArea ? `"${clip(src.text)}": area units missing` : `"${clip(src.text)}": unit missing` };
    }
    if (r.reason === 'no-number') return { error: `"${clip(src.text)}": no number found` };
    return { error: `"${clip(src.text)}": unit "${r.rest.replace(/^[\d.,万亿千百余多]+/, '')}" unknown` };
  }
  // A bare classifier counts what the kind says: "5070个" school places, "200个" beds.
  if (r.figure.unit === 'item' && (src.kind === 'places' || src.kind === 'beds'))
    r.figure.unit = src.kind === 'places' ? 'place' : 'bed';
  const allowed = KIND_UNITS[src.kind];
  if (allowed && !allowed.includes(r.figure.unit)) {
    return {
      error: `"${clip(src.text)}": unit ${r.figure.unit} does not fit kind ${src.kind} (expects ${allowed.join(' or ')})`,
    };
  }
  const figure: Figure = { kind: src.kind, text: src.text, value: r.figure.value, unit: r.figure.unit };
  if (src.label) figure.label = { zh: src.label.zh, en: src.label.en };
  return { figure };
}
