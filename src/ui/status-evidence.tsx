import { createMemo, For, Show } from 'solid-js';
import { findStatusWords, partOf, statusEvidence, type StatusMatch } from '../data/status-vocabulary';
import type { ProjectRecord, Quote } from '../data/types';
import { LABELS, partLabel, t, type Lang } from '../i18n';

/** A quote cut into plain text and status words; status words carry their status. */
export interface QuoteSegment {
  text: string;
  match?: StatusMatch;
  supports?: boolean;
}

/**
 * Cuts a quote at its status words (the same words the build check reads).
 *
 * @param supporting - start offsets of the matches that support the record's status
 */
export function segmentQuote(
  text: string,
  matches: readonly StatusMatch[],
  supporting: ReadonlySet<number>,
): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  let at = 0;
  for (const m of matches) {
    if (m.start > at) out.push({ text: text.slice(at, m.start) });
    out.push({ text: m.text, match: m, supports: supporting.has(m.start) });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/**
 * Why a project has its status: the report's words that support it, a reviewed note when the
 * words alone mislead, and, per year, what the report said then with its status words marked.
 * Data text is rendered as text nodes and `<mark>` elements only.
 */
export function StatusEvidence(props: {
  record: ProjectRecord;
  reports: readonly { id: string; year: number }[];
  lang: Lang;
}) {
  // One read of the record, so the evidence and the quotes it points into are the same objects.
  const view = createMemo(() => {
    const record = props.record;
    const h = record.statusHistory[record.statusHistory.length - 1];
    const report = h && props.reports.find((r) => r.id === h.report);
    const ev = report ? statusEvidence(record.quotes, report, record.status) : undefined;
    const supportingIn = (quote: Quote) =>
      new Set((ev?.supporting ?? []).filter((s) => ev!.quotes[s.quote].quote === quote).map((s) => s.match.start));
    // Quotes grouped by the year their part speaks of, oldest first.
    const groups = new Map<string, QuoteSegment[][]>();
    for (const quote of record.quotes) {
      const rep = props.reports.find((r) => r.id === quote.report);
      if (!rep) continue;
      const segments = segmentQuote(
        quote.text,
        findStatusWords(quote.text, partOf(quote, rep.year)),
        supportingIn(quote),
      );
      const label = partLabel(props.lang, quote, props.reports);
      groups.set(label, [...(groups.get(label) ?? []), segments]);
    }
    return {
      words: [...new Set(ev?.supporting.map((s) => s.match.text) ?? [])],
      carriedOn: ev?.carriedOn === true,
      byYear: [...groups.entries()].sort(([x], [y]) => x.localeCompare(y)),
    };
  });
  return (
    <div class="status-evidence" data-testid="status-evidence">
      <Show when={view().words.length > 0}>
        <p class="evidence-words">
          {t(props.lang, 'statusWords')}{' '}
          <For each={view().words}>
            {(w) => (
              <mark class="evidence-support" lang="zh-CN" data-testid="status-word">
                {w}
              </mark>
            )}
          </For>
        </p>
      </Show>
      <Show when={view().carriedOn}>
        <p class="hint">{t(props.lang, 'statusCarriedOn')}</p>
      </Show>
      <Show when={props.record.statusNote}>
        {(note) => (
          <p class="status-note" data-testid="status-note">
            <strong>{t(props.lang, 'statusNote')}</strong> {note()[props.lang]}
          </p>
        )}
      </Show>
      <details class="evidence-years">
        <summary>{t(props.lang, 'statusByYear')}</summary>
        <For each={view().byYear}>
          {([part, quotes]) => (
            <section class="evidence-year" data-testid="evidence-year">
              <h4>{part}</h4>
              <For each={quotes}>
                {(segments) => (
                  <blockquote lang="zh-CN">
                    <For each={segments}>
                      {(s) =>
                        s.match ? (
                          <mark
                            class={s.supports ? 'evidence-support' : 'evidence-other'}
                            title={LABELS.status[s.match.supports][props.lang]}
                          >
                            {s.text}
                          </mark>
                        ) : (
                          s.text
                        )
                      }
                    </For>
                  </blockquote>
                )}
              </For>
            </section>
          )}
        </For>
      </details>
    </div>
  );
}
