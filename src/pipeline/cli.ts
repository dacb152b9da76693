/**
 * Command line: the only module that touches the file system.
 *
 *   tsx src/pipeline/cli.ts build    [--root geodata] [--out <root>/layers]
 *   tsx src/pipeline/cli.ts coverage [--root geodata]
 *
 * Exit code 0 on success, 1 on any issue (all issues are printed, one per line).
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { parseArgs as parseArgv } from 'node:util';
import { pathToFileURL } from 'node:url';

import { buildLayers, formatAreaTable, OUTPUT_FILES } from './build.ts';
import { findPlaceLikeNames, formatCoverage, unexplainedNames } from './coverage.ts';
import { clip, formatIssue } from '../data/issues.ts';
import { MAX_SOURCE_BYTES, SourceSet, type RawFile } from './read-sources.ts';
import { isObj } from './schema.ts';
import { loadAndCheck, loadExclusions, REPORTS_FILE } from './validate.ts';

/** Parsed command line. */
export interface CliArgs {
  command: 'build' | 'coverage';
  root: string;
  out: string;
}

/**
 * Parses `argv` (without node and script) with `node:util`'s `parseArgs`: a command, then
 * `--root DIR` and `--out DIR`; anything else is refused with the usage line.
 *
 * @example parseArgs(['build', '--root', 'x']) // { command: 'build', root: 'x', out: 'x/layers' }
 */
export function parseArgs(argv: string[]): CliArgs {
  const usage = 'usage: cli.ts build|coverage [--root DIR] [--out DIR]';
  let parsed;
  try {
    parsed = parseArgv({
      args: argv,
      allowPositionals: true,
      options: { root: { type: 'string', default: 'geodata' }, out: { type: 'string' } },
    });
  } catch (e) {
    throw new Error(`${usage} (${(e as Error).message})`, { cause: e });
  }
  const [command, ...extra] = parsed.positionals;
  if ((command !== 'build' && command !== 'coverage') || extra.length > 0)
    throw new Error(`${usage} (got "${parsed.positionals.join(' ')}")`);
  const root = parsed.values.root;
  return { command, root, out: parsed.values.out ?? path.join(root, 'layers') };
}

/**
 * Reads every file under `root` (skipping `exclude` dirs and dot files). Files over
 * {@link MAX_SOURCE_BYTES} are listed with their size but not read.
 */
export function readTree(root: string, exclude: string[]): RawFile[] {
  const out: RawFile[] = [];
  const skip = new Set(exclude.map((e) => path.resolve(e)));
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const full = path.join(dir, name);
      if (skip.has(path.resolve(full))) continue;
      const rel = path.relative(root, full).split(path.sep).join('/');
      // lstat: a symbolic link is refused, never followed (a link loop or a link out of the root).
      const st = lstatSync(full);
      if (st.isSymbolicLink())
        out.push({
          path: rel,
          bytes: 0,
          refused: 'symbolic link refused (sources must be plain files inside the data root)',
        });
      else if (st.isDirectory()) walk(full);
      else if (!st.isFile()) out.push({ path: rel, bytes: 0, refused: 'not a plain file; refused' });
      else if (st.size > MAX_SOURCE_BYTES) out.push({ path: rel, bytes: st.size });
      else {
        try {
          out.push({ path: rel, bytes: st.size, text: utf8.decode(readFileSync(full)) });
        } catch (e) {
          const refused =
            e instanceof TypeError
              ? 'not valid UTF-8 text; save it as UTF-8'
              : `could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
          out.push({ path: rel, bytes: st.size, refused });
        }
      }
    }
  };
  walk(root);
  return out;
}

/**
 * Writes `outputs` atomically into `outDir`: everything goes to a temp dir beside it, which
 * replaces `outDir` by rename only once every file is written and read back identical.
 */
export function writeAtomically(outDir: string, outputs: Map<string, string>): void {
  const parent = path.dirname(path.resolve(outDir));
  const base = path.basename(outDir);
  const tmp = path.join(parent, `.${base}.tmp-${process.pid}`);
  const old = path.join(parent, `.${base}.old-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    for (const [name, text] of outputs) writeFileSync(path.join(tmp, name), text);
    for (const [name, text] of outputs) {
      if (readFileSync(path.join(tmp, name), 'utf8') !== text) throw new Error(`${name}: written bytes differ`);
    }
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(tmp, outDir);
  rmSync(old, { recursive: true, force: true });
}

/** `build`: check, then write the layers atomically. Returns the exit code. */
export function runBuild(
  args: CliArgs,
  log: (s: string) => void = console.log,
  err: (s: string) => void = console.error,
): number {
  const files = readTree(args.root, [args.out, path.join(args.root, 'layers')]);
  const result = buildLayers(files);
  if (result.issues.length > 0) {
    for (const i of result.issues) err(formatIssue(i, args.root));
    err(`\n${result.issues.length} problem(s); ${args.out} left untouched.`);
    return 1;
  }
  writeAtomically(args.out, result.outputs);
  log(formatAreaTable(result.areaTable));
  log(`\nWrote ${OUTPUT_FILES.map((f) => path.join(args.out, f)).join(', ')}.`);
  return 0;
}

/** `coverage`: list the report's place-like names that nothing explains. Returns the exit code. */
export function runCoverage(
  args: CliArgs,
  log: (s: string) => void = console.log,
  err: (s: string) => void = console.error,
): number {
  const sources = new SourceSet(readTree(args.root, [args.out, path.join(args.root, 'layers')]));
  const data = loadAndCheck(sources);
  const issues = [...data.issues];
  const exclusions = loadExclusions(sources, issues);
  if (issues.length > 0) err(`(note: the sources have ${issues.length} problem(s); run the build to see them)`);
  // Scan every report with an id and a file, even one whose entry fails the schema.
  const raw = sources.yaml(REPORTS_FILE, []);
  const reports = (Array.isArray(raw) ? raw : []).filter(
    (r): r is { id: string; file: string } => isObj(r) && typeof r.id === 'string' && typeof r.file === 'string',
  );
  const found = reports.flatMap((r) => {
    const text = sources.text(r.file, []);
    return text === undefined ? [] : findPlaceLikeNames(r.id, text);
  });
  const missing = unexplainedNames(found, {
    recordPlaces: data.recordSources.flatMap((r) => r.places),
    gazetteerNames: data.namedPlaces.flatMap((p) => [p.place.name, ...(p.place.aliases ?? [])]),
    exclusions: exclusions.map((e) => e.name),
    quotes: data.recordSources.flatMap((r) => r.quotes.map((q) => q.text)),
  });
  if (missing.length === 0) {
    log(`All ${found.length} place-like names are explained.`);
    return 0;
  }
  err(
    `${missing.length} of ${found.length} place-like names are not explained by a record, the gazetteer or coverage-exclusions.yaml:`,
  );
  err(formatCoverage(missing));
  return 1;
}

/** Entry point. */
export function main(argv: string[]): number {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  try {
    return args.command === 'build' ? runBuild(args) : runCoverage(args);
  } catch (e) {
    // Any failure is one plain message, never a stack trace; the output is left as it was.
    console.error(`${args.command} failed: ${clip((e as Error)?.message ?? String(e))}`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
