import { describe, expect, it } from 'vitest';
import { formatWhen, whatChanges } from '../../../src/features/nearby/what-changes';
import type { MilestoneSource } from '../../../src/data/types';
import { makeRecord } from '../records';

const m = (when: string, zh: string, en: string, state: MilestoneSource['state']): MilestoneSource => ({
  when,
  what: { zh, en },
  state,
});

describe('whatChanges', () => {
  const milestones = [
    m('2023', '启动', 'Started', 'done'),
    m('2024', '改建启用', 'Reopened after rebuild', 'done'),
    m('2026', '二期', 'Phase 2', 'planned'),
    m('2025', '启动涉外婚姻办理', 'Start foreign-related marriage registration', 'planned'),
  ];

  it('gives the latest done milestone for a completed record', () => {
    const r = makeRecord({ id: 'x', status: 'completed', milestones });
    expect(whatChanges(r, 'zh')).toBe('2024年已完成：改建启用');
    expect(whatChanges(r, 'en')).toBe('Completed in 2024: Reopened after rebuild');
  });

  it('gives the next planned milestone otherwise', () => {
    const r = makeRecord({ id: 'x', status: 'under-construction', milestones });
    expect(whatChanges(r, 'zh')).toBe('计划2025年：启动涉外婚姻办理');
    expect(whatChanges(r, 'en')).toBe('Planned for 2025: Start foreign-related marriage registration');
  });

  it('falls back to the status label', () => {
    expect(whatChanges(makeRecord({ id: 'x', status: 'ongoing' }), 'zh')).toBe('持续推进');
    expect(whatChanges(makeRecord({ id: 'x', status: 'under-construction', milestones: [milestones[0]!] }), 'en')).toBe(
      'Under construction',
    );
    expect(whatChanges(makeRecord({ id: 'x', status: 'completed' }), 'en')).toBe('Completed');
  });

  it('orders month dates within a year', () => {
    const r = makeRecord({
      id: 'x',
      status: 'completed',
      milestones: [m('2024-06', '甲', 'A', 'done'), m('2024', '乙', 'B', 'done')],
    });
    expect(whatChanges(r, 'zh')).toBe('2024年6月已完成：甲');
    expect(whatChanges(r, 'en')).toBe('Completed in June 2024: A');
    const day = makeRecord({ id: 'y', status: 'completed', milestones: [m('2024-06-30', '甲', 'A', 'done')] });
    expect(whatChanges(day, 'en')).toBe('Completed on 30 June 2024: A');
  });
});

describe('formatWhen', () => {
  it('formats years, months and days', () => {
    expect(formatWhen('2025', 'zh')).toBe('2025年');
    expect(formatWhen('2025-03-08', 'zh')).toBe('2025年3月8日');
    expect(formatWhen('2025-03-08', 'en')).toBe('8 March 2025');
    expect(formatWhen('soon', 'en')).toBe('soon');
    expect(formatWhen('2025-06', 'en')).toBe('June 2025');
    expect(formatWhen('2025-06', 'zh')).toBe('2025年6月');
    expect(formatWhen('2025-13', 'en')).toBe('2025');
    expect(formatWhen('2025-02-30', 'zh')).toBe('2025年2月');
  });
});
