/**
 * Reliability item 2: the URL state parser survives any string.
 *
 * Seeded property tests (mulberry32; the seed is in each test name) over > 5,000 inputs:
 * random strings, random valid links mutated (one parameter replaced by garbage, raw or encoded;
 * truncated; duplicated parameters; huge and odd numbers). For every input `parseUrlState`
 * - never throws,
 * - returns a state whose every field is inside its domain (allowed set or numeric range),
 * - lists in `ignored` only parameter names that were really present, each once,
 * - gives a state that serialises to a link which parses back to itself with nothing ignored;
 * and a mutated parameter is exactly what it reports as ignored, the rest of the link still applies.
 */
import { describe, expect, it } from 'vitest';

import { BUREAU_IDS, CATEGORIES, STATUSES } from '../../src/data/types';
import { RADII } from '../../src/data/radius';
import { LANGS } from '../../src/i18n';
import { BASEMAP_IDS } from '../../src/data/basemap-ids';
import {
  DEFAULT_URL_STATE,
  parseUrlState,
  URL_PARAMS,
  serializeUrlState,
  SORT_KEYS,
  TABS,
  type UrlState,
} from '../../src/state/url-state';
import { pick, prng } from '../features/records';

/** Every query parameter the parser knows. */
const KNOWN = URL_PARAMS;
/** Tours in the URL (`tour`, `stop`) are checked only once the state has them. */
const HAS_TOUR = 'tour' in DEFAULT_URL_STATE;
const YEARS = [2024, 2025];
const RADIUS_IDS = RADII.map((r) => r.id);
const ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

const inRange = (n: unknown, lo: number, hi: number): boolean =>
  typeof n === 'number' && Number.isFinite(n) && n >= lo && n <= hi;
const subsetOf = (xs: unknown, allowed: readonly unknown[]): boolean =>
  Array.isArray(xs) && xs.every((x) => allowed.includes(x)) && new Set(xs).size === xs.length;

/** Every field of a parsed state checked against its allowed set or range; returns the fields that are not. */
function domainViolations(s: UrlState): string[] {
  const bad: string[] = [];
  const check = (ok: boolean, field: string): void => void (ok || bad.push(field));
  check(JSON.stringify(Object.keys(s).sort()) === JSON.stringify(Object.keys(DEFAULT_URL_STATE).sort()), 'keys');
  check(LANGS.includes(s.lang), 'lang');
  check(BASEMAP_IDS.includes(s.basemap), 'basemap');
  check(SORT_KEYS.includes(s.sort), 'sort');
  check(TABS.includes(s.tab), 'tab');
  check(RADIUS_IDS.includes(s.radius), 'radius');
  if (s.camera !== null) {
    const c = s.camera;
    check(JSON.stringify(Object.keys(c).sort()) === '["bearing","center","pitch","zoom"]', 'camera.keys');
    check(
      Array.isArray(c.center) &&
        c.center.length === 2 &&
        inRange(c.center[0], -180, 180) &&
        inRange(c.center[1], -85, 85),
      'camera.center',
    );
    check(inRange(c.zoom, 0, 22), 'camera.zoom');
    check(inRange(c.bearing, -360, 360), 'camera.bearing');
    check(inRange(c.pitch, 0, 85), 'camera.pitch');
  }
  const f = s.filters;
  check(
    JSON.stringify(Object.keys(f).sort()) === '["bureaus","categories","query","statuses","years"]',
    'filters.keys',
  );
  check(subsetOf(f.bureaus, BUREAU_IDS), 'filters.bureaus');
  check(subsetOf(f.statuses, STATUSES), 'filters.statuses');
  check(subsetOf(f.categories, CATEGORIES), 'filters.categories');
  check(subsetOf(f.years, YEARS), 'filters.years');
  check(typeof f.query === 'string' && f.query.length <= 100, 'filters.query');
  check(s.selected === null || (typeof s.selected === 'string' && ID.test(s.selected)), 'selected');
  if (HAS_TOUR) {
    const t = s as UrlState & { tour: unknown; stop: unknown };
    check(t.tour === null || (typeof t.tour === 'string' && ID.test(t.tour)), 'tour');
    check(Number.isInteger(t.stop) && inRange(t.stop, 0, 998), 'stop');
  }
  check(
    s.near === null ||
      (Array.isArray(s.near) && s.near.length === 2 && inRange(s.near[0], -180, 180) && inRange(s.near[1], -85, 85)),
    'near',
  );
  return bad;
}

