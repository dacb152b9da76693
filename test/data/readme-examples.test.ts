import { readFileSync } from 'node:fs';

import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

import { formatIssue, type Issue } from '../../src/data/issues';
import { checkPlace, checkRecord } from '../../src/pipeline/schema';

const README = readFileSync('geodata/README.md', 'utf8');

/** The YAML block under a `## heading` of geodata/README.md, parsed. */
function example(heading: string): unknown[] {
  const at = README.indexOf(`## ${heading}`);
  const block = /```yaml\n([\s\S]*?)```/.exec(README.slice(at));
  expect(at, heading).toBeGreaterThanOrEqual(0);
  return parse(block![1]!) as unknown[];
}

const ids = (file: string) => new Set((parse(readFileSync(file, 'utf8')) as { id: string }[]).map((x) => x.id));

describe("geodata/README's examples", () => {
  it('the catalog record passes the record schema', () => {
    const issues: Issue[] = [];
    const ctx = { bureauIds: ids('geodata/bureaus.yaml'), reportIds: ids('geodata/reports.yaml') };
    const records = example('A catalog record');
    expect(records).toHaveLength(1);
    records.forEach((r, i) => checkRecord(r, i, 'catalog/housing.yaml', ctx, issues));
    expect(issues.map((i) => formatIssue(i))).toEqual([]);
  });

  it('each gazetteer place passes the place schema', () => {
    const issues: Issue[] = [];
    const places = example('A gazetteer place');
    expect(places).toHaveLength(3);
    places.forEach((p, i) => checkPlace(p, i, 'gazetteer/housing.yaml', issues));
    expect(issues.map((i) => formatIssue(i))).toEqual([]);
  });
});
