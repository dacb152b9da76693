import { readdirSync, readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CollectionSchema } from '../../src/data/schema';

// Each context file is a derived OpenStreetMap database: it must carry its attribution and licence
// (ODbL 1.0) inside the file, so a copy taken alone still says where it came from and on what terms;
// and the app's loader must accept those foreign members.
describe('context basemap files carry the OSM attribution and the ODbL licence', () => {
  const dir = 'geodata/context';
  const files = readdirSync(dir).filter((f) => f.endsWith('.geojson'));
  it('finds the files', () => expect(files.length).toBeGreaterThanOrEqual(10));
  for (const file of files) {
    it(file, () => {
      const fc = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as Record<string, unknown>;
      expect(fc.attribution).toBe('© OpenStreetMap contributors');
      expect(fc.license).toBe('ODbL-1.0');
      expect(v.safeParse(CollectionSchema, fc).success).toBe(true);
    });
  }
});
