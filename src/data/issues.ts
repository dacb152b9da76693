import type * as v from 'valibot';

/**
 * Validation issues: one precise, human-readable message per problem, always naming the file,
 * the record/place the problem belongs to, and the field.
 */

/** What an issue is about: a record, a place, a report… with its id (or `#n` when it has none). */
export interface Subject {
  kind: 'record' | 'place' | 'report' | 'bureau' | 'exclusion' | 'feature' | 'tour';
  id: string;
}

/** One problem found while reading or checking the sources. */
export interface Issue {
  /** Path relative to the data root, e.g. `catalog/housing.yaml`. */
  file: string;
  /** 1-based line, for parse errors. */
  line?: number;
  subject?: Subject;
  /** Field path inside the subject, e.g. `quotes[0].text`. */
  field?: string;
  message: string;
}

/** Longest part of a value a message quotes (a 1 MB name is not printed whole). */
export const QUOTE_MAX = 200;

/**
 * A value cut to {@link QUOTE_MAX} characters for a message, with the full length when cut.
 *
 * @example clip('x'.repeat(1000)) // 'xxx…(200 of 1000 characters)'
 */
export function clip(value: string, max = QUOTE_MAX): string {
  return value.length > max ? `${value.slice(0, max)}…(${max} of ${value.length} characters)` : value;
}

/**
 * Formats an issue as one line (the subject id and the field are cut to {@link QUOTE_MAX}).
 *
 * @param issue - the issue
 * @param label - display prefix for the data root, e.g. `geodata`
 * @returns e.g. `geodata/catalog/housing.yaml: record "fengcheng-sancun-130", field "quotes[0].text": not found verbatim in report yp-2024`
 */
export function formatIssue(issue: Issue, label = 'geodata'): string {
  const parts = [`${label ? `${label.replace(/\/+$/, '')}/` : ''}${issue.file}`];
  if (issue.line !== undefined) parts[0] += `, line ${issue.line}`;
  if (issue.subject) parts.push(`${issue.subject.kind} ${quoteId(clip(issue.subject.id))}`);
  if (issue.field) parts.push(`field "${clip(issue.field)}"`);
  return `${parts.join(', ')}: ${clip(issue.message, 4 * QUOTE_MAX)}`;
}

function quoteId(id: string): string {
  return id.startsWith('#') ? id : `"${id}"`;
}

/** Collects issues for one file and subject; `add(field, message)` records one. */
export interface Reporter {
  add(field: string | undefined, message: string): void;
}

/**
 * Makes a reporter that appends to `out`, tagging every issue with `file` and `subject`.
 *
 * @example
 * const r = reporter(issues, 'catalog/housing.yaml', { kind: 'record', id: 'x' });
 * r.add('years', 'must not be empty');
 */
export function reporter(out: Issue[], file: string, subject?: Subject): Reporter {
  return {
    add(field, message) {
      out.push({ file, subject, field, message });
    },
  };
}

/** Ways a schema check can say a field is missing: its own words per field, or one sentence for all. */
export type MissingMessage = (field: string) => string;

/**
 * Turns valibot's issues for one subject into {@link Issue}s: the field is the issue's path
 * (`quotes[0].text`, `status.yp-2024`), the message the schema's own words, except:
 * - a field that is absent (or `undefined`) is worded by `missing`;
 * - with `unknownField`, a field the schema does not know (valibot's `never`) is worded by it.
 * Within each object its unknown fields come first (and, with `missingFirst`, its missing ones
 * before them), then its fields' own problems in field order.
 *
 * @example fromSchema(v.safeParse(schema, raw).issues, 'tours/walk.yaml', { kind: 'tour', id: 'walk' }, () => 'missing')
 */
export function fromSchema(
  issues: readonly v.BaseIssue<unknown>[] | undefined,
  file: string,
  subject: Subject | undefined,
  missing: MissingMessage,
  options: { missingFirst?: boolean; unknownField?: (key: string, value: unknown) => string } = {},
): Issue[] {
  const rows = (issues ?? []).map((issue) => {
    const keys = (issue.path ?? []).map((item) => item.key as string | number);
    const unknownField = issue.type === 'never';
    const absent = !unknownField && issue.input === undefined;
    const rank = unknownField ? 1 : absent && options.missingFirst ? 0 : undefined;
    const field = fieldOf(keys);
    let message = absent && field ? missing(field) : issue.message;
    if (unknownField && options.unknownField) message = options.unknownField(String(keys.at(-1)), issue.input);
    return { keys, rank, issue: { file, subject, field, message } };
  });
  // Hoist each object's unknown (and missing) fields before the first other problem inside it.
  const ordered: typeof rows = [];
  for (const row of rows) {
    if (row.rank === undefined) {
      ordered.push(row);
      continue;
    }
    const parent = row.keys.slice(0, -1);
    const inside = (r: (typeof rows)[number]) => parent.every((k, i) => r.keys[i] === k);
    const sameLevel = (r: (typeof rows)[number]) => r.rank !== undefined && r.keys.length === row.keys.length;
    const at = ordered.findIndex((r) => inside(r) && (!sameLevel(r) || r.rank! > row.rank!));
    if (at < 0) ordered.push(row);
    else ordered.splice(at, 0, row);
  }
  return ordered.map((r) => r.issue);
}

/** `quotes[0].text` from valibot's path keys; `undefined` for the subject itself. */
function fieldOf(keys: readonly (string | number)[]): string | undefined {
  let field = '';
  for (const k of keys) field += typeof k === 'number' ? `[${k}]` : `${field ? '.' : ''}${k}`;
  return field || undefined;
}
