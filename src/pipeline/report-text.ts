/**
 * Report text: where each bureau's section and its plan part stand, and where a quote stands.
 */
import type { BureauId, Quote, QuoteSource } from '../data/types.ts';
import type { ReportSource } from '../data/source-schema.ts';
import type { Issue } from '../data/issues.ts';

/** A section located in the report text, as character offsets. */
export interface SectionRange {
  bureau: BureauId;
  /** Offset of the `start` marker. */
  start: number;
  /** Offset of the `plan` marker: text from here on is the next year's plan. */
  plan: number;
  /** Offset of the next section's start (or the end of the text). */
  end: number;
}

/**
 * Finds each section's `start` marker (in report order, each after the previous one) and its
 * `plan` marker (inside the section).
 *
 * @param file - root-relative path of `reports.yaml`, for messages
 * @returns the sections found; a missing marker is an issue on `sections[i].start` / `.plan`
 */
export function locateSections(report: ReportSource, text: string, file: string, issues: Issue[]): SectionRange[] {
  const subject = { kind: 'report' as const, id: report.id };
  const starts: number[] = [];
  let from = 0;
  report.sections.forEach((s, i) => {
    const at = text.indexOf(s.start, from);
    if (at < 0) {
      issues.push({
        file,
        subject,
        field: `sections[${i}].start`,
        message: `marker "${s.start}" not found in ${report.file}${i > 0 ? ` after section ${report.sections[i - 1].bureau}` : ''}`,
      });
      starts.push(-1);
      return;
    }
    starts.push(at);
    from = at + s.start.length;
  });
  const ranges: SectionRange[] = [];
  report.sections.forEach((s, i) => {
    const start = starts[i];
    if (start < 0) return;
    const next = starts.slice(i + 1).find((x) => x >= 0);
    const end = next ?? text.length;
    const plan = text.indexOf(s.plan, start);
    if (plan < 0 || plan >= end) {
      issues.push({
        file,
        subject,
        field: `sections[${i}].plan`,
        message: `marker "${s.plan}" not found inside section ${s.bureau} of ${report.file}`,
      });
      return;
    }
    ranges.push({ bureau: s.bureau, start, plan, end });
  });
  return ranges;
}

/**
 * Locates a quote: it must appear verbatim in its report and inside the section it claims.
 *
 * Cases:
 * - not in the report at all → `not found verbatim in report yp-2024`
 * - in the report, not in the claimed section → `… not in section housing (found in section drc)`
 * - crossing the plan marker → error (a quote belongs to one part)
 * - otherwise `part` is the report's year before the plan marker, the next year after it
 *
 * @returns the quote with `part`, or an error message for field `quotes[i].text`/`.section`
 */
export function locateQuote(
  q: QuoteSource,
  report: ReportSource,
  text: string,
  sections: SectionRange[],
): { quote: Quote } | { field: 'text' | 'section'; error: string } {
  const hits: number[] = [];
  for (let at = text.indexOf(q.text); at >= 0; at = text.indexOf(q.text, at + 1)) hits.push(at);
  if (hits.length === 0) return { field: 'text', error: `not found verbatim in report ${report.id}` };
  const own = sections.filter((s) => s.bureau === q.section);
  for (const at of hits) {
    const s = own.find((r) => at >= r.start && at + q.text.length <= r.end);
    if (!s) continue;
    if (at < s.plan && at + q.text.length > s.plan) {
      return {
        field: 'text',
        error: `crosses the plan marker of section ${q.section} in report ${report.id}; split it into two quotes`,
      };
    }
    const part = String(at >= s.plan ? report.year + 1 : report.year) as Quote['part'];
    return { quote: { report: q.report, section: q.section, part, text: q.text } };
  }
  const where = sections.find((r) => hits[0] >= r.start && hits[0] < r.end);
  return {
    field: 'section',
    error: `quote found in report ${report.id} but not inside section ${q.section}${where ? ` (it stands in section ${where.bureau})` : ' (it stands outside every section)'}`,
  };
}
