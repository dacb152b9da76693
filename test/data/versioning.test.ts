import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ProjectRecord } from '../../src/data/types';
import { catalogVersion, contentHash, diffSnapshots, recordFingerprint, snapshot } from '../../src/data/versioning';

type Rec = ProjectRecord;
const load = (file: string): Rec[] =>
  (JSON.parse(readFileSync(`test/fixtures/watch/${file}`, 'utf8')) as { records: Rec[] }).records.map((r) => ({
    ...r,
    fingerprint: recordFingerprint(r),
  }));
const thisYear = load('catalog-2024.json');
const nextYear = load('catalog-2025-next-year.json'); // issue 14: a "next year" fixture catalog

describe('recordFingerprint / catalogVersion', () => {
  it('is stable, and changes with status, figures or years but not with a name', () => {
    expect(recordFingerprint(thisYear[0]!)).toBe(recordFingerprint(structuredClone(thisYear[0]!)));
    expect(contentHash('a')).toMatch(/^[0-9a-f]{16}$/);
    expect(contentHash('a')).not.toBe(contentHash('b'));
    const byId = (rs: Rec[], id: string) => rs.find((r) => r.id === id)!.fingerprint;
    expect(byId(nextYear, 'school-a')).not.toBe(byId(thisYear, 'school-a'));
    expect(byId(nextYear, 'clinic-b')).not.toBe(byId(thisYear, 'clinic-b'));
    expect(byId(nextYear, 'park-c')).toBe(byId(thisYear, 'park-c'));
    expect(catalogVersion(thisYear)).toBe(catalogVersion([...thisYear].reverse()));
    expect(catalogVersion(nextYear)).not.toBe(catalogVersion(thisYear));
  });
});

describe('diffSnapshots', () => {
  it('lists what changed between this year and next year, sorted by id', () => {
    expect(diffSnapshots(snapshot(thisYear), snapshot(nextYear))).toEqual([
      { id: 'clinic-b', kind: 'updated' },
      { id: 'library-e', kind: 'added', status: 'planned' },
      { id: 'market-d', kind: 'years', from: [2025], to: [2025, 2026] },
      { id: 'school-a', kind: 'status', from: 'planned', to: 'under-construction' },
    ]);
  });

  it('lists a project that left the circle as removed, and nothing for an unchanged build', () => {
    expect(diffSnapshots(snapshot(thisYear), snapshot(thisYear.slice(1)))).toEqual([
      { id: 'school-a', kind: 'removed' },
    ]);
    expect(diffSnapshots(snapshot(nextYear), snapshot(nextYear))).toEqual([]);
  });
});