/** The properties every input must satisfy; returns a description of the first broken one, or null. */
function checkAny(search: string): string | null {
  let res: ReturnType<typeof parseUrlState>;
  try {
    res = parseUrlState(search);
  } catch (e) {
    return `threw ${(e as Error).message}`;
  }
  const bad = domainViolations(res.state);
  if (bad.length) return `out of domain: ${bad.join(', ')}`;
  const present = new URLSearchParams(search);
  if (new Set(res.ignored).size !== res.ignored.length) return `ignored lists a name twice: ${res.ignored.join(',')}`;
  for (const name of res.ignored) {
    if (!(KNOWN as readonly string[]).includes(name) && name !== '(query)')
      return `ignored names an unknown parameter "${name}"`;
    if (name !== '(query)' && !present.has(name)) return `ignored names "${name}", which is not in the link`;
  }
  // The state is a fixed point: its link parses back to it, with nothing ignored.
  const link = serializeUrlState(res.state);
  const again = parseUrlState(link);
  if (again.ignored.length) return `its own link ${link} has ignored parts ${again.ignored.join(',')}`;
  const twice = parseUrlState(serializeUrlState(again.state));
  if (JSON.stringify(twice.state) !== JSON.stringify(again.state)) return `serialise/parse is not stable for ${link}`;
  return null;
}

/** A random state inside every domain, with numbers at the precision the link keeps. */
function randomState(rand: () => number): UrlState {
  const r = (lo: number, hi: number, dp: number): number =>
    Math.round((lo + rand() * (hi - lo)) * 10 ** dp) / 10 ** dp + 0; // + 0: no -0
  const one = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const hasCamera = rand() < 0.7;
  const tilted = rand() < 0.5;
  const queryChars = [
    'a',
    'Z',
    '凤',
    '城',
    ' ',
    '&',
    '=',
    '%',
    '+',
    '#',
    '/',
    ',',
    '?',
    '<',
    '>',
    '"',
    "'",
    '\u202E',
    '\u200F',
    '😀',
    'é',
    '\t',
  ];
  const tour =
    HAS_TOUR && rand() < 0.3 ? { tour: `tour-${Math.floor(rand() * 100)}`, stop: Math.floor(rand() * 20) } : {};
  return {
    ...DEFAULT_URL_STATE,
    ...tour,
    lang: one(LANGS),
    basemap: one(BASEMAP_IDS),
    camera: hasCamera
      ? {
          center: [r(121.3, 121.75, 5), r(31.15, 31.45, 5)],
          zoom: r(0, 22, 2),
          bearing: tilted ? one([-1, 1]) * r(0.1, 360, 1) : 0,
          pitch: tilted ? r(0.1, 85, 1) : 0,
        }
      : null,
    filters: {
      bureaus: pick(rand, BUREAU_IDS, Math.floor(rand() * 4)),
      statuses: pick(rand, STATUSES, Math.floor(rand() * 3)),
      years: pick(rand, YEARS, Math.floor(rand() * 3)),
      categories: pick(rand, CATEGORIES, Math.floor(rand() * 4)),
      query: Array.from({ length: Math.floor(rand() * 30) }, () => one(queryChars))
        .join('')
        .trim(),
    },
    selected: rand() < 0.5 ? null : `${one(['housing', 'drc', 'a1'])}-${Math.floor(rand() * 1e6)}`,
    sort: one(SORT_KEYS),
    tab: one(TABS),
    near: rand() < 0.4 ? [r(121.3, 121.75, 5), r(31.15, 31.45, 5)] : null,
    radius: one(RADIUS_IDS),
  };
}

/** A state's link with every parameter written (defaults too), so each can be mutated. */
function fullLink(s: UrlState): URLSearchParams {
  const p = new URLSearchParams(serializeUrlState(s));
  if (!p.has('lang')) p.set('lang', s.lang);
  if (!p.has('basemap')) p.set('basemap', s.basemap);
  if (!p.has('sort')) p.set('sort', s.sort);
  if (!p.has('tab')) p.set('tab', s.tab);
  if (!p.has('r')) p.set('r', s.radius);
  return p;
}

