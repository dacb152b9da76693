/**
 * Reliability item 1: broken inputs to the data build, end to end through the CLI.
 *
 * For each kind of broken input: copy the tiny valid fixture root (`test/fixtures/pipeline/base`)
 * into a temp dir, build it once (the "committed" output), break one file, run
 * `tsx src/pipeline/cli.ts build --root X --out X/layers` as a child process and check
 * - exit code 1,
 * - exactly one issue line naming the file (and the record/place id and field when there is one),
 *   followed by the `1 problem(s); … left untouched.` summary,
 * - the previously built output dir is byte-identical and no temp dir was left beside it.
 *
 * Broken files come from `test/fixtures/pipeline/broken/` (reused) and
 * `test/fixtures/reliability/broken/` (new). The 50 MB file is generated at test time.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it, onTestFinished } from 'vitest';

import { buildLayers } from '../../src/pipeline/build.ts';
import { readTree, runBuild } from '../../src/pipeline/cli.ts';

const REPO = path.resolve(__dirname, '../..');
const BASE = path.join(REPO, 'test/fixtures/pipeline/base');
const PIPELINE_BROKEN = path.join(REPO, 'test/fixtures/pipeline/broken');
const BROKEN = path.join(REPO, 'test/fixtures/reliability/broken');
const TSX = path.join(REPO, 'node_modules/.bin/tsx');
const CLI = path.join(REPO, 'src/pipeline/cli.ts');

const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

/** A fresh copy of the base root with its output built in-process: the "committed" layers. */
function freshRoot(): { root: string; out: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'yp-reliability-'));
  temps.push(dir);
  const root = path.join(dir, 'geodata');
  cpSync(BASE, root, { recursive: true });
  const out = path.join(root, 'layers');
  const quiet = (): void => {};
  if (runBuild({ command: 'build', root, out }, quiet, quiet) !== 0)
    throw new Error('the base fixture no longer builds');
  return { root, out };
}

/** Every file of a directory tree, relative path → bytes (as base64, so any byte counts). */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[path.relative(dir, full)] = readFileSync(full).toString('base64');
    }
  };
  walk(dir);
  return out;
}

interface CliResult {
  code: number | null;
  stderr: string;
  stdout: string;
  ms: number;
}

/** Runs the real CLI in a child process (bounded: killed after 30 s). */
function runCli(root: string, out: string): Promise<CliResult> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [CLI, 'build', '--root', root, '--out', out], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - start });
    });
  });
}

/** The issue lines of stderr with the temp root replaced by `ROOT` (summary line dropped). */
function issueLines(stderr: string, root: string, out: string): { issues: string[]; summary: string[] } {
  const lines = stderr
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => l.replaceAll(out, 'OUT').replaceAll(root, 'ROOT'));
  return {
    issues: lines.filter((l) => !/problem\(s\);/.test(l)),
    summary: lines.filter((l) => /problem\(s\);/.test(l)),
  };
}

const R = 'ROOT/catalog/housing.yaml, record "fengcheng-sancun-130"';

/** [kind, broken file (dir/name), file it replaces or adds under the root, the one expected message]. */
const CASES: [string, string, string, string][] = [
  [
    'bad YAML',
    `${PIPELINE_BROKEN}/yaml-parse-error.yaml`,
    'catalog/housing.yaml',
    'ROOT/catalog/housing.yaml, line 3: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
  ],
  [
    'bad JSON',
    `${BROKEN}/districts-bad-json.geojson`,
    'context/districts.geojson',
    "ROOT/context/districts.geojson, line 4: invalid JSON: Unexpected token ','",
  ],
  [
    'missing field',
    `${PIPELINE_BROKEN}/missing-field.yaml`,
    'catalog/housing.yaml',
    `${R}, field "category": required field missing`,
  ],
  [
    'unknown bureau',
    `${PIPELINE_BROKEN}/unknown-bureau.yaml`,
    'catalog/housing.yaml',
    `${R}, field "bureaus[1]": unknown bureau "fire-brigade"`,
  ],
  [
    'quote not in the report',
    `${PIPELINE_BROKEN}/quote-not-verbatim.yaml`,
    'catalog/housing.yaml',
    `${R}, field "quotes[0].text": not found verbatim in report yp-test`,
  ],
  [
    'self-intersecting polygon',
    `${BROKEN}/places-bowtie.yaml`,
    'gazetteer/places.yaml',
    'ROOT/gazetteer/places.yaml, place "fengcheng-sancun-130", field "geometry": polygon self-intersects near [121.5305, 31.2805]',
  ],
  [
    'lat/lng swapped (polygon)',
    `${BROKEN}/places-swapped.yaml`,
    'gazetteer/places.yaml',
    'ROOT/gazetteer/places.yaml, place "fengcheng-sancun-130", field "geometry.coordinates[0][0]": coordinates look swapped (lat, lng): [31.28, 121.53]',
  ],
  [
    'lat/lng swapped (point)',
    `${PIPELINE_BROKEN}/coordinates-swapped.yaml`,
    'gazetteer/broken.yaml',
    'ROOT/gazetteer/broken.yaml, place "swapped", field "geometry.coordinates": coordinates look swapped (lat, lng): [31.29, 121.52]',
  ],
  [
    'duplicate record id',
    `${PIPELINE_BROKEN}/duplicate-record-id.yaml`,
    'catalog/housing.yaml',
    `${R}, field "id": duplicate record id (also in catalog/housing.yaml)`,
  ],
  [
    'duplicate place id',
    `${PIPELINE_BROKEN}/duplicate-place-id.yaml`,
    'gazetteer/broken.yaml',
    'ROOT/gazetteer/places.yaml, place "fuxing-island", field "id": duplicate place id (also in gazetteer/broken.yaml)',
  ],
  [
    'area units missing',
    `${PIPELINE_BROKEN}/figure-area-no-unit.yaml`,
    'catalog/housing.yaml',
    `${R}, field "figures[0].text": "1.2": area units missing`,
  ],
  [
    'empty YAML file',
    `${PIPELINE_BROKEN}/empty.yaml`,
    'catalog/housing.yaml',
    'ROOT/catalog/housing.yaml: file is empty',
  ],
  [
    'empty JSON file',
    `${BROKEN}/empty.geojson`,
    'context/districts.geojson',
    'ROOT/context/districts.geojson: file is empty',
  ],
  // BUG (reliability item 1, "one precise message"): a YAML syntax error in bureaus.yaml makes every
  // report section and record that names a bureau fail too ("unknown bureau …", 12 more lines).
  // This test fails until src/pipeline/validate.ts `loadAndCheck` stops checking bureau ids when
  // bureaus.yaml could not be read (see the closing note of the reliability work for the fix).
  [
    'bad YAML in bureaus.yaml',
    `${BROKEN}/bureaus-bad-yaml.yaml`,
    'bureaus.yaml',
    'ROOT/bureaus.yaml, line 3: invalid YAML: Flow map in block collection must be sufficiently indented and end with a }',
  ],
];

