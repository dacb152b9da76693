/** The status vocabulary's matcher, shared by the build check and the detail panel (issue 16). */
import { describe, expect, it } from 'vitest';

import { exceedsCeiling, findStatusWords, statusEvidence } from '../../src/data/status-vocabulary';
import type { Quote } from '../../src/data/types';

const words = (text: string, part: 'work' | 'plan') =>
  findStatusWords(text, part).map((m) => `${m.text}:${m.supports}`);

describe('findStatusWords', () => {
  it('lets a longer entry win over the word inside it: signing at 100% is preparation, not completion', () => {
    expect(words('凤城三村130号甲乙丙丁项目3日完成3个100%,刷新全市最快记录', 'work')).toEqual([
      '完成3个100%:preparation',
    ]);
    expect(words('复兴岛开启打造上海量子城市时空智能创新重点实验室', 'work')).toEqual(['开启打造:under-construction']);
  });

  it('reads a word by its part: 开工 done in the work part, still to come in the plan', () => {
    expect(words('东郸小区、大板房项目今年均已开工', 'work')).toEqual(['开工:under-construction']);
    const plan = findStatusWords('尽快开工建设', 'plan');
    expect(plan.map((m) => [m.text, m.supports, m.ceiling])).toEqual([
      ['尽快开工', 'planned', 'preparation'],
      ['建设', 'planned', undefined],
    ]);
  });

  it('spans 推进…建设 inside one clause only', () => {
    expect(words('推进轨道交通20号线、北横通道、初雨调蓄池等重大工程建设', 'work')).toEqual([
      '推进轨道交通20号线、北横通道、初雨调蓄池等重大工程建设:under-construction',
    ]);
    expect(words('推进项目,加快建设', 'work')).toEqual(['推进:ongoing', '加快建设:under-construction']);
  });

  it('returns matches in text order with offsets into the quote', () => {
    const text = '实现征询、签约、搬迁100%';
    const ms = findStatusWords(text, 'work');
    expect(ms.map((m) => text.slice(m.start, m.end))).toEqual(['征询', '签约', '搬迁']);
  });
});

describe('statusEvidence', () => {
  const q = (part: '2024' | '2025', text: string): Quote => ({ report: 'r', section: 'housing', part, text });

  it('picks the words supporting the status and the lowest plan ceiling', () => {
    const ev = statusEvidence(
      [q('2024', '实现征询、签约、搬迁100%'), q('2025', '尽快开工建设')],
      { id: 'r', year: 2024 },
      'preparation',
    );
    expect(ev.supporting.map((s) => s.match.text)).toEqual(['征询', '签约', '搬迁']);
    expect(ev.ceiling?.text).toBe('尽快开工');
    expect(exceedsCeiling('completed', ev.ceiling?.ceiling)).toBe(true);
    expect(exceedsCeiling('preparation', ev.ceiling?.ceiling)).toBe(false);
  });

  it('reads ongoing from a record reported in the work part and planned again', () => {
    const ev = statusEvidence(
      [q('2024', '全区拥有20家科技园区'), q('2025', '推动大学科技园能级提升')],
      { id: 'r', year: 2024 },
      'ongoing',
    );
    expect(ev.carriedOn).toBe(true);
    expect(ev.supporting.map((s) => s.match.text)).toEqual(['推动', '提升']);
    expect(
      statusEvidence([q('2025', '推动大学科技园能级提升')], { id: 'r', year: 2024 }, 'ongoing').supporting,
    ).toEqual([]);
  });
});
