// @vitest-environment jsdom
// Issue 12: the years come from the catalog's reports. A fixture catalog with next year's report
// (yp-2025: its 2025 work and its 2026 plan) must work through the facet, the link, the timeline,
// the quote labels and the tour check — with no code naming 2026.
import { cleanup, fireEvent, screen, within } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { reportYears } from '../../src/data/facets';
import { validateTours } from '../../src/data/tour-check';
import { summarise } from '../../src/features/summary/summary';
import { partLabel } from '../../src/i18n';
import { parseUrlState } from '../../src/state/url-state';
import { FilterPanel } from '../../src/ui/filter-panel';
import { makeRecord } from '../features/records';
import { loadedData } from '../state/app-fixture';
import { renderInApp } from '../ui/render-app';

afterEach(cleanup);

const REPORTS = [
  { id: 'yp-2024', year: 2024, title: { zh: '2024年报告', en: '2024 report' } },
  { id: 'yp-2025', year: 2025, title: { zh: '2025年报告', en: '2025 report' } },
];
const PLAN_2026 = { report: 'yp-2025', section: 'education' as const, part: '2026', text: '2026年新建一所小学' };
const NEW_SCHOOL = makeRecord({
  id: 'new-school-2026',
  name: { zh: '新建小学', en: 'New primary school' },
  bureaus: ['education'],
  category: 'education',
  status: 'planned',
  years: [2026],
  quotes: [PLAN_2026],
  milestones: [{ when: '2026', what: { zh: '开工', en: 'Start' }, state: 'planned' }],
});

/** The app's fixture with next year's report in the catalog and one project of its plan. */
function nextYear() {
  const data = loadedData();
  data.catalog.reports = structuredClone(REPORTS);
  data.catalog.records.push(structuredClone(NEW_SCHOOL));
  return data;
}

describe("next year's report needs no code change", () => {
  it('the years are those the reports speak of: each report’s year and the next', () => {
    expect(reportYears(REPORTS)).toEqual([2024, 2025, 2026]);
    expect(reportYears([REPORTS[0]!])).toEqual([2024, 2025]);
  });

  it('the year facet offers 2026 with its count, and checking it filters to the new project', async () => {
    const { state } = renderInApp(() => <FilterPanel />, '', [], nextYear);
    const facet = await screen.findByRole('group', { name: /年份|Year/ });
    const boxes = within(facet).getAllByRole('checkbox');
    expect(boxes.map((b) => (b as HTMLInputElement).value)).toEqual(['2024', '2025', '2026']);
    const box2026 = within(facet).getByRole('checkbox', { name: /2026/ });
    expect(box2026.closest('label')?.textContent).toMatch(/1/);
    fireEvent.click(box2026);
    expect(state.filters.years).toEqual([2026]);
  });

  it('a link naming 2026 keeps it; the timeline counts its milestones; its quotes say "2026 plan"', () => {
    expect(parseUrlState('?y=2026').state.filters.years).toEqual([2026]);
    expect(parseUrlState('?y=20260').state.filters.years).toEqual([]);
    const s = summarise([NEW_SCHOOL], reportYears(REPORTS));
    expect(s.timeline['2026']).toEqual({ done: 0, planned: 1 });
    expect(partLabel('zh', PLAN_2026, REPORTS)).toBe('2026年计划');
    expect(partLabel('en', { ...PLAN_2026, part: '2025' }, REPORTS)).toBe('2025 work');
  });

  it('a tour may filter on 2026 once a report speaks of it, not before', () => {
    const tour = {
      file: 'tours/next.yaml',
      data: {
        id: 'next',
        title: { zh: '明年', en: 'Next year' },
        stops: [{ project: 'new-school-2026', filters: { years: [2026] } }],
      },
    };
    const ids = new Map([['new-school-2026', 'site' as const]]);
    expect(validateTours([tour], ids, new Map(), reportYears(REPORTS)).issues).toEqual([]);
    const before = validateTours([tour], ids, new Map(), reportYears([REPORTS[0]!])).issues;
    expect(before.map((i) => i.message)).toEqual(['unknown value 2026']);
  });
});
