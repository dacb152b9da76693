import { describe, expect, it } from 'vitest';
import { BUREAU_IDS, CATEGORIES, STATUSES } from '../../src/data/types';
import type { Quote } from '../../src/data/types';
import { classifyPlaces, summarise } from '../../src/features/summary/summary';
import { fig, makeRecord } from './records';

const quote = (text: string, report = 'yp-2024'): Quote => ({ report, section: 'housing', part: '2024', text });

describe('summarise', () => {
  it('returns zeros with every option present for no records', () => {
    const s = summarise([], [2024, 2025]);
    expect(s.count).toBe(0);
    expect(Object.keys(s.byBureau).sort()).toEqual([...BUREAU_IDS].sort());
    expect(Object.keys(s.byStatus).sort()).toEqual([...STATUSES].sort());
    expect(Object.keys(s.byCategory).sort()).toEqual([...CATEGORIES].sort());
    expect([s.landAreaM2, s.households, s.schoolPlaces, s.childcarePlaces, s.beds, s.lengthKm]).toEqual([
      0, 0, 0, 0, 0, 0,
    ]);
    expect(s.timeline).toEqual({ '2024': { done: 0, planned: 0 }, '2025': { done: 0, planned: 0 } });
  });

  it('counts a two-bureau record for both bureaus, once each', () => {
    const s = summarise([
      makeRecord({ id: 'a', bureaus: ['housing', 'construction', 'housing'] }),
      makeRecord({ id: 'b', bureaus: ['housing'], status: 'planned', category: 'education' }),
    ]);
    expect(s.count).toBe(2);
    expect(s.byBureau.housing).toBe(2);
    expect(s.byBureau.construction).toBe(1);
    expect(s.byBureau.drc).toBe(0);
    expect(s.byStatus).toMatchObject({ completed: 1, planned: 1 });
    expect(s.byCategory).toMatchObject({ housing: 1, education: 1, land: 0 });
  });

  it('splits drawn (has geometry) from district-wide; an undrawn site record is in neither', () => {
    const s = summarise([
      makeRecord({ id: 'site', geometryKinds: ['area', 'point'] }),
      makeRecord({ id: 'prog', scope: 'district', geometryKinds: [] }),
      makeRecord({ id: 'lost', scope: 'site', geometryKinds: [] }),
    ]);
    expect([s.drawn, s.districtWide, s.count]).toEqual([1, 1, 3]);
  });

  it('sums reported land area only, not the computed area', () => {
    const s = summarise([
      makeRecord({
        id: 'a',
        areaReportedM2: 19000,
        areaComputedM2: 25000,
        figures: [fig('land-area', '1.9万平方米', 19000, 'm²')],
      }),
      makeRecord({ id: 'b', areaComputedM2: 5000 }),
      makeRecord({ id: 'c', areaReportedM2: 1000 }),
    ]);
    expect(s.landAreaM2).toBe(20000);
  });

  it('counts drawn areas by what their area is worth: measured, nominal, sketched', () => {
    const s = summarise([
      makeRecord({ id: 'a', areaOutline: 'measured' }),
      makeRecord({ id: 'b', areaOutline: 'nominal' }),
      makeRecord({ id: 'c', areaOutline: 'nominal' }),
      makeRecord({ id: 'd', areaOutline: 'sketch' }),
      makeRecord({ id: 'e' }),
    ]);
    expect(s.areas).toEqual({ measured: 1, nominal: 2, sketch: 1 });
  });

  it('sums households and beds, each labelled figure once', () => {
    const s = summarise([
      makeRecord({
        id: 'beds',
        figures: [
          fig('beds', '335张', 335, 'bed', { zh: '养老床位', en: 'Elderly-care beds' }),
          fig('beds', '235张', 235, 'bed', { zh: '认知障碍照护床位', en: 'Dementia-care beds' }),
          fig('people', '666名', 666, 'person'),
        ],
      }),
      makeRecord({ id: 'h1', figures: [fig('households', '759户', 759, 'household')] }),
      makeRecord({ id: 'h2', figures: [fig('households', '40户', 40, 'household')] }),
    ]);
    expect(s.beds).toBe(570);
    expect(s.households).toBe(799);
  });

  it('converts length figures in metres to km and ignores other units', () => {
    const s = summarise([
      makeRecord({ id: 'a', figures: [fig('length', '12公里', 12, 'km'), fig('length', '800米', 800, 'm')] }),
      makeRecord({
        id: 'b',
        figures: [fig('length', '3公里', 3, 'km'), fig('length', '5个', 5, 'item')],
        lengthKm: 99,
      }),
    ]);
    expect(s.lengthKm).toBeCloseTo(15.8, 10);
  });

  it('keeps school places (学位) and childcare places (托额) apart', () => {
    const s = summarise([
      makeRecord({
        id: 'schools',
        figures: [fig('places', '5070个', 5070, 'place')],
        quotes: [quote('上财附幼投入使用、江浦实验学校等7所学校开工,可新增学位5070个')],
      }),
      makeRecord({
        id: 'childcare',
        figures: [
          fig('places', '托额450个', 450, 'place', { zh: '社区“宝宝屋”', en: 'Community baby-room places' }),
          fig('places', '托额1180个', 1180, 'place', { zh: '托班', en: 'Nursery-class places' }),
        ],
      }),
      makeRecord({ id: 'unknown', figures: [fig('places', '20个', 20, 'place')] }),
    ]);
    expect(s.schoolPlaces).toBe(5070);
    expect(s.childcarePlaces).toBe(1630);
    expect(s.otherPlaces).toBe(20);
  });

  it('counts a figure repeated on one record (2024 report and 2025 plan) once', () => {
    const r = makeRecord({
      id: 'a',
      figures: [fig('households', '759户', 759, 'household'), fig('households', '759户', 759, 'household')],
      quotes: [quote('受益居民759户'), quote('惠及居民759户', 'yp-2025')],
    });
    expect(summarise([r]).households).toBe(759);
  });

  it('counts a figure two records cite from the same sentence once', () => {
    const q = quote('凤城三村和黄兴路两个项目共惠及居民759户');
    const s = summarise([
      makeRecord({ id: 'a', figures: [fig('households', '759户', 759, 'household')], quotes: [q] }),
      makeRecord({ id: 'b', figures: [fig('households', '759户', 759, 'household')], quotes: [{ ...q }] }),
    ]);
    expect(s.households).toBe(759);
  });

  it('sums equal numbers from different sentences on different records', () => {
    const s = summarise([
      makeRecord({ id: 'a', figures: [fig('households', '100户', 100, 'household')], quotes: [quote('甲小区100户')] }),
      makeRecord({ id: 'b', figures: [fig('households', '100户', 100, 'household')], quotes: [quote('乙小区100户')] }),
      makeRecord({ id: 'c', figures: [fig('households', '100户', 100, 'household')] }),
    ]);
    expect(s.households).toBe(300);
  });

  it('counts reported land area once when two records cite the same land-area sentence', () => {
    const q = quote('两地块合计出让用地面积3.2万平方米');
    const rec = (id: string) =>
      makeRecord({ id, areaReportedM2: 32000, figures: [fig('land-area', '3.2万平方米', 32000, 'm²')], quotes: [q] });
    expect(summarise([rec('a'), rec('b')]).landAreaM2).toBe(32000);
  });

  it("tallies the reports' years' milestones by state, ignoring other years and repeats", () => {
    const m = (when: string, state: 'done' | 'planned', zh = when) => ({ when, state, what: { zh, en: zh } });
    const s = summarise(
      [
        makeRecord({
          id: 'a',
          milestones: [m('2024', 'done'), m('2024-06', 'done'), m('2024-06', 'done'), m('2025', 'planned')],
        }),
        makeRecord({
          id: 'b',
          milestones: [m('2025-03-31', 'done'), m('2025', 'planned', '开工'), m('2026', 'planned')],
        }),
      ],
      [2024, 2025],
    );
    expect(s.timeline).toEqual({ '2024': { done: 2, planned: 0 }, '2025': { done: 1, planned: 2 } });
  });
});

describe('classifyPlaces', () => {
  it('reads the 学位 context from the quote clause the figure stands in', () => {
    const r = makeRecord({ id: 'a', quotes: [quote('新增托班3个,可新增学位200个')] });
    expect(classifyPlaces(fig('places', '200个', 200, 'place'), r)).toBe('school');
    expect(classifyPlaces(fig('places', '3个', 3, 'place'), r)).toBe('childcare');
  });

  it('does not read 托 in 依托 as childcare', () => {
    const r = makeRecord({ id: 'a', quotes: [quote('依托社区资源提供50个')] });
    expect(classifyPlaces(fig('places', '50个', 50, 'place'), r)).toBe('other');
  });
});
