import { describe, expect, it } from 'vitest';

import { normaliseFigure, parseFigureText } from '../../src/pipeline/figures.ts';

const ok = (text: string) => {
  const r = parseFigureText(text);
  if (!r.ok) throw new Error(`${text}: ${r.reason}`);
  return r.figure;
};

describe('parseFigureText', () => {
  it.each([
    ['1.9万平方米', 19000, 'm²'],
    ['5000平方米', 5000, 'm²'],
    ['300㎡', 300, 'm²'],
    ['1.2公顷', 12000, 'm²'],
    ['2.5公里', 2.5, 'km'],
    ['2.5千米', 2.5, 'km'],
    ['800米', 800, 'm'],
    ['759户', 759, 'household'],
    ['1.1万户', 11000, 'household'],
    ['200张', 200, 'bed'],
    ['200张床位', 200, 'bed'],
    ['12个', 12, 'item'],
    ['445家', 445, 'item'],
    ['3台', 3, 'item'],
    ['7所', 7, 'item'],
    ['12条', 12, 'item'],
    ['5项', 5, 'item'],
    ['2处', 2, 'item'],
    ['4座', 4, 'item'],
    ['1200个学位', 1200, 'place'],
    ['1200学位', 1200, 'place'],
    ['80个托额', 80, 'place'],
    ['500元', 500, 'yuan'],
    ['300万元', 3_000_000, 'yuan'],
    ['208.80亿元', 20_880_000_000, 'yuan'],
    ['500人', 500, 'person'],
    ['83,191人次', 83191, 'person'],
    ['10万人次', 100_000, 'person'],
    ['13.5%', 13.5, '%'],
  ])('%s → %d %s', (text, value, unit) => {
    expect(ok(text)).toEqual({ value, unit });
  });

  it('converts 亩 to m² (×666.6667)', () => {
    expect(ok('12亩').value).toBeCloseTo(8000, 6);
    expect(ok('1亩').value).toBeCloseTo(666.6667, 3);
  });

  it('reads thousands separators and decimals', () => {
    expect(ok('1,234,567.5平方米')).toEqual({ value: 1234567.5, unit: 'm²' });
  });

  it('accepts a leading qualifier and 余/多 after the number', () => {
    expect(ok('约2900亿元')).toEqual({ value: 290_000_000_000, unit: 'yuan' });
    expect(ok('超8000家')).toEqual({ value: 8000, unit: 'item' });
    expect(ok('8000余家')).toEqual({ value: 8000, unit: 'item' });
    expect(ok('1万多平方米')).toEqual({ value: 10000, unit: 'm²' });
  });

  it('accepts a classifier followed by its noun, and a short label before the number', () => {
    expect(ok('7所学校')).toEqual({ value: 7, unit: 'item' });
    expect(ok('开工4条')).toEqual({ value: 4, unit: 'item' });
  });

  it('says unit-missing for a bare number, with or without 万', () => {
    expect(parseFigureText('3.2')).toMatchObject({ ok: false, reason: 'unit-missing' });
    expect(parseFigureText('1.2万')).toMatchObject({ ok: false, reason: 'unit-missing' });
  });

  it('says unit-unknown for an unknown unit or 个百分点', () => {
    expect(parseFigureText('759斤')).toMatchObject({ ok: false, reason: 'unit-unknown' });
    expect(parseFigureText('2.1个百分点')).toMatchObject({ ok: false, reason: 'unit-unknown' });
  });

  it('says no-number when there is none', () => {
    expect(parseFigureText('若干')).toMatchObject({ ok: false, reason: 'no-number' });
  });
});

describe('normaliseFigure', () => {
  it('errors "area units missing" for a land-area figure without a unit', () => {
    expect(normaliseFigure({ kind: 'land-area', text: '3.2' })).toEqual({ error: '"3.2": area units missing' });
  });

  it('errors when the unit does not fit the kind', () => {
    expect(normaliseFigure({ kind: 'land-area', text: '759户' })).toEqual({
      error: '"759户": unit household does not fit kind land-area (expects m²)',
    });
  });

  it('lets a bare 个 count places or beds when the kind says so', () => {
    expect(normaliseFigure({ kind: 'places', text: '托额450个' })).toEqual({
      figure: { kind: 'places', text: '托额450个', value: 450, unit: 'place' },
    });
  });

  it('keeps the label', () => {
    const r = normaliseFigure({ kind: 'count', text: '2处', label: { zh: '口袋公园', en: 'pocket parks' } });
    expect(r).toEqual({
      figure: { kind: 'count', text: '2处', value: 2, unit: 'item', label: { zh: '口袋公园', en: 'pocket parks' } },
    });
  });
});
