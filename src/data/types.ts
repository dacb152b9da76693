/**
 * Shared data model: the curated sources under `geodata/` (read by the Node pipeline) and the
 * built layers under `geodata/layers/` (read by the browser). The only module that both
 * `src/pipeline/` and the app import.
 */

export type BureauId =
  | 'drc'
  | 'stec'
  | 'housing'
  | 'construction'
  | 'civil-affairs'
  | 'planning'
  | 'hrss'
  | 'data'
  | 'health'
  | 'education'
  | 'culture';

export const BUREAU_IDS: readonly BureauId[] = [
  'drc',
  'stec',
  'housing',
  'construction',
  'civil-affairs',
  'planning',
  'hrss',
  'data',
  'health',
  'education',
  'culture',
];

/** What a project is. One per record; the map styles points and the legend by it. */
export type Category =
  | 'housing' // estate renovation, 美丽家园, 成套改造
  | 'land' // riverfront parcels, land sales and reserve
  | 'renewal-area' // renewal units, renewal areas, communities, blocks (街坊)
  | 'transport' // metro, roads, bridges, tunnels for traffic, slow-traffic works
  | 'utilities' // power tunnels, storage tanks, drainage, overhead lines
  | 'water' // rivers, dredging, waterfront water works
  | 'education' // schools, kindergartens, education centres
  | 'health' // hospitals, health centres and stations
  | 'elderly-care' // elderly care, canteens, civil-affairs services
  | 'employment' // job services, start-up parks run for employment
  | 'culture' // venues, museums, libraries, heritage, tourism
  | 'innovation' // research institutes, science parks, incubators, industry parks
  | 'commerce' // malls, markets, business districts
  | 'public-space'; // parks, sports, community centres, public spaces

export const CATEGORIES: readonly Category[] = [
  'housing',
  'land',
  'renewal-area',
  'transport',
  'utilities',
  'water',
  'education',
  'health',
  'elderly-care',
  'employment',
  'culture',
  'innovation',
  'commerce',
  'public-space',
];

/**
 * What the report says of a project (vocabulary and evidence: `status-vocabulary.ts`, geodata/README.md):
 * - completed: done (完成, 建成, 竣工, 开放, 投用, 交付 …)
 * - under-construction: works begun, not finished (开工, 在建, 施工 …)
 * - preparation: agreed or prepared, construction not started (签约, 征询, 搬迁, 前期, 方案 …)
 * - planned: named only in the next year's plan
 * - ongoing: a continuing programme (持续, 深化, 常态 …)
 */
export type Status = 'completed' | 'under-construction' | 'preparation' | 'planned' | 'ongoing';
export const STATUSES: readonly Status[] = ['completed', 'under-construction', 'preparation', 'planned', 'ongoing'];

/** How well a geometry is known. */
export type Precision =
  | 'exact' // surveyed outline or a point on the building itself (≤ 30 m)
  | 'block' // right block / campus, outline approximate (≤ 100 m)
  | 'street' // right street or stretch, position along it approximate (≤ 300 m)
  | 'area' // a neighbourhood-sized area drawn roughly (≤ 1 km)
  | 'schematic'; // a diagram of the idea (a route whose exact alignment is not public)

export const PRECISIONS: readonly Precision[] = ['exact', 'block', 'street', 'area', 'schematic'];

export interface Names {
  zh: string;
  en: string;
}

// ---------------------------------------------------------------------------------------------
// Curated sources (geodata/*.yaml)

/** geodata/reports.yaml: one entry per report. */
export interface ReportSource {
  id: string; // e.g. yp-2024
  file: string; // relative to geodata/
  year: number; // the year whose work the report describes
  title: Names;
  /** Sections in report order: a section runs from its `start` line to the next `start`. */
  sections: { bureau: BureauId; start: string; plan: string }[];
}

/** geodata/bureaus.yaml */
export interface BureauSource {
  id: BureauId;
  zh: string;
  en: string;
}

/** A verbatim passage of a report about a project. */
export interface QuoteSource {
  report: string; // ReportSource.id
  section: BureauId; // the section the text stands in (checked)
  text: string; // exact substring of the report text
}

