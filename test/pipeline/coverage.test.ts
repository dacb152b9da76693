import { describe, expect, it } from 'vitest';

import { findPlaceLikeNames, unexplainedNames } from '../../src/pipeline/coverage.ts';

const names = (text: string): string[] => findPlaceLikeNames('r', text).map((f) => f.name);

describe('findPlaceLikeNames', () => {
  it('takes the shortest token after the last stop word', () => {
    expect(names('推进长阳路沿线改造,完成市东医院扩建。')).toEqual(['长阳路', '市东医院']);
  });

  it('skips generic words (道路, 杨浦, 园区, 村民)', () => {
    expect(names('杨浦区完善城市道路,服务园区企业和村民。')).toEqual([]);
  });

  it('dedupes and gives the first line and context', () => {
    const found = findPlaceLikeNames('r', '第一行\n建设复兴岛绿道,复兴岛开放');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: '复兴岛', line: 2 });
    expect(found[0].context).toContain('复兴岛绿道');
  });
});

describe('unexplainedNames', () => {
  const found = findPlaceLikeNames('r', '推进长阳路、江浦路、控江医院和市东医院。');
  it('explains by record place, gazetteer substring, exclusion substring or quote', () => {
    const left = unexplainedNames(found, {
      recordPlaces: ['长阳路'],
      gazetteerNames: ['江浦路街道'],
      exclusions: ['控江医院(旧址)'],
      quotes: [],
    });
    expect(left.map((f) => f.name)).toEqual(['市东医院']);
    expect(
      unexplainedNames(left, { recordPlaces: [], gazetteerNames: [], exclusions: [], quotes: ['完成市东医院扩建'] }),
    ).toEqual([]);
  });
});
