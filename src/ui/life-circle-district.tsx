import { createMemo, For } from 'solid-js';
import { districtCoverage, districtGrid, type CoverageRow } from '../features/lifecircle/district';
import { radiusById } from '../data/radius';
import { LIFE_CATEGORY_LABELS, lt } from '../i18n';
import { useAppState } from '../state/context';
import { FacilitiesReady } from './life-circle-row';

const pct = (a: number, n: number) => `${n ? Math.round((a / n) * 100) : 0}%`;

/**
 * The district view of the 15-minute life circle (issue 14), on the Figures tab: per category, how
 * many cells of a 500 m grid over Yangpu have a facility within 15 minutes today, and with the
 * report's projects. A small two-tone bar per category; the numbers are in the row's text too.
 */
export function LifeCircleDistrict() {
  const { state, nearby, derived } = useAppState();
  const lang = () => state.lang;
  const rows = createMemo<CoverageRow[] | null>(() => {
    const f = nearby.facilities();
    const yangpu = nearby.context()?.yangpu;
    if (!f || !yangpu) return null;
    const shapes = derived.allFeatures().map((x) => ({
      geometry: x.geometry,
      properties: {
        id: x.properties.id,
        category: x.properties.category,
        name_zh: derived.byId().get(x.properties.id)?.name.zh ?? x.properties.id,
      },
    }));
    return districtCoverage(districtGrid(yangpu), f.index, radiusById('15min').metres, shapes);
  });
  return (
    <section class="life-district" data-testid="life-district">
      <h3>{lt(lang(), 'districtTitle')}</h3>
      <FacilitiesReady ready={Boolean(rows())}>
        <p class="hint">{lt(lang(), 'districtIntro', { n: rows()![0]?.total ?? 0 })}</p>
        <table>
          <caption class="hint">
            <span class="life-key today" /> {lt(lang(), 'districtToday')} · <span class="life-key after" />{' '}
            {lt(lang(), 'districtAfter')}
          </caption>
          <tbody>
            <For each={rows()!}>
              {(r) => (
                <tr
                  data-testid={`life-district-${r.cat}`}
                  data-today={r.today}
                  data-after={r.after}
                  data-total={r.total}
                >
                  <th scope="row">{LIFE_CATEGORY_LABELS[r.cat][lang()]}</th>
                  <td style={{ width: '45%' }}>
                    <div
                      class="life-bar"
                      role="img"
                      aria-label={lt(lang(), 'districtRow', {
                        cat: LIFE_CATEGORY_LABELS[r.cat][lang()],
                        a: r.today,
                        b: r.after,
                        n: r.total,
                        pa: pct(r.today, r.total),
                        pb: pct(r.after, r.total),
                      })}
                    >
                      <span class="after" style={{ width: pct(r.after, r.total) }} />
                      <span class="today" style={{ width: pct(r.today, r.total) }} />
                    </div>
                  </td>
                  <td>
                    {pct(r.today, r.total)} → {pct(r.after, r.total)}
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </FacilitiesReady>
    </section>
  );
}