/** Values no parameter accepts (each holds a character no parameter's grammar allows). */
const GARBAGE = [
  '<x>',
  '<script>alert(1)</script>',
  '\u202Eneve',
  '杨浦',
  '１２',
  'NaN<',
  '1e309<',
  'Infinity',
  '-Infinity',
  '__proto__',
  'constructor<',
  'toString',
  '\u0000',
  '\uD800',
  'housing,<x',
  '2024,20<24',
  '12/31.2/121.5/0/0/<',
  '1e309/31/121',
  '99999999999999999999999/31/121',
  '12/31/1e400',
  '121.5,1e999',
  '0x7fffffffffffffffff,31',
  '%E0%A4%A',
  '%%%%',
  '%u202E',
  'HOUSING',
  ' en',
  'en ',
  'zh\u200B',
];
/** Raw (already percent-encoded or not) text that decodes to something invalid for every parameter. */
const RAW_GARBAGE = [
  '%E0%A4%A',
  '%3Cx%3E',
  '%ZZ%3C',
  '%C0%AF%3C',
  '%ED%A0%80%3C',
  '<',
  '%00%3C',
  '%F0%9F%98%80',
  '%2B%3C',
  '1e309%3C',
];

/** Makes `value` invalid for `name` too when the grammar would accept it (only `q` needs length). */
function invalidFor(name: string, value: string): string {
  return name === 'q' ? `${'<'.repeat(101)}${value}` : value;
}

