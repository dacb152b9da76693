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

/** The deck.gl layer id. */
export const TOUR_PARCEL_LAYER = 'tour-parcel-3d';
/** The MapLibre custom layer deck.gl draws its interleaved layers in (on top, no `beforeId`). */
export const DECK_LAYER_GROUP = 'deck-maplibre-layer-group-last';

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

/**
 * The parcels' overlay: on the map only while a stop has parcels to show (its custom layer leaves
 * with the last one), finalized by `remove`.
 */
export function addTourParcels(map: MapLibreMap): TourParcels {
  const overlay = new MapLibreOverlay({ interleaved: true, layers: [] });
  let attached = false;
  let layers: GeoJsonLayer<FeatureProps>[] = [];
  // The overlay adds its layers to the map only while the style is fully loaded (our own sources
  // and layers changing, or a new basemap, may hold that off): hand them over again once idle.
  const reattach = () => {
    if (attached && !map.getLayer(DECK_LAYER_GROUP) && map.isStyleLoaded()) overlay.setProps({ layers: [...layers] });
  };
  map.on('idle', reattach);
  const detach = () => {
    if (attached) map.removeControl(overlay as unknown as IControl);
    attached = false;
    // deck.gl removes its layer group only while the style is fully loaded: make sure it goes.
    if (map.getLayer(DECK_LAYER_GROUP)) map.removeLayer(DECK_LAYER_GROUP);
  };
  return {
    show(features) {
      const parcels = parcelsOf(features);
      if (parcels.length === 0) {
        layers = [];
        return detach();
      }
      layers = [
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
      ];
      if (!attached) map.addControl(overlay as unknown as IControl);
      attached = true;
      overlay.setProps({ layers });
      map.triggerRepaint(); // so that an `idle` follows
    },
    remove() {
      map.off('idle', reattach);
      detach();
      overlay.finalize();
    },
  };
}
