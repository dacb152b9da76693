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
  /**
   * Draws a fresh frame and hands it to `use` inside that frame (the canvas keeps no drawing
   * buffer, so it is readable only then: `use` must read it synchronously). Resolves with what
   * `use` returns, or null before the map exists.
   */
  snapshot<T>(use: (snapshot: MapSnapshot) => T): Promise<T | null>;
  /** Called by the map view; returns the disconnect function. */
  connect(snapshot: <T>(use: (snapshot: MapSnapshot) => T) => Promise<T>): () => void;
}

export function createMapPort(): MapPort {
  let current: (<T>(use: (snapshot: MapSnapshot) => T) => Promise<T>) | undefined;
  return {
    snapshot: (use) => (current ? current(use) : Promise.resolve(null)),
    connect(snapshot) {
      current = snapshot;
      return () => {
        if (current === snapshot) current = undefined;
      };
    },
  };
}