/** A number the report gives for a project, as written (e.g. "1.9万平方米", "759户"). */
export interface FigureSource {
  /** What is measured. */
  kind: FigureKind;
  /** The number and unit exactly as written in one of the record's quotes. */
  text: string;
  /** Optional short label when the kind alone is ambiguous. */
  label?: Names;
}

export type FigureKind =
  | 'land-area' // 用地面积 / 占地 / parcels' area
  | 'floor-area' // 建筑面积, renovated floor area
  | 'households' // 户
  | 'beds' // 床位, 张
  | 'places' // school places (学位), childcare places (托额)
  | 'length' // km, m
  | 'count' // 个, 家, 台, 所, 条, 项 …
  | 'money' // 元, 万元, 亿元
  | 'people' // 人, 人次
  | 'percent'
  | 'other';

export interface MilestoneSource {
  /** "2024", "2025", "2024-06" or "2024-06-30". */
  when: string;
  what: Names;
  state: 'done' | 'planned';
}

/** geodata/catalog/<lead-bureau>.yaml: one entry per project. */
export interface RecordSource {
  id: string; // kebab-case, unique across the catalog
  name: Names;
  bureaus: BureauId[]; // lead bureau first; the file is named after it
  category: Category;
  /** `site`: drawn on the map through `places`; `district`: a district-wide programme, not drawn. */
  scope: 'site' | 'district';
  /** Place names resolved through the gazetteer (names or aliases). Empty for district scope. */
  places: string[];
  years: number[];
  /** Status as each report states it, keyed by report id; the newest report's is current. */
  status: Record<string, Status>;
  figures: FigureSource[];
  milestones: MilestoneSource[];
  quotes: QuoteSource[];
  /** Ids of related records (same place or programme). Optional. */
  related?: string[];
  /**
   * A reviewed reason why the status stands although the status check would refuse it (the
   * words alone mislead, or two records on one place rightly differ). Shown next to the status.
   */
  statusNote?: Names;
  /**
   * Other words by which the report names the project (电梯加装 for 既有多层住宅加装电梯), used by
   * the check that each year's and each bureau's quote names it. Each must stand in a quote.
   */
  aka?: string[];
}

export type GeometrySource =
  | { type: 'Point'; coordinates: [number, number] }
  | { type: 'LineString'; coordinates: [number, number][] }
  | { type: 'MultiLineString'; coordinates: [number, number][][] }
  | { type: 'Polygon'; coordinates: [number, number][][] }
  | { type: 'MultiPolygon'; coordinates: [number, number][][][] };

/**
 * How a polygon's outline was obtained: `osm` an OpenStreetMap outline of the thing itself,
 * `surveyed` an official plan or parcel line, `reported-size` drawn to the report's figure because
 * no parcel line is public (its area is nominal, not measured), `sketch` drawn by hand around a
 * named area (no size claimed).
 */
export type Outline = 'osm' | 'surveyed' | 'reported-size' | 'sketch';
export const OUTLINES: readonly Outline[] = ['osm', 'surveyed', 'reported-size', 'sketch'];

/** A record's polygons, taken together: see {@link ProjectRecord.areaOutline}. */
export type AreaOutline = 'measured' | 'nominal' | 'sketch';

/** The OpenStreetMap feature a place was checked against (`npm run data:locate`) and what was decided. */
export interface OsmLink {
  /** `<source file>:<osm id>`, e.g. `geofabrik-pois-a:41235423`. */
  ref: string;
  name: string;
  /** `adopted`: the place's geometry is the OSM feature's; `rejected`: kept as drawn (say why in `note`). */
  decision: 'adopted' | 'rejected';
  /** Required when the feature lies more than 500 m from the earlier placement, or is rejected. */
  note?: string;
}

/** geodata/gazetteer/<group>.yaml: one entry per named place. */
export interface PlaceSource {
  id: string; // kebab-case, unique across the gazetteer
  name: string; // Chinese name as the report writes it
  en: string;
  aliases?: string[];
  precision: Precision;
  /** How it was placed: sources, reference rows (by name), assumptions (the technical trail). */
  basis: string;
  /** Required for polygons: how the outline was obtained. */
  outline?: Outline;
  /** The OSM feature checked against, when one was found. */
  osm?: OsmLink;
  /** A sentence for the reader about the placement, both languages (optional; else one is composed). */
  note?: Names;
  /** True for geometry that legitimately leaves Yangpu (a river tunnel, a metro line). */
  leavesDistrict?: boolean;
  /** Either a WGS-84 geometry, or a pointer to a context basemap feature. */
  geometry?: GeometrySource;
  from?: { file: string; name: string }; // e.g. { file: context/water.geojson, name: 虬江 }
}

