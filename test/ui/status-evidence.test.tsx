// @vitest-environment jsdom
/** The status evidence beside a project's status (issue 16). */
import { cleanup, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';

import type { ProjectRecord } from '../../src/data/types';
import { StatusEvidence } from '../../src/ui/status-evidence';

const REPORTS = [{ id: 'yp-2024', year: 2024 }];

function record(over: Partial<ProjectRecord>): ProjectRecord {
  return {
    id: 'x',
    name: { zh: '黄兴路1039弄', en: 'Lane 1039' },
    bureaus: ['housing'],
    category: 'housing',
    scope: 'site',
    placeIds: [],
    years: [2024, 2025],
    status: 'preparation',
    statusHistory: [{ report: 'yp-2024', year: 2024, status: 'preparation' }],
    figures: [],
    milestones: [],
    related: [],
    geometryKinds: [],
    quotes: [
      { report: 'yp-2024', section: 'housing', part: '2024', text: '黄兴路1039弄实现征询、签约、搬迁100%' },
      {
        report: 'yp-2024',
        section: 'housing',
        part: '2025',
        text: '加快黄兴路1039弄项目前期建设流程办理,尽快开工建设',
      },
    ],
    ...over,
  };
}

afterEach(cleanup);

describe('StatusEvidence', () => {
  it('shows the words supporting the status and marks them inside the full quote, per year', () => {
    render(() => <StatusEvidence record={record({})} reports={REPORTS} lang="en" />);
    expect(screen.getAllByTestId('status-word').map((m) => m.textContent)).toEqual(['征询', '签约', '搬迁']);
    const years = screen.getAllByTestId('evidence-year');
    expect(years.map((y) => y.querySelector('h4')!.textContent)).toEqual(['2024 work', '2025 plan']);
    const work = years[0].querySelector('blockquote')!;
    expect(work.textContent).toBe('黄兴路1039弄实现征询、签约、搬迁100%');
    expect([...work.querySelectorAll('mark.evidence-support')].map((m) => m.textContent)).toEqual([
      '征询',
      '签约',
      '搬迁',
    ]);
    // The plan's 尽快开工 is a status word too (it caps the status), but does not support "preparation".
    const plan = years[1].querySelector('blockquote')!;
    expect([...plan.querySelectorAll('mark.evidence-other')].map((m) => m.textContent)).toContain('尽快开工');
    expect(plan.querySelectorAll('mark.evidence-support')).toHaveLength(0);
  });

  it('shows a reviewed statusNote in the chosen language', () => {
    render(() => (
      <StatusEvidence
        record={record({
          status: 'ongoing',
          statusHistory: [{ report: 'yp-2024', year: 2024, status: 'ongoing' }],
          statusNote: { zh: '复核', en: 'Reviewed reason' },
        })}
        reports={REPORTS}
        lang="en"
      />
    ));
    expect(screen.getByTestId('status-note').textContent).toContain('Reviewed reason');
  });

  it('renders hostile quote text as text, never as HTML', () => {
    const text = '<img src=x onerror="alert(1)">完成<b>x</b>';
    const { container } = render(() => (
      <StatusEvidence
        record={record({
          status: 'completed',
          statusHistory: [{ report: 'yp-2024', year: 2024, status: 'completed' }],
          quotes: [{ report: 'yp-2024', section: 'housing', part: '2024', text }],
        })}
        reports={REPORTS}
        lang="zh"
      />
    ));
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.querySelector('blockquote')!.textContent).toBe(text);
    expect(screen.getAllByTestId('status-word').map((m) => m.textContent)).toEqual(['完成']);
  });
});
