import { createSignal, For, Show } from 'solid-js';
import { CATEGORIES, STATUSES } from '../data/types';
import { LABELS, t } from '../i18n';
import { CATEGORY_COLOURS, PLACEMENT_STYLE, STATUS_STYLE, type Placement } from '../map/project-theme';
import { useAppState } from '../state/context';

const PLACEMENTS: { id: Placement; label: 'legendLocated' | 'legendApproximate' }[] = [
  { id: 'located', label: 'legendLocated' },
  { id: 'approximate', label: 'legendApproximate' },
];

/** Map legend: category colours, the status style (solid, dashed, outline) and the placement style (crisp or haloed). Collapsible. */
export function Legend() {
  const { state, derived } = useAppState();
  // Open on desktop; folded on phones, where it would cover the map.
  const [open, setOpen] = createSignal(window.matchMedia('(min-width: 761px)').matches);
  const present = () => new Set(derived.records().map((r) => r.category));
  return (
    <div class="legend" data-testid="legend">
      <button type="button" class="legend-toggle" aria-expanded={open()} onClick={() => setOpen(!open())}>
        {t(state.lang, 'legend')}
      </button>
      <Show when={open()}>
        <ul class="legend-list">
          <For each={CATEGORIES.filter((c) => present().has(c))}>
            {(c) => (
              <li>
                <span
                  class="swatch"
                  style={{ background: `rgb(${CATEGORY_COLOURS[c].join(',')})` }}
                  aria-hidden="true"
                />
                {LABELS.category[c][state.lang]}
              </li>
            )}
          </For>
        </ul>
        <p class="legend-subtitle">{t(state.lang, 'legendStatus')}</p>
        <ul class="legend-list">
          <For each={STATUSES}>
            {(s) => (
              <li>
                <svg width="26" height="14" aria-hidden="true">
                  <rect
                    x="1"
                    y="1"
                    width="24"
                    height="12"
                    fill={`rgba(80,80,80,${STATUS_STYLE[s].fillAlpha / 255})`}
                    stroke="#505050"
                    stroke-width="2"
                    stroke-dasharray={STATUS_STYLE[s].dash[0] ? STATUS_STYLE[s].dash.join(' ') : undefined}
                  />
                </svg>
                {LABELS.status[s][state.lang]}
              </li>
            )}
          </For>
        </ul>
        <p class="legend-subtitle">{t(state.lang, 'legendPlacement')}</p>
        <ul class="legend-list" data-testid="legend-placement">
          <For each={PLACEMENTS}>
            {(p) => {
              const style = PLACEMENT_STYLE[p.id];
              return (
                <li data-placement={p.id}>
                  <svg width="26" height="18" aria-hidden="true">
                    <Show when={style.halo}>
                      <rect
                        x="3"
                        y="3"
                        width="20"
                        height="12"
                        rx="3"
                        fill="none"
                        stroke={`rgba(80,80,80,${style.halo!.alpha / 255})`}
                        stroke-width="6"
                      />
                    </Show>
                    <rect
                      x="3"
                      y="3"
                      width="20"
                      height="12"
                      fill="rgba(80,80,80,0.35)"
                      stroke={`rgba(80,80,80,${style.outlineAlpha / 255})`}
                      stroke-width="2"
                    />
                  </svg>
                  {t(state.lang, p.label)}
                </li>
              );
            }}
          </For>
        </ul>
      </Show>
    </div>
  );
}
