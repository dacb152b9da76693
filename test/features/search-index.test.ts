import { pinyinKeysOf as pinyin } from '../../src/pipeline/pinyin';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, matchQuery, normaliseQuery, searchRecords } from '../../src/data/search-index';
import { makePlace, makeRecord, sampleCatalog } from './records';

function index() {
  const { records, places } = sampleCatalog();
  return buildSearchIndex(records, places, pinyin);
}

describe('normaliseQuery', () => {
  it('folds full-width letters and digits to half-width and lowercases', () => {
    expect(normaliseQuery('ＦＣＳＣ１２３')).toBe('fcsc123');
  });

  it('strips spaces (incl. ideographic space), punctuation and symbols', () => {
    expect(normaliseQuery(' Feng-Cheng\u3000（三村）·No.3, ')).toBe('fengcheng三村no3');
  });

  it('maps ü to v as pinyin keyboards do', () => {
    expect(normaliseQuery('Lüdi')).toBe('lvdi');
  });

  it('reduces a punctuation-only query to the empty string', () => {
    expect(normaliseQuery(' ，。-- ')).toBe('');
  });
});

describe('buildSearchIndex', () => {
  it('gives a record keys for its name, pinyin, initials, places, aliases and id', () => {
    const keys = index().keys.get('fengcheng-sancun-renovation')!;
    expect(keys).toEqual(
      expect.arrayContaining([
        '凤城三村成套改造',
        'fengchengsancunchengtaogaizao',
        'fcscctgz',
        'fengchengestatefullsuiterenovation',
        '凤城三村',
        'fengchengno3estate',
        '凤城三村小区',
        'fengchengsancunrenovation',
      ]),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('skips place ids missing from the gazetteer', () => {
    const keys = index().keys.get('power-plant-park')!;
    expect(keys).toContain('杨树浦电厂');
    expect(keys.some((k) => k.includes('missing'))).toBe(false);
  });
});

describe('searchRecords', () => {
  it('finds 凤城三村 by its pinyin initials "fcsc"', () => {
    expect(searchRecords(index(), 'fcsc')).toEqual(new Set(['fengcheng-sancun-renovation']));
  });

  it('finds 凤城三村 by full toneless pinyin, with spaces and capitals ignored', () => {
    expect(searchRecords(index(), 'Feng Cheng San Cun')).toEqual(new Set(['fengcheng-sancun-renovation']));
  });

  it('does not find 凤城三村 for "xx" (only 绿地学校新建, initials ldxxxj)', () => {
    expect(searchRecords(index(), 'xx')).toEqual(new Set(['lvdi-school']));
  });

  it('finds nothing for a query in no key', () => {
    expect(searchRecords(index(), 'qqq').size).toBe(0);
    expect(searchRecords(index(), '浦东').size).toBe(0);
  });

  it('matches a Chinese query against Chinese names by substring', () => {
    expect(searchRecords(index(), '三村')).toEqual(new Set(['fengcheng-sancun-renovation']));
    expect(searchRecords(index(), '创谷')).toEqual(new Set(['changyang-ai-hub']));
  });

  it('matches a place alias that appears nowhere in the record name', () => {
    expect(searchRecords(index(), '遗迹')).toEqual(new Set(['power-plant-park']));
    expect(searchRecords(index(), 'changyanggu')).toEqual(new Set(['changyang-ai-hub']));
  });

  it('matches full-width input the same as half-width', () => {
    expect(searchRecords(index(), 'ＡＩ中心')).toEqual(new Set(['changyang-ai-hub']));
  });

  it('matches English names and record ids', () => {
    expect(searchRecords(index(), 'power station')).toEqual(new Set(['power-plant-park']));
    expect(searchRecords(index(), 'lvdi-school')).toEqual(new Set(['lvdi-school']));
  });

  it('accepts both lv and lu for 绿', () => {
    expect(searchRecords(index(), 'lvdixuexiao')).toEqual(new Set(['lvdi-school']));
    expect(searchRecords(index(), 'ludixuexiao')).toEqual(new Set(['lvdi-school']));
  });

  it('does not let a match span two keys', () => {
    // Initials 'fcscctgz' end the name key; the English name begins 'fengcheng'. 'gzfeng' spans both.
    expect(searchRecords(index(), 'gzfeng').size).toBe(0);
  });

  it('matches every record for an empty or punctuation-only query', () => {
    const all = new Set(sampleCatalog().records.map((r) => r.id));
    expect(searchRecords(index(), '')).toEqual(all);
    expect(searchRecords(index(), ' ，。')).toEqual(all);
  });

  it('returns a fresh set each call, so callers may mutate it', () => {
    const ix = index();
    const a = searchRecords(ix, 'fcsc');
    a.clear();
    expect(searchRecords(ix, 'fcsc').size).toBe(1);
  });
});

describe('matchQuery', () => {
  it('returns null for an empty query and the cached set for a repeated one', () => {
    const ix = index();
    expect(matchQuery(ix, '  ')).toBeNull();
    const a = matchQuery(ix, 'fcsc');
    expect(matchQuery(ix, 'FCSC')).toBe(a);
  });

  it('keeps caches separate per index', () => {
    const a = buildSearchIndex([makeRecord({ id: 'a', name: { zh: '控江路', en: 'Kongjiang Rd' } })], [], pinyin);
    const b = buildSearchIndex(
      [makeRecord({ id: 'b', name: { zh: '控江', en: '' } })],
      [makePlace({ id: 'p', name: 'x' })],
      pinyin,
    );
    expect([...matchQuery(a, 'kj')!]).toEqual(['a']);
    expect([...matchQuery(b, 'kj')!]).toEqual(['b']);
  });
});

describe('buildSearchIndex without pinyin (before the pinyin chunk has loaded)', () => {
  it('still finds Chinese and English names, but not pinyin initials', () => {
    const records = [makeRecord({ id: 'fengcheng', name: { zh: '凤城三村', en: 'Fengcheng Estate' } })];
    const index = buildSearchIndex(records, []);
    expect([...searchRecords(index, '凤城')]).toEqual(['fengcheng']);
    expect([...searchRecords(index, 'estate')]).toEqual(['fengcheng']);
    expect([...searchRecords(index, 'fcsc')]).toEqual([]);
    expect([...searchRecords(buildSearchIndex(records, [], pinyin), 'fcsc')]).toEqual(['fengcheng']);
  });
});
