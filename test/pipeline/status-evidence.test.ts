/** The status check of issue 16: one fixture per rule, each failing with one exact message. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { buildLayers } from '../../src/pipeline/build.ts';
import type { RawFile } from '../../src/pipeline/read-sources.ts';
import { baseFiles, FIXTURES, issuesOf } from './fixtures.ts';

const DIR = path.join(FIXTURES, 'status');
const FC = 'geodata/catalog/housing.yaml, record "fengcheng-sancun-130"';
const PP = 'geodata/catalog/housing.yaml, record "pocket-parks"';

/** The base fixture with `catalog/housing.yaml` (and optionally the report) replaced. */
function withStatus(catalog: string, report?: string): RawFile[] {
  const swap: Record<string, string> = {
    'catalog/housing.yaml': catalog,
    ...(report ? { 'reports/yp-test.txt': report } : {}),
  };
  const files = baseFiles().filter((f) => !(f.path in swap));
  for (const [target, name] of Object.entries(swap)) {
    const text = readFileSync(path.join(DIR, name), 'utf8');
    files.push({ path: target, bytes: Buffer.byteLength(text), text });
  }
  return files;
}

/** [fixture, report variant or '', exact messages] — see the comment at the top of each fixture. */
const CASES: [string, string, string[]][] = [
  [
    'no-support.yaml',
    '',
    [`${PP}, field "status.yp-test": "ongoing" has no supporting words: the quotes say 新建 (planned)`],
  ],
  [
    'stronger.yaml',
    '',
    [`${PP}, field "status.yp-test": "completed" is stronger than the words allow: the quotes say 新建 (planned)`],
  ],
  [
    'ceiling.yaml',
    'ceiling-report.txt',
    [
      `${FC}, field "status.yp-test": "completed" is stronger than the words allow: the 2025 plan says "尽快开工", so it is at most preparation at the end of 2024`,
    ],
  ],
  [
    'year-unquoted.yaml',
    '',
    [`${FC}, field "years[1]": no quote from the 2025 part of the report; drop the year or quote that part`],
  ],
  [
    'year-unnamed.yaml',
    '',
    [
      `${FC}, field "years[1]": no quote from the 2025 part names the project (凤城三村, 凤城三村130号, 凤城三村130号甲乙丙丁成套改造 …)`,
    ],
  ],
  [
    'contradiction.yaml',
    '',
    [
      'geodata/catalog/housing.yaml, record "fengcheng-signing", field "status.yp-test": "preparation" contradicts record "fengcheng-sancun-130" (catalog/housing.yaml), "completed" on the same place "fengcheng-sancun-130"; align them or add a statusNote',
    ],
  ],
  ['bureau-unquoted.yaml', '', [`${PP}, field "bureaus[1]": no quote from the construction section`]],
  ['bureau-unnamed.yaml', '', [`${PP}, field "bureaus[1]": no quote from the construction section names the project`]],
  [
    'noted.yaml',
    '',
    [`${PP}, field "years[0]": no quote from the 2024 part of the report; drop the year or quote that part`],
  ],
  ['aka-not-quoted.yaml', '', [`${PP}, field "aka[0]": "口袋花园" does not appear in any of the record's quotes`]],
];

describe('checkStatusEvidence (npm run data)', () => {
  it.each(CASES)('%s fails with the exact message', (fixture, report, expected) => {
    expect(issuesOf(withStatus(fixture, report || undefined))).toEqual(expected);
  });

  it('lets a reviewed statusNote explain two records on one place, and carries the note into catalog.json', () => {
    const r = buildLayers(withStatus('contradiction-noted.yaml'));
    expect(r.issues).toEqual([]);
    const rec = JSON.parse(r.outputs.get('catalog.json')!).records.find(
      (x: { id: string }) => x.id === 'fengcheng-signing',
    );
    expect(rec.status).toBe('preparation');
    expect(rec.statusNote).toEqual({ zh: '签约阶段单列', en: 'The signing phase kept apart' });
  });
});
