/**
 * The folders of `src/` depend on each other one way (issue 12): the app's model (`data/`), its
 * state (`state/`) and the Node data build (`pipeline/`) import nothing from `features/` or `ui/`,
 * and no two folders import each other, directly or round a longer loop. Reads every import,
 * re-export and dynamic import of `src/` with TypeScript's own pre-parser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

/** Folders that must not import from {@link UPPER}. */
const LOWER = ['data', 'state', 'pipeline'];
const UPPER = ['features', 'ui'];

/**
 * Imports known to break the rules, each with its reason. Remove an entry once its import is gone:
 * the test fails on a stale one.
 */
const KNOWN: Record<string, string> = {
  ...Object.fromEntries(
    ['features/lifecircle/load', 'features/nearby/index', 'features/nearby/place-search', 'features/nearby/zones'].map(
      (to) => [
        `state/nearby -> ${to}`,
        'state/nearby.ts puts the nearby and life-circle queries (a spatial index, the place search, the facilities) into the app context; they and their helpers (distance, life-circle) still live in features/',
      ],
    ),
  ),
};

/** A file's path under src/, without extension: `state/store`. */
const key = (file: string) =>
  relative(SRC, file)
    .replace(/\\/g, '/')
    .replace(/\.(tsx?|css)$/, '');

/** A module's folder: its first path part, or the file itself for the root files (`config`, `i18n`). */
const folderOf = (k: string) => k.split('/')[0]!;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every relative import in src/ as `from -> to` (module keys), type-only ones included. */
export function importEdges(): string[] {
  const edges = new Set<string>();
  for (const file of sourceFiles(SRC)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      edges.add(`${key(file)} -> ${key(normalize(join(dirname(file), fileName)))}`);
    }
  }
  return [...edges].sort();
}

/** Loops between folders: each strongly connected group of two or more folders (Tarjan). */
export function folderCycles(edges: readonly string[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const edge of edges) {
    const [a, b] = edge.split(' -> ').map(folderOf) as [string, string];
    if (a === b) continue;
    if (!next.has(a)) next.set(a, new Set());
    if (!next.has(b)) next.set(b, new Set());
    next.get(a)!.add(b);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const groups: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        group.push(w);
      } while (w !== v);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const v of [...next.keys()].sort()) if (!index.has(v)) visit(v);
  return groups;
}

describe('import graph of src/', () => {
  const edges = importEdges();
  const checked = edges.filter((e) => !(e in KNOWN));

  it('reads the imports (the graph is not empty)', () => {
    expect(edges.length).toBeGreaterThan(100);
    expect(edges).toContain('app -> state/store');
  });

  it('data/, state/ and pipeline/ import nothing from features/ or ui/', () => {
    const wrong = checked.filter((e) => {
      const [a, b] = e.split(' -> ').map(folderOf) as [string, string];
      return LOWER.includes(a) && UPPER.includes(b);
    });
    expect(wrong).toEqual([]);
  });

  it('no two folders import each other, directly or round a loop', () => {
    expect(folderCycles(checked)).toEqual([]);
  });

  it('finds a loop when there is one (the check itself can fail)', () => {
    expect(folderCycles(['a/x -> b/y', 'b/y -> c/z', 'c/z -> a/w'])).toEqual([['a', 'b', 'c']]);
    expect(folderCycles(['a/x -> b/y', 'a/w -> b/z'])).toEqual([]);
  });

  it('tests import nothing from bench/ (shared helpers live in test/fixtures/ or src/)', () => {
    const TEST = join(SRC, '../test');
    const fromBench = sourceFiles(TEST).flatMap((file) =>
      ts
        .preProcessFile(readFileSync(file, 'utf8'), true, true)
        .importedFiles.filter(({ fileName }) =>
          relative(join(SRC, '..'), join(dirname(file), fileName)).startsWith('bench/'),
        )
        .map(({ fileName }) => `${relative(TEST, file)} -> ${fileName}`),
    );
    expect(fromBench).toEqual([]);
  });

  it('lists only known exceptions that still exist', () => {
    expect(Object.keys(KNOWN).filter((e) => !edges.includes(e))).toEqual([]);
  });
});
