/**
 * Export of a selection: GeoJSON (the drawn features), CSV (the records, for spreadsheets) and
 * the download file names. Pure; no DOM.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { ProjectRecord } from '../../data/types';
import type { Lang } from '../../i18n';

export type ExportKind = 'geojson' | 'csv' | 'png';

// Draw order of the app's layers; other collection names follow alphabetically.
const LAYER_ORDER = ['areas', 'lines', 'points'];

/** The id a feature belongs to: `feature.id`, else `properties.id`, as a string. */
function featureId(f: Feature): string | undefined {
  const id = f.id ?? (f.properties as { id?: unknown } | null)?.id;
  return id === undefined || id === null ? undefined : String(id);
}

/** JSON with object keys in a fixed order: `type` first, the rest sorted. */
function canonicalJSON(value: unknown): string {
  return JSON.stringify(canonical(value));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort((a, b) => (a === 'type' ? -1 : b === 'type' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = canonical(obj[k]);
  return out;
}

/**
 * One GeoJSON FeatureCollection holding exactly the features whose id is in `ids`, from every
 * collection given, serialised deterministically:
 *
 * - a feature's id is `feature.id`, else `properties.id` (the record id); it is written as
 *   `feature.id`;
 * - collections in the order areas, lines, points (then other names alphabetically) when given
 *   as a record, in array order when given as an array; features in their input order — so the
 *   output does not depend on the iteration order of `ids`;
 * - object keys `type` first, then sorted; no whitespace; a trailing newline;
 * - a record with several features (an area and a point) contributes all of them.
 *
 * - `describe(id)`, when given, adds the record's properties (names, bureaus…: the layers carry
 *   only what the map draws with) to each of its features; a feature's own properties win.
 *
 * @param featureCollections the app's layers (`{ areas, lines, points }`) or a list of collections
 * @param ids record ids to keep (e.g. the filtered ids)
 * @param describe extra properties of a record, by id
 * @returns the GeoJSON text
 */
export function toGeoJSON(
  featureCollections: Readonly<Record<string, FeatureCollection>> | readonly FeatureCollection[],
  ids: ReadonlySet<string>,
  describe?: (id: string) => Record<string, unknown> | undefined,
): string {
  let collections: readonly FeatureCollection[];
  if (Array.isArray(featureCollections)) collections = featureCollections;
  else {
    const byName = featureCollections as Readonly<Record<string, FeatureCollection>>;
    const rank = (k: string) => (LAYER_ORDER.includes(k) ? LAYER_ORDER.indexOf(k) : LAYER_ORDER.length);
    const names = Object.keys(byName).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    collections = names.map((k) => byName[k]!);
  }
  const features: Feature[] = [];
  for (const fc of collections) {
    for (const f of fc.features) {
      const id = featureId(f);
      if (id === undefined || !ids.has(id)) continue;
      const extra = describe?.(id);
      features.push(extra ? { ...f, id, properties: { ...extra, ...f.properties } } : { ...f, id });
    }
  }
  return `${canonicalJSON({ type: 'FeatureCollection', features })}\n`;
}

const CSV_HEADERS: Record<Lang, readonly string[]> = {
  zh: [
    '编号',
    '名称(中文)',
    '名称(英文)',
    '责任部门',
    '类别',
    '状态',
    '年份',
    '报告用地面积(平方米)',
    '计算用地面积(平方米)',
    '定位精度',
    '数据',
    '首条原文',
  ],
  en: [
    'ID',
    'Name (zh)',
    'Name (en)',
    'Bureaus',
    'Category',
    'Status',
    'Years',
    'Land area reported (m²)',
    'Land area computed (m²)',
    'Precision',
    'Figures',
    'First quote',
  ],
};

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: neutralised against formula injection (a leading `=`, `+`, `-`, `@`, tab or
 * carriage return gets a `'` prefix), then quoted per RFC 4180 when it holds a comma, quote,
 * CR or LF (quotes doubled).
 */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const num = (n: number | undefined, round: boolean): string =>
  n === undefined || !Number.isFinite(n) ? '' : String(round ? Math.round(n) : n);

/**
 * The records as CSV for spreadsheets:
 *
 * - starts with a UTF-8 BOM (`\uFEFF`) so Excel reads the Chinese correctly; CRLF after every
 *   row, the last included; RFC 4180 quoting; every cell neutralised as in {@link csvCell};
 * - header row in `lang`; one row per record in input order;
 * - columns: id, name (zh), name (en), bureaus (ids, `;`-joined, lead first), category (id),
 *   status (id), years (`;`-joined), land area reported (m²), land area computed (m², rounded to
 *   whole m²), precision (id; empty for district-wide records), figures (their `text`,
 *   joined by `; `), first quote (text of `quotes[0]`).
 *
 * Codes (bureau, category, status, precision) are the data's ids in both languages, so rows match
 * the GeoJSON properties.
 */
export function toCSV(records: readonly ProjectRecord[], lang: Lang): string {
  const rows: string[][] = [[...CSV_HEADERS[lang]]];
  for (const r of records) {
    rows.push([
      r.id,
      r.name.zh,
      r.name.en,
      r.bureaus.join(';'),
      r.category,
      r.status,
      r.years.join(';'),
      num(r.areaReportedM2, false),
      num(r.areaComputedM2, true),
      r.precision ?? '',
      r.figures.map((f) => f.text).join('; '),
      r.quotes[0]?.text ?? '',
    ]);
  }
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * The download name for an export made on `date` (local calendar day):
 * `yangpu-renewal-YYYY-MM-DD.<ext>` with ext `geojson`, `csv` or `png`.
 *
 * @example exportFileName('csv', new Date(2025, 0, 5)) === 'yangpu-renewal-2025-01-05.csv'
 */
export function exportFileName(kind: ExportKind, date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `yangpu-renewal-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.${kind}`;
}
