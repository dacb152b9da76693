/** Shared helpers for pipeline tests: the base fixture root and broken variants of it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { buildLayers } from '../../src/pipeline/build.ts';
import { readTree } from '../../src/pipeline/cli.ts';
import { formatIssue } from '../../src/data/issues.ts';
import type { RawFile } from '../../src/pipeline/read-sources.ts';

export const FIXTURES = path.resolve(__dirname, '../fixtures/pipeline');
export const BASE = path.join(FIXTURES, 'base');

/** The base fixture's files (a valid data root). */
export function baseFiles(): RawFile[] {
  return readTree(BASE, []);
}

/**
 * The base files with `target` replaced (or added) by the broken fixture `name`.
 *
 * @example withBroken('quote-not-verbatim.yaml', 'catalog/housing.yaml')
 */
export function withBroken(name: string, target: string): RawFile[] {
  const text = readFileSync(path.join(FIXTURES, 'broken', name), 'utf8');
  const files = baseFiles().filter((f) => f.path !== target);
  return [...files, { path: target, bytes: Buffer.byteLength(text), text }];
}

/** Builds and returns the formatted issues (label `geodata`, as the real build prints). */
export function issuesOf(files: RawFile[]): string[] {
  return buildLayers(files).issues.map((i) => formatIssue(i, 'geodata'));
}