describe('cli build with broken inputs', () => {
  it.concurrent.each(CASES)(
    '%s: exit 1, exactly one message, output untouched',
    async (_kind, broken, target, expected) => {
      const { root, out } = freshRoot();
      const before = snapshot(out);
      cpSync(broken, path.join(root, target));
      const res = await runCli(root, out);
      const { issues, summary } = issueLines(res.stderr, root, out);
      expect(issues).toEqual([expected]);
      expect(summary).toEqual(['1 problem(s); OUT left untouched.']);
      expect(res.code).toBe(1);
      expect(res.stdout).not.toMatch(/Wrote/);
      expect(snapshot(out)).toEqual(before);
      expect(readdirSync(path.dirname(out)).filter((f) => f.startsWith('.'))).toEqual([]); // no temp dir left behind
    },
  );

  it('refuses a 50 MB source by size, without reading or parsing it, and leaves the output untouched', async () => {
    const { root, out } = freshRoot();
    const before = snapshot(out);
    const huge = path.join(root, 'catalog/huge.yaml');
    // Unparseable YAML throughout: if the build read and parsed it, the message would be a YAML error (or it would time out).
    const chunk = Buffer.from('- { id: [unclosed\n'.repeat(4096));
    const size = 50 * 1024 * 1024;
    const buf = Buffer.alloc(size);
    for (let o = 0; o < size; o += chunk.length) chunk.copy(buf, o);
    writeFileSync(huge, buf);
    onTestFinished(() => rmSync(huge, { force: true })); // 50 MB: don't wait for afterAll
    expect(statSync(huge).size).toBe(size);
    const res = await runCli(root, out);
    const { issues, summary } = issueLines(res.stderr, root, out);
    expect(issues).toEqual([
      `ROOT/catalog/huge.yaml: file too large (${size} bytes > 5242880); refused before parsing`,
    ]);
    expect(summary).toEqual(['1 problem(s); OUT left untouched.']);
    expect(res.code).toBe(1);
    expect(snapshot(out)).toEqual(before);
    // Not even read into memory: the CLI's file reader lists it by size only.
    const listed = readTree(root, [out]).find((f) => f.path === 'catalog/huge.yaml')!;
    expect(listed).toEqual({ path: 'catalog/huge.yaml', bytes: size, text: undefined });
    // And the pure build refuses it by size even when given the text (second line of defence).
    const withText = readTree(root, [out]).map((f) =>
      f.path === 'catalog/huge.yaml' ? { ...f, text: buf.toString('utf8') } : f,
    );
    const t1 = performance.now();
    expect(buildLayers(withText).issues.map((i) => i.message)).toEqual([
      `file too large (${size} bytes > 5242880); refused before parsing`,
    ]);
    expect(performance.now() - t1).toBeLessThan(3000);
    // In process, the same refusal takes well under the time reading + parsing 50 MB of YAML would.
    const t0 = performance.now();
    const errors: string[] = [];
    expect(
      runBuild(
        { command: 'build', root, out },
        () => {},
        (s) => errors.push(s),
      ),
    ).toBe(1);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(errors[0]).toContain('refused before parsing');
  });
});
