/** What the map view shows, as a picture: its canvas and the attribution of the basemap drawn. */
export interface MapSnapshot {
  canvas: HTMLCanvasElement;
  /** The map's attribution as plain text ('' for the embedded basemap, which names no source). */
  attribution: string;
}

/**
 * The one way other code asks something of the MapLibre map: `map-view.tsx` connects itself, the
 * PNG export asks for a snapshot. Nothing else touches the map.
 */
export interface MapPort {
  /** The map as drawn right now, or null before the map exists. */
  snapshot(): Promise<MapSnapshot | null>;
  /** Called by the map view; returns the disconnect function. */
  connect(snapshot: () => Promise<MapSnapshot>): () => void;
}

export function createMapPort(): MapPort {
  let current: (() => Promise<MapSnapshot>) | undefined;
  return {
    snapshot: () => (current ? current() : Promise.resolve(null)),
    connect(snapshot) {
      current = snapshot;
      return () => {
        if (current === snapshot) current = undefined;
      };
    },
  };
}
