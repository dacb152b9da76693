/**
 * Data build at scale: copies geodata/ (without the built layers) into a temp folder, multiplies
 * the catalog (each record duplicated with a suffixed id, same places, so every quote stays valid),
 * then times `tsx src/pipeline/cli.ts build --root <tmp> --out <tmp>/out`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse, stringify } from 'yaml';

export interface DataBuildRun {
  factor: number;
  records: number;
  seconds: number;
  ok: boolean;
  error?: string;
}

/** A copy of `root` with every catalog record repeated `factor` times (ids `<id>-x<k>`). */
export function multipliedGeodata(root: string, factor: number): { dir: string; records: number } {
  const dir = mkdtempSync(path.join(tmpdir(), `yangpu-bench-data-${factor}x-`));
  cpSync(root, dir, { recursive: true, filter: (src) => path.resolve(src) !== path.resolve(root, 'layers') });
  let records = 0;
  const catalogDir = path.join(dir, 'catalog');
  for (const name of readdirSync(catalogDir).filter((n) => n.endsWith('.yaml'))) {
    const file = path.join(catalogDir, name);
    const list = parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
    const out: Record<string, unknown>[] = [];
    for (const record of list) {
      out.push(record);
      for (let k = 1; k < factor; k++) out.push({ ...structuredClone(record), id: `${String(record.id)}-x${k}` });
    }
    records += out.length;
    if (factor > 1) writeFileSync(file, stringify(out, { lineWidth: 0 }));
  }
  return { dir, records };
}

/** Times one `npm run data` equivalent on a catalog multiplied `factor` times. */
export function timeDataBuild(root: string, factor: number, timeoutMs: number): DataBuildRun {
  const { dir, records } = multipliedGeodata(root, factor);
  try {
    const cli = path.resolve('src/pipeline/cli.ts');
    const tsx = path.resolve('node_modules/.bin/tsx');
    const t0 = performance.now();
    const r = spawnSync(tsx, [cli, 'build', '--root', dir, '--out', path.join(dir, 'out')], {
      encoding: 'utf8',
      timeout: timeoutMs,
      maxBuffer: 64 << 20,
    });
    const seconds = (performance.now() - t0) / 1000;
    const ok = r.status === 0;
    const error = ok
      ? undefined
      : r.error
        ? String(r.error.message)
        : (r.stderr || r.stdout).split('\n').filter(Boolean).slice(0, 3).join(' | ');
    return { factor, records, seconds, ok, ...(error ? { error } : {}) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
