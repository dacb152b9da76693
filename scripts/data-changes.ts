/**
 * The per-project change list between two builds of the data:
 *
 *   npm run data:changes -- <old catalog.json> [<new catalog.json>]
 *
 * (the new one defaults to geodata/layers/catalog.json). Prints both data versions and one line per
 * added, removed or changed project; the browser makes the same comparison for each kept place
 * from the fingerprints it stored (src/data/versioning.ts).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Catalog } from '../src/data/types.ts';
import { diffSnapshots, recordFingerprint, snapshot } from '../src/data/versioning.ts';

const { positionals } = parseArgs({ allowPositionals: true });
const [oldPath, newPath = 'geodata/layers/catalog.json'] = positionals;
if (!oldPath || positionals.length > 2) {
  console.error('usage: npm run data:changes -- <old catalog.json> [<new catalog.json>]');
  process.exit(2);
}
const read = (p: string) => {
  const c = JSON.parse(readFileSync(p, 'utf8')) as Catalog;
  // a catalog written before fingerprints existed gets them computed here
  return {
    version: c.version ?? '(none)',
    records: c.records.map((r) => ({ ...r, fingerprint: r.fingerprint ?? recordFingerprint(r) })),
  };
};
const before = read(oldPath);
const after = read(newPath);
const changes = diffSnapshots(snapshot(before.records), snapshot(after.records));
console.log(`data version ${before.version} → ${after.version}: ${changes.length} change(s)`);
for (const c of changes) {
  const detail =
    c.kind === 'status'
      ? `${c.from} → ${c.to}`
      : c.kind === 'years'
        ? `${c.from.join(',')} → ${c.to.join(',')}`
        : c.kind === 'added'
          ? c.status
          : '';
  console.log(`${c.kind.padEnd(8)} ${c.id}${detail ? `  ${detail}` : ''}`);
}