describe('parseUrlState under fuzzing', () => {
  it('random strings (2,000, seed 1): never throws, stays in domain, names only what was there', () => {
    const rand = prng(1);
    const alphabet = [
      ...'?&=%/.,-+#;: ',
      ...KNOWN.map((k) => `${k}=`),
      'en',
      'zh',
      'osm',
      'housing',
      'completed',
      '2024',
      '121.5',
      '31.29',
      '12',
      '1e309',
      '-0',
      'NaN',
      '%E0%A4%A',
      '%3C',
      '%00',
      '\u202E',
      '\u200F',
      '\uD800',
      '\uDFFF',
      '杨浦',
      '😀',
      '\u0000',
      '\n',
    ];
    let n = 0;
    for (let i = 0; i < 2000; i += 1) {
      const text = Array.from(
        { length: Math.floor(rand() * 60) },
        () => alphabet[Math.floor(rand() * alphabet.length)],
      ).join('');
      const err = checkAny(rand() < 0.5 ? `?${text}` : text);
      expect(err, JSON.stringify(text)).toBeNull();
      n += 1;
    }
    expect(n).toBe(2000);
  });

  it('valid links with one parameter replaced by garbage (2,000, seed 2): exactly that parameter is ignored, the rest applies', () => {
    const rand = prng(2);
    for (let i = 0; i < 2000; i += 1) {
      const state = randomState(rand);
      const params = fullLink(state);
      const names = [...params.keys()];
      const name = names[Math.floor(rand() * names.length)]!;
      let search: string;
      if (rand() < 0.5) {
        const p = new URLSearchParams(params);
        p.set(name, invalidFor(name, GARBAGE[Math.floor(rand() * GARBAGE.length)]!));
        search = `?${p.toString()}`;
      } else {
        const raw = RAW_GARBAGE[Math.floor(rand() * RAW_GARBAGE.length)]!;
        search = `?${[...params].map(([k, v]) => (k === name ? `${k}=${name === 'q' ? '%3C'.repeat(101) : ''}${raw}` : `${k}=${encodeURIComponent(v)}`)).join('&')}`;
      }
      const without = new URLSearchParams(params);
      without.delete(name);
      const got = parseUrlState(search);
      // Garbage that still holds a known list value (`housing,<x`) keeps that value and names the rest (issue 17).
      if (got.changed.some((c) => c.startsWith(`${name}=`))) {
        expect(['b', 's', 'c', 'y'], search).toContain(name);
        expect(got.ignored, search).toEqual([]);
        expect(checkAny(search), search).toBeNull();
        continue;
      }
      expect(got.ignored, search).toEqual([name]);
      const expected = parseUrlState(`?${without.toString()}`).state;
      // A garbage tab next to a place falls back to "list", where no tab at all means "nearby": both are defaults.
      if (name === 'tab') expect(['list', expected.tab]).toContain(got.state.tab);
      expect(got.state, search).toEqual(name === 'tab' ? { ...expected, tab: got.state.tab } : expected);
      expect(checkAny(search), search).toBeNull();
    }
  });

  it('truncated valid links (1,000, seed 3): never throws, stays in domain', () => {
    const rand = prng(3);
    for (let i = 0; i < 1000; i += 1) {
      const link = `?${fullLink(randomState(rand)).toString()}`;
      const cut = link.slice(0, Math.floor(rand() * (link.length + 1)));
      expect(checkAny(cut), cut).toBeNull();
    }
  });

  it('duplicated parameters (500, seed 4): the first occurrence wins; garbage first is ignored', () => {
    const rand = prng(4);
    for (let i = 0; i < 500; i += 1) {
      const state = randomState(rand);
      const link = fullLink(state).toString();
      const names = [...new URLSearchParams(link).keys()];
      const name = names[Math.floor(rand() * names.length)]!;
      const junk = new URLSearchParams([
        [name, invalidFor(name, GARBAGE[Math.floor(rand() * GARBAGE.length)]!)],
      ]).toString();
      const after = parseUrlState(`?${link}&${junk}`);
      expect(after.ignored).toEqual([]);
      expect(after.state).toEqual(parseUrlState(`?${link}`).state);
      const before = parseUrlState(`?${junk}&${link}`);
      const partial = before.changed.some((c) => c.startsWith(`${name}=`)); // a list value kept in part (issue 17)
      expect(before.ignored).toEqual(partial ? [] : [name]);
      expect(before.changed).toContain(`${name}: ×2 → 1`);
      expect(checkAny(`?${junk}&${link}`)).toBeNull();
    }
  });

  it('huge, odd and boundary numbers (seed 5, 600): cameras and places stay in range or are ignored', () => {
    const rand = prng(5);
    const nums = [
      '0',
      '-0',
      '22',
      '22.0000001',
      '-0.0000001',
      '85',
      '85.000001',
      '-85',
      '180',
      '180.00001',
      '-180',
      '360',
      '360.1',
      '-360',
      '1e308',
      '-1e308',
      '1e-320',
      '5e-324',
      '1e309',
      '0x10',
      '0b11',
      '0o7',
      '1_000',
      '١٢',
      '+12',
      '.5',
      '5.',
      '  7 ',
      'Infinity',
      'NaN',
      '9007199254740993',
      String(Number.MAX_VALUE),
      String(-Number.MAX_VALUE),
    ];
    const one = (): string => nums[Math.floor(rand() * nums.length)]!;
    for (let i = 0; i < 300; i += 1) {
      const parts = Array.from({ length: 2 + Math.floor(rand() * 5) }, one);
      const map = `?map=${encodeURIComponent(parts.join('/'))}`;
      const near = `?near=${encodeURIComponent(`${one()},${one()}`)}`;
      expect(checkAny(map), map).toBeNull();
      expect(checkAny(near), near).toBeNull();
    }
  });

  it('round-trips 500 random valid states exactly (seed 6), with nothing ignored', () => {
    const rand = prng(6);
    for (let i = 0; i < 500; i += 1) {
      const state = randomState(rand);
      const link = serializeUrlState(state);
      const back = parseUrlState(link);
      expect(back.ignored, link).toEqual([]);
      expect(back.state, link).toEqual(state);
    }
  });

  // Found by this suite: `tab=list` used to be dropped beside a place, so a reload opened the nearby tab (fixed in 0463596).
  it('round-trips a place with the list tab', () => {
    const state: UrlState = { ...DEFAULT_URL_STATE, near: [121.52, 31.29], tab: 'list' };
    expect(parseUrlState(serializeUrlState(state)).state).toEqual(state);
  });

  it('the malformed link of the browser test falls back to defaults and names b, map and sel', () => {
    const res = parseUrlState('?b=%E0%A4%A&map=abc&sel=<x>');
    expect(res.state).toEqual(DEFAULT_URL_STATE);
    expect([...res.ignored].sort()).toEqual(['b', 'map', 'sel']);
  });
});
