import { describe, expect, it } from 'vitest';

import { buildLayers } from '../../src/pipeline/build.ts';
import { baseFiles, issuesOf, withBroken } from './fixtures.ts';

const R = 'geodata/catalog/housing.yaml, record "fengcheng-sancun-130"';
const G = 'geodata/gazetteer/broken.yaml';

/** [fixture in broken/, file it replaces (or adds), exact messages]. */
const CASES: [string, string, string[]][] = [
  [
    'yaml-parse-error.yaml',
    'catalog/housing.yaml',
    [
      'geodata/catalog/housing.yaml, line 3: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
  ],
  // One cause, one message: the place drawn from the broken file is not reported too (issue 17).
  [
    'json-parse-error.geojson',
    'context/water.geojson',
    ["geodata/context/water.geojson, line 3: invalid JSON: Unexpected token ','"],
  ],
  ['empty.yaml', 'catalog/empty.yaml', ['geodata/catalog/empty.yaml: file is empty']],
  ['missing-field.yaml', 'catalog/housing.yaml', [`${R}, field "category": required field missing`]],
  ['wrong-type.yaml', 'catalog/housing.yaml', [`${R}, field "years": expected a list, got string "2024"`]],
  ['years-empty.yaml', 'catalog/housing.yaml', [`${R}, field "years": must not be empty`]],
  ['unknown-field.yaml', 'catalog/housing.yaml', [`${R}, field "plase": unknown field`]],
  [
    'unquoted-comma.yaml',
    'catalog/housing.yaml',
    [
      `${R}, field "quotes[0].用地面积1.2公顷": unknown field: an unquoted comma inside { … } split a value here; quote the value`,
    ],
  ],
  [
    'enum-category.yaml',
    'catalog/housing.yaml',
    [
      `${R}, field "category": unknown category "housing-estate" (expected one of: housing, land, renewal-area, transport, utilities, water, education, health, elderly-care, employment, culture, innovation, commerce, public-space)`,
    ],
  ],
  [
    'scope-enum.yaml',
    'catalog/housing.yaml',
    [`${R}, field "scope": unknown scope "city" (expected one of: site, district)`],
  ],
  [
    'status-enum.yaml',
    'catalog/housing.yaml',
    [
      `${R}, field "status.yp-test": unknown status "finished" (expected one of: completed, under-construction, preparation, planned, ongoing)`,
    ],
  ],
  [
    'figure-kind.yaml',
    'catalog/housing.yaml',
    [
      `${R}, field "figures[0].kind": unknown figure kind "flats" (expected one of: land-area, floor-area, households, beds, places, length, count, money, people, percent, other)`,
    ],
  ],
  [
    'milestone-state.yaml',
    'catalog/housing.yaml',
    [`${R}, field "milestones[0].state": unknown milestone state "finished" (expected one of: done, planned)`],
  ],
  ['unknown-bureau.yaml', 'catalog/housing.yaml', [`${R}, field "bureaus[1]": unknown bureau "fire-brigade"`]],
  [
    'not-kebab.yaml',
    'catalog/housing.yaml',
    [
      'geodata/catalog/housing.yaml, record "Fengcheng_130", field "id": "Fengcheng_130" is not kebab-case (a-z, 0-9, single hyphens)',
    ],
  ],
  ['status-unknown-report.yaml', 'catalog/housing.yaml', [`${R}, field "status.yp-2023": unknown report id "yp-2023"`]],
  [
    'duplicate-record-id.yaml',
    'catalog/housing.yaml',
    [`${R}, field "id": duplicate record id (also in catalog/housing.yaml)`],
  ],
  [
    'quote-not-verbatim.yaml',
    'catalog/housing.yaml',
    [`${R}, field "quotes[0].text": not found verbatim in report yp-test`],
  ],
  [
    'quote-wrong-section.yaml',
    'catalog/housing.yaml',
    [
      `${R}, field "quotes[0].section": quote found in report yp-test but not inside section construction (it stands in section housing)`,
    ],
  ],
  [
    'figure-not-in-quote.yaml',
    'catalog/housing.yaml',
    [`${R}, field "figures[0].text": "760户" does not appear in any of the record's quotes`],
  ],
  ['figure-area-no-unit.yaml', 'catalog/housing.yaml', [`${R}, field "figures[0].text": "1.2": area units missing`]],
  ['figure-unit-unknown.yaml', 'catalog/housing.yaml', [`${R}, field "figures[0].text": "759斤": unit "斤" unknown`]],
  ['site-without-places.yaml', 'catalog/housing.yaml', [`${R}, field "places": scope site needs at least one place`]],
  [
    'district-with-places.yaml',
    'catalog/housing.yaml',
    [`${R}, field "places": scope district must have no places (district-wide programmes are not drawn)`],
  ],
  [
    'place-unresolved.yaml',
    'catalog/housing.yaml',
    [`${R}, field "places[0]": place name "凤城四村" not found in the gazetteer (no name or alias matches)`],
  ],
  [
    'duplicate-place-id.yaml',
    'gazetteer/broken.yaml',
    [
      'geodata/gazetteer/places.yaml, place "fuxing-island", field "id": duplicate place id (also in gazetteer/broken.yaml)',
    ],
  ],
  [
    'duplicate-alias.yaml',
    'gazetteer/broken.yaml',
    [
      'geodata/gazetteer/places.yaml, place "fengcheng-sancun-130", field "aliases[0]": name "凤城三村" is already used by place "fengcheng-copy" (gazetteer/broken.yaml)',
      `${R}, field "places[0]": place name "凤城三村" is ambiguous: matches places "fengcheng-copy", "fengcheng-sancun-130"`,
    ],
  ],
  [
    'precision-enum.yaml',
    'gazetteer/broken.yaml',
    [
      `${G}, place "rough-point", field "precision": unknown precision "rough" (expected one of: exact, block, street, area, schematic)`,
    ],
  ],
  [
    'ring-not-closed.yaml',
    'gazetteer/broken.yaml',
    [`${G}, place "open-ring", field "geometry.coordinates[0]": ring is not closed (first and last positions differ)`],
  ],
  [
    'self-intersection.yaml',
    'gazetteer/broken.yaml',
    [`${G}, place "bowtie", field "geometry": polygon self-intersects near [121.525, 31.295]`],
  ],
  [
    'coordinate-not-finite.yaml',
    'gazetteer/broken.yaml',
    [`${G}, place "nan-point", field "geometry.coordinates": coordinate is not a finite number`],
  ],
  [
    'coordinates-swapped.yaml',
    'gazetteer/broken.yaml',
    [`${G}, place "swapped", field "geometry.coordinates": coordinates look swapped (lat, lng): [31.29, 121.52]`],
  ],
  [
    'outside-yangpu.yaml',
    'gazetteer/broken.yaml',
    [
      `${G}, place "hongkou-point", field "geometry": lies outside Yangpu (1 of 1 positions more than 300 m outside, e.g. [121.47, 31.29]); set leavesDistrict: true if it really leaves the district`,
    ],
  ],
  [
    'from-missing-feature.yaml',
    'gazetteer/broken.yaml',
    [
      `${G}, place "xiaojipu", field "from.name": no feature named "小吉浦" in context/water.geojson`,
      `${G}, place "jingsan", field "from.file": file "context/rivers.geojson" not found`,
    ],
  ],
  [
    'outline-missing.yaml',
    'gazetteer/broken.yaml',
    [
      `${G}, place "drawn-block", field "outline": required for a polygon: osm, surveyed, reported-size or sketch`,
      `${G}, place "outlined-point", field "outline": only polygons have an outline (this is a Point)`,
      `${G}, place "bad-outline", field "outline": unknown outline "guessed" (expected one of: osm, surveyed, reported-size, sketch)`,
    ],
  ],
  [
    'osm-decision.yaml',
    'gazetteer/broken.yaml',
    [
      `${G}, place "rejected-silently", field "osm.note": a rejected OSM match needs a note saying why`,
      `${G}, place "adopted-not-osm", field "outline": an adopted OSM polygon has outline osm, not "reported-size"`,
      `${G}, place "decision-unknown", field "osm.decision": unknown decision "maybe" (expected one of: adopted, rejected)`,
    ],
  ],
  [
    'bureau-without-record.yaml',
    'bureaus.yaml',
    ['geodata/bureaus.yaml, bureau "culture", field "id": no record names this bureau'],
  ],
];

describe('buildLayers checks', () => {
  it('passes the base fixture with no issues', () => {
    expect(issuesOf(baseFiles())).toEqual([]);
  });

  it.each(CASES)('%s (as %s) fails with the exact message', (fixture, target, expected) => {
    expect(issuesOf(withBroken(fixture, target))).toEqual(expected);
  });

  it('reports an ambiguous alias on the place and on the record naming it', () => {
    const files = [
      ...withBroken('place-ambiguous.yaml', 'catalog/housing.yaml').filter((f) => f.path !== 'gazetteer/broken.yaml'),
      ...withBroken('ambiguous-alias-places.yaml', 'gazetteer/broken.yaml').filter(
        (f) => f.path === 'gazetteer/broken.yaml',
      ),
    ];
    expect(issuesOf(files)).toEqual([
      `${G}, place "sancun-west", field "aliases[0]": name "三村" is already used by place "sancun-east" (gazetteer/broken.yaml)`,
      `${R}, field "places[0]": place name "三村" is ambiguous: matches places "sancun-east", "sancun-west"`,
    ]);
  });

  it('refuses a source over 5 MB before parsing', () => {
    const files = [...baseFiles(), { path: 'gazetteer/huge.yaml', bytes: 6 * 1024 * 1024 }];
    expect(issuesOf(files)).toEqual([
      'geodata/gazetteer/huge.yaml: file too large (6291456 bytes > 5242880); refused before parsing',
    ]);
  });

  it('collects every issue, not only the first', () => {
    const files = withBroken('quote-not-verbatim.yaml', 'catalog/housing.yaml').map((f) =>
      f.path === 'bureaus.yaml' ? { ...f, text: `${f.text}- { id: culture, zh: 区文旅局, en: Culture }\n` } : f,
    );
    expect(issuesOf(files)).toHaveLength(2);
  });

  it('accepts a place outside Yangpu when leavesDistrict is true', () => {
    const issues = issuesOf(withBroken('outside-yangpu.yaml', 'gazetteer/broken.yaml'));
    expect(issues.some((i) => i.includes('river-tunnel'))).toBe(false);
  });

  it('does not treat reported vs computed area as an error; stores areaDiffPct', () => {
    const r = buildLayers(baseFiles());
    const catalog = JSON.parse(r.outputs.get('catalog.json')!);
    const rec = catalog.records.find((x: { id: string }) => x.id === 'fengcheng-sancun-130');
    expect(rec.areaReportedM2).toBe(12000);
    expect(rec.areaDiffPct).toBeLessThan(0);
    expect(r.areaTable.map((x) => x.id)).toEqual(['fengcheng-sancun-130']);
    expect(rec.areaOutline).toBe('measured');
  });

  it('gives no difference for a hand-drawn outline either', () => {
    const files = baseFiles().map((f) =>
      f.path === 'gazetteer/places.yaml' ? { ...f, text: f.text!.replace('outline: surveyed', 'outline: sketch') } : f,
    );
    const rec = JSON.parse(buildLayers(files).outputs.get('catalog.json')!).records.find(
      (x: { id: string }) => x.id === 'fengcheng-sancun-130',
    );
    expect(rec.areaOutline).toBe('sketch');
    expect(rec.areaDiffPct).toBeUndefined();
  });

  it('gives no difference for an outline drawn to the reported size: the area is nominal', () => {
    const files = baseFiles().map((f) =>
      f.path === 'gazetteer/places.yaml'
        ? { ...f, text: f.text!.replace('outline: surveyed', 'outline: reported-size') }
        : f,
    );
    const r = buildLayers(files);
    const rec = JSON.parse(r.outputs.get('catalog.json')!).records.find(
      (x: { id: string }) => x.id === 'fengcheng-sancun-130',
    );
    expect(rec.areaOutline).toBe('nominal');
    expect(rec.areaReportedM2).toBe(12000);
    expect(rec.areaComputedM2).toBeGreaterThan(0);
    expect(rec.areaDiffPct).toBeUndefined();
    expect(r.areaTable).toEqual([]);
    const place = JSON.parse(r.outputs.get('catalog.json')!).places.find(
      (x: { id: string }) => x.id === 'fengcheng-sancun-130',
    );
    expect(place.outline).toBe('reported-size');
  });
});
