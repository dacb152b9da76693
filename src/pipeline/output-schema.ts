/**
 * The build's own output checked against the schema the app validates its files with
 * (`src/data/schema.ts`): what the build writes, the app accepts, by construction. A failure here
 * is a bug in the build (or a limit the sources slipped past), named by file and entry.
 */
import * as v from 'valibot';
import {
  CatalogDetailsSchema,
  CatalogShapeSchema,
  firstProblem,
  PlaceRecordSchema,
  ProjectFeatureSchema,
  ProjectRecordSchema,
  TourSchema,
} from '../data/schema.ts';
import type { Issue } from '../data/issues.ts';

/**
 * @param outputs output file name → parsed content (`catalog.json`, `catalog-details.json`, `tours.json`, the layers)
 * @returns one issue per invalid entry (at most 20), file `layers/<name>`
 */
export function checkOutputs(outputs: Map<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  const check = (file: string, schema: v.GenericSchema, value: unknown, id: string) => {
    const problem = firstProblem(v.safeParse(schema, value));
    if (problem && issues.length < 20)
      issues.push({
        file: `layers/${file}`,
        subject: { kind: 'feature', id },
        message: `does not match the app's schema: ${problem}`,
      });
  };
  const idOf = (x: unknown, i: number): string => {
    const o = x as { id?: unknown; properties?: { id?: unknown } } | null;
    return String(o?.id ?? o?.properties?.id ?? `#${i}`);
  };
  for (const [file, value] of outputs) {
    if (file === 'catalog.json') {
      check(file, CatalogShapeSchema, value, 'catalog');
      const c = value as { records?: unknown[]; places?: unknown[] };
      (c.records ?? []).forEach((r, i) => check(file, ProjectRecordSchema, r, idOf(r, i)));
      (c.places ?? []).forEach((p, i) => check(file, PlaceRecordSchema, p, idOf(p, i)));
    } else if (file === 'catalog-details.json') check(file, CatalogDetailsSchema, value, 'details');
    else if (file === 'tours.json') (value as unknown[]).forEach((t, i) => check(file, TourSchema, t, idOf(t, i)));
    else if (file.endsWith('.geojson'))
      (value as { features: unknown[] }).features.forEach((f, i) => check(file, ProjectFeatureSchema, f, idOf(f, i)));
  }
  return issues;
}
