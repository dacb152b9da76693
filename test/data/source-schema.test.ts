import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';

import * as schema from '../../src/data/source-schema';
import type * as types from '../../src/data/types';

const ctx = { bureauIds: new Set(['housing']), reportIds: new Set(['yp-2024']) };
const record = {
  id: 'fengcheng-sancun',
  name: { zh: '凤城三村', en: 'Fengcheng No. 3 Estate' },
  bureaus: ['housing'],
  category: 'housing',
  scope: 'site',
  places: ['凤城三村'],
  years: [2024],
  status: { 'yp-2024': 'completed' },
  figures: [{ kind: 'households', text: '759户' }],
  milestones: [{ when: 2024, what: { zh: '完工', en: 'Done' }, state: 'done' }],
  quotes: [{ report: 'yp-2024', section: 'housing', text: '凤城三村' }],
  statusNote: null,
};

describe('source schema', () => {
  it('infers the types the app shares in data/types.ts (each assignable to the other)', () => {
    expectTypeOf<schema.RecordSource>().toExtend<types.RecordSource>();
    expectTypeOf<types.RecordSource>().toExtend<schema.RecordSource>();
    expectTypeOf<schema.PlaceSource>().toExtend<types.PlaceSource>();
    expectTypeOf<types.PlaceSource>().toExtend<schema.PlaceSource>();
    expectTypeOf<schema.ReportSource>().toExtend<types.ReportSource>();
    expectTypeOf<types.ReportSource>().toExtend<schema.ReportSource>();
    expectTypeOf<schema.BureauSource>().toEqualTypeOf<types.BureauSource>();
  });

  it('gives a milestone year as a string, an optional null as absent', () => {
    const out = v.parse(schema.recordSchema(ctx), record);
    expect(out.milestones[0]!.when).toBe('2024');
    expect(out.statusNote).toBeUndefined();
  });

  it('refuses a record naming a bureau outside the context, with the field in the path', () => {
    const result = v.safeParse(schema.recordSchema(ctx), { ...record, bureaus: ['housing', 'fire-brigade'] });
    expect(result.success).toBe(false);
    expect(result.issues?.map((i) => [v.getDotPath(i), i.message])).toEqual([
      ['bureaus.1', 'unknown bureau "fire-brigade"'],
    ]);
  });
});
