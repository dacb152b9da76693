/**
 * The tour's extruded parcel: on a big screen, the current stop's land parcels rise from the map
 * as translucent blocks in their category colour, so a room sees at a glance which ground the
 * stop is about. Drawn by deck.gl, interleaved with MapLibre's layers (it shares the depth buffer,
 * so labels and roads stay readable around it).
 *
 * This module is the only one that imports deck.gl, and the map view loads it only when a tour
 * starts: the first map never waits for deck.gl's start-up (issue 13).
 */
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature, Geometry } from 'geojson';
import type { IControl, Map as MapLibreMap } from 'maplibre-gl';
import type { Category, FeatureProps } from '../data/types';
import { CATEGORY_COLOURS } from './project-theme';

/** The deck.gl layer id; interleaved, it is also the MapLibre (custom) layer id. */
export const TOUR_PARCEL_LAYER = 'tour-parcel-3d';

type ProjectFeature = Feature<Geometry, FeatureProps>;

/** Height of the block, metres: tall enough to read under a tour's pitch, low enough not to hide the streets behind it. */
export const PARCEL_HEIGHT_M = 60;

/** The polygons among a project's features (points and lines are not extruded). */
export function parcelsOf(features: readonly ProjectFeature[]): ProjectFeature[] {
  return features.filter((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon');
}

export interface TourParcels {
  /** Shows these parcels (none: nothing drawn). */
  show(features: readonly ProjectFeature[]): void;
  /** Removes the overlay from the map. */
  remove(): void;
}

/** Adds the overlay to the map; `show` then sets the parcels drawn. */
export function addTourParcels(map: MapLibreMap): TourParcels {
  const overlay = new MapLibreOverlay({ interleaved: true, layers: [] });
  map.addControl(overlay as unknown as IControl);
  return {
    show(features) {
      const parcels = parcelsOf(features);
      overlay.setProps({
        layers: parcels.length
          ? [
              new GeoJsonLayer<FeatureProps>({
                id: TOUR_PARCEL_LAYER,
                data: { type: 'FeatureCollection', features: parcels } as never,
                extruded: true,
                wireframe: true,
                pickable: false,
                getElevation: PARCEL_HEIGHT_M,
                getFillColor: (f: ProjectFeature) => [...CATEGORY_COLOURS[f.properties.category as Category], 150],
                getLineColor: [255, 255, 255, 220],
                material: { ambient: 0.6, diffuse: 0.5, shininess: 8 },
              }),
            ]
          : [],
      });
    },
    remove() {
      map.removeControl(overlay as unknown as IControl);
      overlay.finalize();
    },
  };
}
