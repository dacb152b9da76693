/**
 * Export of a selection: GeoJSON (the drawn features), CSV (the records, for spreadsheets) and
 * the download file names. Pure; no DOM.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { Catalog, ProjectRecord } from '../../data/types';
import { LABELS, partLabel, type Lang } from '../../i18n';

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
 * - `extra(id)`, when given, adds properties to each feature of record `id` (e.g. {@link evidenceOf}).
 *
 * @param ids record ids to keep (e.g. the filtered ids)
 * @param extra more properties per record id (names, facets, evidence); a feature's own properties win
 * @returns the GeoJSON text
 */
export function toGeoJSON(
  featureCollections: Readonly<Record<string, FeatureCollection>> | readonly FeatureCollection[],
  ids: ReadonlySet<string>,
  extra?: (id: string) => Record<string, unknown> | undefined,
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
      const more = extra?.(id);
      features.push(more ? { ...f, id, properties: { ...more, ...f.properties } } : { ...f, id });
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
    '原文章节',
    '定位依据',
    '部门代码',
    '类别代码',
    '状态代码',
    '精度代码',
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
    'Quote section',
    'Location basis',
    'Bureau codes',
    'Category code',
    'Status code',
    'Precision code',
  ],
};

// OWASP CSV injection (https://owasp.org/www-community/attacks/CSV_Injection): a cell a spreadsheet
// could read as a formula gets a leading `'`. Spreadsheets skip leading blanks and control
// characters and fold full-width forms, so those count too:
// - formula starts: = + - @ and their full-width (＝ ＋ － ＠) and small/minus-sign forms (﹦ ﹢ ﹣ −)
// - skipped before them: spaces (incl. no-break and ideographic), tab, CR, LF, NUL and other
//   control characters, zero-width characters and the BOM
// - a leading tab or CR on its own (OWASP lists both as formula starts)
const SKIPPED = /^[\s\p{Cc}\p{Cf}]*/u;
const FORMULA_CHAR = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\u2212]/;

/** True when a spreadsheet could run `value` as a formula (see the list above). */
export function isFormulaLike(value: string): boolean {
  return /^[\t\r]/.test(value) || FORMULA_CHAR.test(value.replace(SKIPPED, ''));
}

/**
 * One CSV cell: neutralised against formula injection ({@link isFormulaLike} → a `'` prefix),
 * then quoted per RFC 4180 when it holds a comma, a semicolon (the separator in many locales),
 * a quote, a tab, CR or LF (quotes doubled).
 */
export function csvCell(value: string): string {
  const safe = isFormulaLike(value) ? `'${value}` : value;
  return /[",;\t\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const num = (n: number | undefined, round: boolean): string =>
  n === undefined || !Number.isFinite(n) ? '' : String(round ? Math.round(n) : n);

/** What the exports need from the catalog to name bureaus, sections and places. */
export type ExportCatalog = Pick<Catalog, 'bureaus' | 'places' | 'reports'>;

/**
 * The evidence of a record in `lang`, as the CSV columns and GeoJSON properties carry it:
 *
 * - `quote`: the text of its first quote (verbatim, Chinese);
 * - `section`: where that quote stands — the section's bureau, the part (2024 work / 2025 plan)
 *   and the report's title, joined by ` · `;
 * - `precision`: the precision's name (empty for district-wide work);
 * - `basis`: each place's name and how it was placed, `name: basis`, joined by ` | `.
 *
 * Without a catalog, bureaus show as their codes and `basis` is empty.
 */
export function evidenceOf(
  record: ProjectRecord,
  lang: Lang,
  catalog?: ExportCatalog,
): { quote: string; section: string; precision: string; basis: string } {
  const q = record.quotes[0];
  const report = catalog?.reports.find((r) => r.id === q?.report);
  const section = q
    ? [
        bureauName(q.section, lang, catalog),
        partLabel(lang, q, catalog?.reports ?? []),
        report?.title[lang] ?? q.report,
      ].join(' · ')
    : '';
  const basis = record.placeIds
    .map((id) => catalog?.places.find((p) => p.id === id))
    .filter((p) => p !== undefined)
    .map((p) => `${lang === 'zh' ? p.name : p.en || p.name}: ${p.basis}`)
    .join(' | ');
  return {
    quote: q?.text ?? '',
    section,
    precision: record.precision ? LABELS.precision[record.precision][lang] : '',
    basis,
  };
}

function bureauName(id: string, lang: Lang, catalog?: ExportCatalog): string {
  const b = catalog?.bureaus.find((x) => x.id === id);
  return b ? b[lang] : id;
}

/**
 * The records as CSV for spreadsheets:
 *
 * - starts with a UTF-8 BOM (`\uFEFF`) so Excel reads the Chinese correctly; CRLF after every
 *   row, the last included; RFC 4180 quoting; every cell neutralised as in {@link csvCell};
 * - header row in `lang`; one row per record in input order;
 * - columns, values in `lang` (区教育局 / Education Bureau, 已完成 / Completed): id, name (zh),
 *   name (en), bureaus (names, `;`-joined, lead first), category, status, years (`;`-joined),
 *   land area reported (m²), land area computed (m², rounded to whole m²), precision (empty for
 *   district-wide records), figures (their `text`, joined by `; `), first quote, its section and
 *   the location basis (see {@link evidenceOf});
 * - then the codes in their own columns, the same in both languages and as in the GeoJSON
 *   properties: bureau ids (`;`-joined), category id, status id, precision id.
 *
 * @param catalog names of bureaus, reports and places; without it bureaus show as codes
 */
export function toCSV(records: readonly ProjectRecord[], lang: Lang, catalog?: ExportCatalog): string {
  const rows: string[][] = [[...CSV_HEADERS[lang]]];
  for (const r of records) {
    const evidence = evidenceOf(r, lang, catalog);
    rows.push([
      r.id,
      r.name.zh,
      r.name.en,
      r.bureaus.map((b) => bureauName(b, lang, catalog)).join(';'),
      LABELS.category[r.category][lang],
      LABELS.status[r.status][lang],
      r.years.join(';'),
      num(r.areaReportedM2, false),
      num(r.areaComputedM2, true),
      evidence.precision,
      r.figures.map((f) => f.text).join('; '),
      evidence.quote,
      evidence.section,
      evidence.basis,
      r.bureaus.join(';'),
      r.category,
      r.status,
      r.precision ?? '',
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
