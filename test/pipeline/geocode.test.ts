import { describe, expect, it } from 'vitest';

import type { PlaceSource } from '../../src/data/types.ts';
import { indexPlaceNames, resolvePlaceName } from '../../src/pipeline/geocode.ts';
import type { Issue } from '../../src/data/issues.ts';

const place = (id: string, name: string, aliases?: string[]): { place: PlaceSource; file: string } => ({
  place: {
    id,
    name,
    en: id,
    aliases,
    precision: 'block',
    basis: 'test',
    geometry: { type: 'Point', coordinates: [121.52, 31.29] },
  },
  file: 'gazetteer/test.yaml',
});

describe('resolvePlaceName', () => {
  it('resolves a name and an alias to the same entry', () => {
    const index = indexPlaceNames([place('fengcheng', '凤城三村130号', ['凤城三村'])], []);
    expect(resolvePlaceName('凤城三村130号', index)).toMatchObject({ place: { place: { id: 'fengcheng' } } });
    expect(resolvePlaceName('凤城三村', index)).toMatchObject({ place: { place: { id: 'fengcheng' } } });
  });

  it('errors on an unresolved name instead of guessing a near match', () => {
    const index = indexPlaceNames([place('fengcheng', '凤城三村130号', ['凤城三村'])], []);
    expect(resolvePlaceName('凤城三村130', index)).toEqual({
      error: 'place name "凤城三村130" not found in the gazetteer (no name or alias matches)',
    });
    expect(resolvePlaceName('凤城', index)).toHaveProperty('error');
  });

  it('errors on an ambiguous alias, naming both places', () => {
    const issues: Issue[] = [];
    const index = indexPlaceNames([place('a', '三村东', ['三村']), place('b', '三村西', ['三村'])], issues);
    expect(resolvePlaceName('三村', index)).toEqual({
      error: 'place name "三村" is ambiguous: matches places "a", "b"',
    });
    expect(issues.map((i) => i.message)).toEqual(['name "三村" is already used by place "a" (gazetteer/test.yaml)']);
  });

  it('reports a name listed twice for one place', () => {
    const issues: Issue[] = [];
    indexPlaceNames([place('a', '三村', ['三村'])], issues);
    expect(issues).toEqual([
      {
        file: 'gazetteer/test.yaml',
        subject: { kind: 'place', id: 'a' },
        field: 'aliases[0]',
        message: 'name "三村" is listed twice for this place',
      },
    ]);
  });
});
