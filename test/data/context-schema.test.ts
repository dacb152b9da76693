import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContextFeatureSchema, keepValid } from '../../src/data/schema';

// The browser checks every context basemap file against this schema and drops what fails: the
// committed files must pass whole, unnamed OSM features included (a merge once dropped 65 of the
// 73 water areas and covered the map with notices).
describe('ContextFeatureSchema against the committed context basemap', () => {
  const dir = 'geodata/context';
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.geojson'))) {
    it(`keeps every feature of ${file}`, () => {
      const { features } = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as { features: unknown[] };
      expect(keepValid(features, ContextFeatureSchema).dropped).toBe(0);
    });
  }
});
