import { For } from 'solid-js';

/**
 * A small horizontal bar chart in plain HTML: readable by screen readers as a table of
 * label → value, printable, no chart library for a dozen bars.
 */
export function BarChart(props: { label: string; rows: { label: string; value: number }[] }) {
  const max = () => Math.max(1, ...props.rows.map((r) => r.value));
  return (
    <table class="bar-chart" aria-label={props.label}>
      <tbody>
        <For each={props.rows}>
          {(row) => (
            <tr>
              <th scope="row">{row.label}</th>
              <td>
                <span class="bar-cell">
                  <span class="bar" style={{ width: `${(row.value / max()) * 100}%` }} aria-hidden="true" />
                  <span class="bar-value">{row.value}</span>
                </span>
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
