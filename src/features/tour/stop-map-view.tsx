import type { FeatureCollection } from 'geojson';
import { createResource, For, Show } from 'solid-js';
import { DATA_URL } from '../../config';
import { useAppState } from '../../state/context';
import { fitProjection, isArea, pathOf, pointsOf } from './stop-map';

const CONTEXT = ['water', 'roads', 'districts'] as const;
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
let context: Promise<FeatureCollection[]> | undefined;
/** One context file; an unreachable or broken one draws nothing (the stop's own geometry still shows). */
const fetchContext = (file: string): Promise<FeatureCollection> =>
  fetch(`${DATA_URL}context/${file}.geojson`)
    .then((r) => (r.ok ? (r.json() as Promise<FeatureCollection>) : EMPTY))
    .catch(() => EMPTY);
/** The embedded basemap's water, roads and districts, fetched once. */
const loadContext = () => (context ??= Promise.all(CONTEXT.map(fetchContext)));

/** A small vector map of one project (presenter preview, handout page). */
export function StopMapView(props: { project: string; width: number; height: number; label: string }) {
  const { derived } = useAppState();
  const [ctx] = createResource(loadContext);
  const record = () => derived.byId().get(props.project);
  const project = () => (record()?.bbox ? fitProjection(record()!.bbox!, props.width, props.height) : null);
  const features = () => derived.featuresById().get(props.project) ?? [];
  return (
    <Show when={project()}>
      {(p) => (
        <svg
          class="stop-map"
          viewBox={`0 0 ${props.width} ${props.height}`}
          width={props.width}
          height={props.height}
          role="img"
          aria-label={props.label}
          data-testid="stop-map"
        >
          <rect width={props.width} height={props.height} fill="#f4f3ef" />
          <For each={ctx() ?? []}>
            {(fc, i) => (
              <For each={fc.features}>
                {(f) => (
                  <path
                    d={pathOf(f.geometry, p())}
                    class={`stop-map-${CONTEXT[i()]}`}
                    fill={isArea(f) ? undefined : 'none'}
                  />
                )}
              </For>
            )}
          </For>
          <For each={features()}>
            {(f) => (
              <>
                <path d={pathOf(f.geometry, p())} class="stop-map-project" fill={isArea(f) ? undefined : 'none'} />
                <For each={pointsOf(f.geometry, p())}>
                  {([x, y]) => <circle cx={x} cy={y} r={7} class="stop-map-point" />}
                </For>
              </>
            )}
          </For>
        </svg>
      )}
    </Show>
  );
}