// ---------------------------------------------------------------------------------------------
// Built output (geodata/layers/)

/** A figure normalised: value in `unit`, with the text it came from. */
export interface Figure {
  kind: FigureKind;
  text: string;
  value: number;
  unit: string; // m², km, m, household, bed, place, item, yuan, person, %
  label?: Names;
}

export interface Quote {
  report: string;
  section: BureauId;
  /** Which part of the section, as a year: the report's year (its work) or the next (its plan). */
  part: string;
  text: string;
}

/** One project as the app reads it from `catalog.json`. */
export interface ProjectRecord {
  id: string;
  name: Names;
  bureaus: BureauId[];
  category: Category;
  scope: 'site' | 'district';
  placeIds: string[];
  years: number[];
  status: Status; // current: from the newest report
  statusHistory: { report: string; year: number; status: Status }[];
  /** Why the status stands against the plain words (see RecordSource.statusNote). */
  statusNote?: Names;
  figures: Figure[];
  milestones: MilestoneSource[];
  quotes: Quote[];
  related: string[];
  /** Geometry summary (absent for district scope). */
  geometryKinds: ('area' | 'line' | 'point')[];
  precision?: Precision; // the coarsest of its places
  areaReportedM2?: number; // from a land-area figure
  areaComputedM2?: number; // turf.area of its polygons
  areaDiffPct?: number; // (computed - reported) / reported * 100; only when the outline is measured
  /**
   * What the computed area is worth: `measured` every polygon is a real outline (OSM, surveyed);
   * `nominal` a polygon was drawn to the reported size (the area only repeats the report);
   * `sketch` drawn by hand around a named area (no size claimed). Absent without polygons.
   */
  areaOutline?: AreaOutline;
  lengthKm?: number; // turf.length of its lines
  bbox?: [number, number, number, number];
  /** Hash of what a resident would call a change (status, years, figures, place): data/versioning.ts. */
  fingerprint?: string;
}

export interface PlaceRecord {
  id: string;
  name: string;
  en: string;
  aliases: string[];
  precision: Precision;
  basis: string;
  leavesDistrict: boolean;
  outline?: Outline;
  /** Name and ref of the OSM feature whose geometry was adopted. */
  osm?: { ref: string; name: string };
  note?: Names;
}

/** The fields of a record that `catalog-details.json` carries (loaded after the first map). */
export const RECORD_DETAIL_FIELDS = ['statusHistory', 'figures', 'milestones', 'quotes', 'related'] as const;
export type RecordDetails = Pick<ProjectRecord, (typeof RECORD_DETAIL_FIELDS)[number]>;

/** geodata/layers/catalog-details.json: per record id its details, per place id its basis. */
export interface CatalogDetails {
  records: Record<string, RecordDetails>;
  places: Record<string, Pick<PlaceRecord, 'basis'>>;
}

/**
 * geodata/layers/catalog.json holds the records and places without their details (see
 * CatalogDetails); the app fills those in once `catalog-details.json` has loaded.
 */
export interface Catalog {
  /** The data version: a hash of every record's fingerprint (data/versioning.ts). */
  version?: string;
  reports: { id: string; year: number; title: Names }[];
  bureaus: BureauSource[];
  records: ProjectRecord[];
  places: PlaceRecord[];
}

/**
 * Properties on every feature of areas/lines/points.geojson: what the map draws with (style and
 * filter by id). Names, bureaus and years are in the catalog only (no duplicate bytes).
 */
export interface FeatureProps {
  id: string; // record id
  category: Category;
  status: Status;
  precision: Precision;
}

/** geodata/layers/manifest.json */
export interface Manifest {
  generatedFrom: string[]; // source files, sorted
  layers: { file: string; features: number; bytes: number }[];
  records: number;
  drawn: number;
  districtWide: number;
  counts: {
    bureau: Record<string, number>;
    status: Record<string, number>;
    year: Record<string, number>;
    category: Record<string, number>;
    geometry: Record<string, number>;
  };
}
