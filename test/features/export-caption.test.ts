import { describe, expect, it } from 'vitest';
import { dataLine, filterSentence } from '../../src/features/export/caption';
import { EMPTY_FILTERS } from '../../src/data/filters';

// Issue #15: an exported image says what it shows.
const names: Record<string, string> = { education: '区教育局', housing: '区房管局' };
const bureauName = (id: string) => names[id] ?? id;

describe('filterSentence', () => {
  it('writes the active facets and the count, as in "区教育局 · 2025 · 12 个项目"', () => {
    expect(filterSentence({ ...EMPTY_FILTERS, bureaus: ['education'], years: [2025] }, 'zh', 12, bureauName)).toBe(
      '区教育局 · 2025 · 12 个项目',
    );
  });
  it('lists several values of a facet and the search, in English with a singular count', () => {
    const f = {
      ...EMPTY_FILTERS,
      bureaus: ['education', 'housing'] as never,
      statuses: ['completed'] as never,
      query: ' 凤城 ',
    };
    expect(filterSentence(f, 'en', 1, (id) => (id === 'education' ? 'Education Bureau' : 'Housing Bureau'))).toBe(
      'Education Bureau, Housing Bureau · Completed · "凤城" · 1 project',
    );
  });
  it('says "all projects" when nothing is filtered', () => {
    expect(filterSentence(EMPTY_FILTERS, 'zh', 106, bureauName)).toBe('全部项目 · 106 个项目');
  });
});

describe('dataLine', () => {
  it('names the report and the build date', () => {
    expect(dataLine('en', ['Report A'], '2026-12-01')).toBe('Data: Report A · built 2026-12-01');
    expect(dataLine('zh', ['报告'], '')).toBe('数据来源:报告');
  });
});
