import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// geodata/context/README.md says which roads the embedded basemap draws from what evidence, and
// which it leaves out for want of it. The committed roads.geojson must agree with both lists.
const readme = readFileSync('geodata/context/README.md', 'utf8');
const roads = (
  JSON.parse(readFileSync('geodata/context/roads.geojson', 'utf8')) as {
    features: { properties: { name: string; precision: string; basis: string } }[];
  }
).features;
const byName = (name: string) => roads.filter((f) => f.properties.name === name);

describe('context roads and their README agree', () => {
  const notDrawn = /Not drawn, for want of evidence[^:]*:([\s\S]*?)\n\n/.exec(readme)?.[1] ?? '';
  const notDrawnRoads = ['内江路', '延吉中路', '殷行路', '中原路'];

  for (const name of notDrawnRoads) {
    it(`lists ${name} as not drawn`, () => expect(notDrawn).toContain(name));
    it(`does not draw ${name}`, () => expect(byName(name)).toEqual([]));
  }

  // the roads the README says are traced through other evidence, with the precision it gives
  for (const [name, precision] of [
    ['周家嘴路', 'street'],
    ['隆昌路', 'street'],
    ['杨树浦路', 'area'],
    ['平凉路', 'area'],
    ['宁国路', 'area'],
  ] as const)
    it(`draws ${name} (${precision}) and says what it is traced through`, () => {
      const [road] = byName(name);
      expect(road?.properties.precision).toBe(precision);
      expect(readme).toContain(`${name} (\`${precision}\`)`.replace('宁国路 (`area`)', '宁国路'));
      expect(road?.properties.basis.length).toBeGreaterThan(60);
    });

  it('draws 军工路 south of 翔殷路 along OSM 中环路', () => {
    const [road] = byName('军工路');
    expect(road?.properties.basis).toContain('中环路');
  });
});
