/**
 * The status check (issue 16): every record's status, years and bureaus must follow from the
 * words of its quotes. Rules, each an issue naming file, record and field:
 * 1. support — the record's status in a report needs a word of that status in the report's quotes
 *    (`status.<report>`)
 * 2. ceiling — the status must not be stronger than the plan allows (开工 in the plan: not under
 *    construction yet; 建成 in the plan: not completed yet) (`status.<report>`)
 * 3. years — each year needs a quote from that year's part that names the project (`years[i]`)
 * 4. contradiction — two records on one place must not give it different phases of the year's
 *    work (completed, under construction, preparation); a planned next project may differ
 *    (`status.<report>`, on the later record of the pair)
 * 5. bureaus — each bureau needs a quote from its own section that names the project (`bureaus[i]`)
 *
 * A record with a reviewed `statusNote` is exempt from rules 1, 2 and 4 (never from 3 and 5: a
 * year or bureau without a quote is fixed in the data, not explained).
 */
import { exceedsCeiling, STATUS_RANK, statusEvidence, type StatusMatch } from '../data/status-vocabulary.ts';
import type { Quote, Status } from '../data/types.ts';
import { reporter, type Issue } from '../data/issues.ts';
import type { CheckedRecord, LoadedReport } from './validate.ts';

/** Statuses that say what state the works on a place reached in the report's year. */
const WORK_PHASES: ReadonlySet<Status> = new Set(['completed', 'under-construction', 'preparation']);

/** Non-letter characters that split a project name into parts. */
const SPLIT = /[\s()()“”"'‘’、,,。·—–\-:/《》【】]+/;
/** A name part this long or longer, found in a quote, names the project. */
const MIN_NAME_PART = 4;

/**
 * The strings whose presence in a quote means the quote names the project: its place names as
 * written, the gazetteer names and aliases of those places, its `aka` words, each part of its
 * Chinese name of 3 or more characters (中医阁 in “中医阁”), and every run of
 * {@link MIN_NAME_PART} characters of those parts.
 */
export function projectNames(rec: CheckedRecord): string[] {
  const out = new Set<string>([...rec.src.places, ...(rec.src.aka ?? [])]);
  for (const p of rec.places) {
    out.add(p.place.name);
    for (const a of p.place.aliases ?? []) out.add(a);
  }
  for (const part of rec.src.name.zh.split(SPLIT)) {
    const chars = [...part];
    if (chars.length >= 3) out.add(part);
    for (let i = 0; i + MIN_NAME_PART <= chars.length; i++) out.add(chars.slice(i, i + MIN_NAME_PART).join(''));
  }
  return [...out].filter((s) => s.length > 0);
}

/** True when the quote names the project (see {@link projectNames}). */
export function namesProject(quote: Pick<Quote, 'text'>, names: readonly string[]): boolean {
  return names.some((n) => quote.text.includes(n));
}

const list = (ms: StatusMatch[]): string => [...new Set(ms.map((m) => `${m.text} (${m.supports})`))].join(', ');

/**
 * Runs rules 1–5 over the checked records.
 *
 * @param records - records that passed every other check
 * @param reports - the loaded reports, by id
 * @returns the issues, in record order
 */
export function checkStatusEvidence(
  records: readonly CheckedRecord[],
  reports: ReadonlyMap<string, LoadedReport>,
): Issue[] {
  const issues: Issue[] = [];
  const byPlace = new Map<string, CheckedRecord[]>();
  for (const rec of records) {
    const r = reporter(issues, rec.file, { kind: 'record', id: rec.src.id });
    const names = projectNames(rec);
    const exempt = rec.src.statusNote !== undefined;
    (rec.src.aka ?? []).forEach((a, i) => {
      if (!rec.quotes.some((q) => q.text.includes(a)))
        r.add(`aka[${i}]`, `"${a}" does not appear in any of the record's quotes`);
    });
    // Rules 1 and 2, per report that gives a status.
    for (const [reportId, status] of Object.entries(rec.src.status)) {
      const report = reports.get(reportId);
      if (!report || exempt) continue;
      const ev = statusEvidence(rec.quotes, { id: reportId, year: report.src.year }, status);
      const found = ev.quotes.flatMap((q) => q.matches);
      const field = `status.${reportId}`;
      if (ev.supporting.length === 0) {
        const stronger =
          found.length > 0 &&
          STATUS_RANK[status] !== undefined &&
          found.every((m) => (STATUS_RANK[m.supports] ?? -1) < STATUS_RANK[status]!);
        if (found.length === 0)
          r.add(field, `"${status}" has no supporting words: the record's ${reportId} quotes hold no status word`);
        else if (stronger) r.add(field, `"${status}" is stronger than the words allow: the quotes say ${list(found)}`);
        else r.add(field, `"${status}" has no supporting words: the quotes say ${list(found)}`);
      } else if (ev.ceiling && exceedsCeiling(status, ev.ceiling.ceiling)) {
        r.add(
          field,
          `"${status}" is stronger than the words allow: the ${report.src.year + 1} plan says "${ev.ceiling.text}", so it is at most ${ev.ceiling.ceiling} at the end of ${report.src.year}`,
        );
      }
    }
    // Rule 3: every year is spoken of in its part, by a quote naming the project.
    rec.src.years.forEach((year, i) => {
      const own = rec.quotes.filter((q) => q.part === String(year));
      if (own.length === 0)
        r.add(`years[${i}]`, `no quote from the ${year} part of the report; drop the year or quote that part`);
      else if (!own.some((q) => namesProject(q, names)))
        r.add(`years[${i}]`, `no quote from the ${year} part names the project (${names.slice(0, 3).join(', ')} …)`);
    });
    // Rule 5: every bureau has a quote of its own section naming the project.
    rec.src.bureaus.forEach((bureau, i) => {
      const own = rec.quotes.filter((q) => q.section === bureau);
      if (own.length === 0) r.add(`bureaus[${i}]`, `no quote from the ${bureau} section`);
      else if (!own.some((q) => namesProject(q, names)))
        r.add(`bureaus[${i}]`, `no quote from the ${bureau} section names the project`);
    });
    for (const p of rec.places) {
      const list = byPlace.get(p.place.id) ?? [];
      list.push(rec);
      byPlace.set(p.place.id, list);
    }
  }
  // Rule 4: one place, one phase (records with a statusNote explain themselves).
  const seen = new Set<string>();
  for (const [placeId, recs] of byPlace) {
    recs.forEach((b, j) => {
      for (const a of recs.slice(0, j)) {
        const key = `${a.src.id} ${b.src.id}`;
        if (seen.has(key) || a.src.statusNote || b.src.statusNote) continue;
        for (const [reportId, sb] of Object.entries(b.src.status)) {
          const sa = a.src.status[reportId] as Status | undefined;
          // Only the phase of the year's work can contradict: a plan names the next project on a place.
          if (!sa || sa === sb || !WORK_PHASES.has(sa) || !WORK_PHASES.has(sb)) continue;
          seen.add(key);
          issues.push({
            file: b.file,
            subject: { kind: 'record', id: b.src.id },
            field: `status.${reportId}`,
            message: `"${sb}" contradicts record "${a.src.id}" (${a.file}), "${sa}" on the same place "${placeId}"; align them or add a statusNote`,
          });
        }
      }
    });
  }
  return issues;
}
