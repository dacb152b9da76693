/**
 * Parsing of the raw source files (already read from disk by the CLI) into plain values, with
 * parse errors located by file and line. Nothing here touches the file system.
 */
import { LineCounter, parseDocument } from 'yaml';

import type { Issue } from '../data/issues.ts';

/** Sources larger than this are refused before parsing. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

/** Most YAML aliases a source may use (an "alias bomb" multiplies a few lines into gigabytes). */
export const MAX_YAML_ALIASES = 100;

/**
 * A file under the data root as the CLI read it. `text` is absent when it was too large to read
 * or could not be used; `refused` then says why (a symbolic link, not valid UTF-8, unreadable).
 */
export interface RawFile {
  /** Path relative to the data root, `/`-separated, e.g. `catalog/housing.yaml`. */
  path: string;
  bytes: number;
  text?: string;
  refused?: string;
}

/**
 * The files of a data root, looked up by root-relative path. Tracks which files were consumed,
 * for the manifest's `generatedFrom`.
 */
export class SourceSet {
  readonly used = new Set<string>();
  private readonly byPath: Map<string, RawFile>;
  private readonly cache = new Map<string, unknown>();

  /** @param files - every file under the root (the output dir excluded) */
  constructor(files: RawFile[]) {
    this.byPath = new Map(files.map((f) => [f.path, f]));
  }

  /** True when a file exists under the root. */
  has(path: string): boolean {
    return this.byPath.has(path);
  }

  /** Root-relative paths under `dir/` ending in one of `exts`, sorted. */
  list(dir: string, exts: string[]): string[] {
    return [...this.byPath.keys()]
      .filter((p) => p.startsWith(`${dir}/`) && !p.slice(dir.length + 1).includes('/'))
      .filter((p) => exts.some((e) => p.endsWith(e)))
      .sort();
  }

  /**
   * The text of a file, or `undefined` with an issue when it is missing, too large or empty.
   *
   * @param path - root-relative path
   * @param issues - where problems are appended
   */
  text(path: string, issues: Issue[]): string | undefined {
    const f = this.byPath.get(path);
    if (!f) {
      issues.push({ file: path, message: 'file not found' });
      return undefined;
    }
    this.used.add(path);
    if (f.refused) {
      issues.push({ file: path, message: f.refused });
      return undefined;
    }
    if (f.bytes > MAX_SOURCE_BYTES || f.text === undefined) {
      issues.push({
        file: path,
        message: `file too large (${f.bytes} bytes > ${MAX_SOURCE_BYTES}); refused before parsing`,
      });
      return undefined;
    }
    if (f.text.trim() === '') {
      issues.push({ file: path, message: 'file is empty' });
      return undefined;
    }
    return f.text;
  }

  /**
   * A YAML file parsed to plain values; parse errors give file and line.
   *
   * @returns the value, or `undefined` after appending issues
   */
  yaml(path: string, issues: Issue[]): unknown {
    if (this.cache.has(path)) return this.cache.get(path);
    const value = parseYamlText(path, this.text(path, issues), issues);
    this.cache.set(path, value);
    return value;
  }

  /** A JSON (GeoJSON) file parsed; parse errors give file and line. */
  json(path: string, issues: Issue[]): unknown {
    if (this.cache.has(path)) return this.cache.get(path);
    const value = parseJsonText(path, this.text(path, issues), issues);
    this.cache.set(path, value);
    return value;
  }
}

/**
 * Parses YAML text.
 *
 * @param path - for messages
 * @param text - `undefined` passes through (already reported)
 * @returns plain values, or `undefined` with one issue for the first parse error (`line` set)
 */
export function parseYamlText(path: string, text: string | undefined, issues: Issue[]): unknown {
  if (text === undefined) return undefined;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    // The first syntax error only: the parser's later errors are mostly its echoes (one cause, one message).
    const e = doc.errors[0]!;
    const line = e.linePos?.[0].line ?? lineCounter.linePos(e.pos[0]).line;
    issues.push({ file: path, line, message: `invalid YAML: ${e.message.split('\n')[0]}` });
    return undefined;
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (e) {
    // The yaml package throws a ReferenceError past maxAliasCount (and for aliases to nothing).
    const why = /alias count/i.test((e as Error).message)
      ? `too many YAML aliases (more than ${MAX_YAML_ALIASES}: an alias bomb?)`
      : (e as Error).message;
    issues.push({ file: path, message: `invalid YAML: ${why}` });
    return undefined;
  }
  if (value === null || value === undefined) {
    issues.push({ file: path, message: 'file is empty' });
    return undefined;
  }
  return value;
}

/**
 * Parses JSON text.
 *
 * @returns the value, or `undefined` with one issue whose `line` is computed from the error position
 */
export function parseJsonText(path: string, text: string | undefined, issues: Issue[]): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const msg = (e as Error).message
      .split('\n')[0]
      .replace(/ in JSON at position \d+.*$/, '')
      .replace(/, "[\s\S]*$|, \.\.\.[\s\S]*$/, '');
    issues.push({ file: path, line: jsonErrorLine(text, (e as Error).message), message: `invalid JSON: ${msg}` });
    return undefined;
  }
}

/** The 1-based line of a JSON syntax error: from V8's position when given, else from the YAML parser. */
function jsonErrorLine(text: string, message: string): number | undefined {
  const pos = /position (\d+)/.exec(message);
  if (pos) return text.slice(0, Number(pos[1])).split('\n').length;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const err = doc.errors[0];
  return err ? lineCounter.linePos(err.pos[0]).line : undefined;
}
