/** A small loaded data set (three records, their features) for the state, map and panel tests. */
import type { Feature, Geometry } from 'geojson';
import type { LoadedData } from '../../src/data/load';
import type { Catalog, FeatureProps, ProjectRecord } from '../../src/data/types';
import { makeRecord } from '../features/records';

export const RECORDS: ProjectRecord[] = [
  makeRecord({
    id: 'fengcheng',
    name: { zh: '凤城三村', en: 'Fengcheng No. 3 Village' },
    bbox: [121.52, 31.28, 121.53, 31.29],
    areaReportedM2: 5000,
  }),
  makeRecord({
    id: 'school',
    name: { zh: '安波路小学', en: 'Anbo Road Primary School' },
    bureaus: ['education'],
    category: 'education',
    status: 'planned',
    years: [2025],
    bbox: [121.51, 31.3, 121.511, 31.301],
    areaReportedM2: 3000,
  }),
  makeRecord({ id: 'district-wide', name: { zh: '全区加装电梯', en: 'Lifts district-wide' }, scope: 'district' }),
];

const feature = (r: ProjectRecord, geometry: Geometry): Feature<Geometry, FeatureProps> => ({
  type: 'Feature',
  geometry,
  properties: { id: r.id, category: r.category, status: r.status, precision: 'block' },
});

export function loadedData(): LoadedData {
  const [fengcheng, school] = RECORDS as [ProjectRecord, ProjectRecord];
  const catalog: Catalog = {
    reports: [{ id: 'yp-2024', year: 2024, title: { zh: '报告', en: 'Report' } }],
    bureaus: [
      { id: 'housing', zh: '区房管局', en: 'Housing Bureau' },
      { id: 'education', zh: '区教育局', en: 'Education Bureau' },
    ],
    records: structuredClone(RECORDS),
    places: [],
  };
  return {
    catalog,
    layers: {
      areas: {
        type: 'FeatureCollection',
        features: [
          feature(fengcheng, {
            type: 'Polygon',
            coordinates: [
              [
                [121.52, 31.28],
                [121.53, 31.28],
                [121.53, 31.29],
                [121.52, 31.28],
              ],
            ],
          }),
        ],
      },
      lines: { type: 'FeatureCollection', features: [] },
      points: {
        type: 'FeatureCollection',
        features: [feature(school, { type: 'Point', coordinates: [121.51, 31.3] })],
      },
    },
    failures: [],
    catalogLoaded: true,
    pending: [],
    details: 'ready',
  };
}
