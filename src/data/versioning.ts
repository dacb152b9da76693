/**
 * Data version and per-project fingerprints, written into `catalog.json` by the data build and
 * read by the browser to tell a resident what changed around a kept place since the last visit.
 * Shared by the pipeline and the app; pure, no Node or DOM API.
 */
import type { ProjectRecord, Status } from './types';

/** 64-bit FNV-1a over UTF-16 code units, as 16 hex digits: stable across runs and machines. */
export function contentHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x01000193) >>> 0;
    h2 = (h2 ^ (h1 >>> 7)) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/**
 * What a resident would call a change of a project: its status (current and per report), years,
 * figures (kind, value, unit), milestones, and where it is (bounding box, precision). Names,
 * quotes and wording are left out: a corrected translation is not news.
 */
export function recordFingerprint(
  r: Pick<ProjectRecord, 'status' | 'statusHistory' | 'years' | 'figures' | 'milestones' | 'bbox' | 'precision'>,
): string {
  return contentHash(
    JSON.stringify([
      r.status,
      r.statusHistory.map((h) => [h.report, h.status]),
      r.years,
      r.figures.map((f) => [f.kind, f.value, f.unit]),
      r.milestones.map((m) => [m.when, m.state]),
      r.bbox ?? null,
      r.precision ?? null,
    ]),
  );
}

/** The data version: a hash of every record's id and fingerprint, in id order. */
export function catalogVersion(records: readonly { id: string; fingerprint?: string }[]): string {
  return contentHash(
    [...records]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((r) => `${r.id}:${r.fingerprint ?? ''}`)
      .join('\n'),
  );
}

/** What the browser keeps of a project to describe a change later (compact keys for localStorage). */
export interface SeenProject {
  /** fingerprint */
  f: string;
  /** status */
  s: Status;
  /** years */
  y: number[];
}

export type ProjectChange =
  | { id: string; kind: 'added'; status: Status }
  | { id: string; kind: 'removed' }
  | { id: string; kind: 'status'; from: Status; to: Status }
  | { id: string; kind: 'years'; from: number[]; to: number[] }
  | { id: string; kind: 'updated' };

/** The snapshot of records as the browser stores it. */
export function snapshot(
  records: readonly Pick<ProjectRecord, 'id' | 'status' | 'years' | 'fingerprint'>[],
): Record<string, SeenProject> {
  const out: Record<string, SeenProject> = {};
  for (const r of [...records].sort((a, b) => (a.id < b.id ? -1 : 1)))
    out[r.id] = { f: r.fingerprint ?? '', s: r.status, y: [...r.years] };
  return out;
}

/**
 * The change list between two snapshots, sorted by id:
 * - an id only in `now` → `added` (with its status);
 * - an id only in `before` → `removed`;
 * - same id, other fingerprint → `status` if the status moved, else `years` if the years did,
 *   else `updated` (figures, milestones or place);
 * - same fingerprint → nothing.
 */
export function diffSnapshots(
  before: Readonly<Record<string, SeenProject>>,
  now: Readonly<Record<string, SeenProject>>,
): ProjectChange[] {
  const ids = [...new Set([...Object.keys(before), ...Object.keys(now)])].sort();
  const out: ProjectChange[] = [];
  for (const id of ids) {
    const a = before[id];
    const b = now[id];
    if (!a && b) out.push({ id, kind: 'added', status: b.s });
    else if (a && !b) out.push({ id, kind: 'removed' });
    else if (a && b && a.f !== b.f) {
      if (a.s !== b.s) out.push({ id, kind: 'status', from: a.s, to: b.s });
      else if (a.y.join() !== b.y.join()) out.push({ id, kind: 'years', from: a.y, to: b.y });
      else out.push({ id, kind: 'updated' });
    }
  }
  return out;
}
