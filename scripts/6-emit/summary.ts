import type { Extraction } from '../extract-all.ts';
import { formatFinding } from '../lib/diagnostics.ts';
import { say } from '../lib/messages.ts';
import type { Milestone } from '../../src/schema/index.ts';

/** The document's own dates (issued, published): on the timeline, but not counted as its time points. */
const ownDates = new Set<Milestone['kind']>(['issued', 'published']);

/**
 * Milestones as the site counts them: a document card's "N 个时间节点" are the deadlines, periods,
 * target years and durations the text sets; the document's dates of issue and publication are
 * milestones too (the timeline shows them) but not counted there. Both numbers are printed, so
 * the summary and the site never look like they disagree.
 */
export function milestoneCount(milestones: readonly Pick<Milestone, 'kind'>[]): {
  timePoints: number;
  ownDates: number;
} {
  const own = milestones.filter((m) => ownDates.has(m.kind)).length;
  return { timePoints: milestones.length - own, ownDates: own };
}

/** The per-document report: counts, the accounting line, findings (in Chinese, from the messages table). */
export function summaryLines(extraction: Extraction, verbose: boolean): string[] {
  const out: string[] = [];
  const { content } = extraction;
  for (const r of extraction.results) {
    const d = r.document;
    const count = <T extends { document: string }>(list: T[]) => list.filter((x) => x.document === d.id).length;
    const tasks = content.tasks.filter((t) => t.document === d.id);
    const ofKind = (k: string) => tasks.filter((t) => t.kind === k).length;
    out.push(
      say('summary:document', {
        file: d.sourceFile,
        encoding: d.encoding,
        clauses: d.clauses.length,
        tasks: tasks.length,
        numbered: ofKind('numbered'),
        annex: ofKind('annex'),
        statement: ofKind('statement'),
        departments: content.departments.filter((x) => x.documents.includes(d.id)).length,
        targets: count(content.targets),
        baselines: count(content.baselines),
        ...milestoneCount(content.milestones.filter((m) => m.document === d.id)),
        ruleSets: count(content.rules),
      }),
    );
    const rules = [...new Set(d.removed.map((x) => x.rule))].join(', ');
    out.push(`  ${say('summary:accounting', d.accounting.source, d.accounting.kept, d.accounting.removed, rules)}`);
    for (const f of d.findings) out.push(`  ${formatFinding(d.sourceFile, f)}`);
    if (verbose)
      for (const x of d.removed)
        out.push(`  ${say('summary:removed', x.rule, x.line, x.endLine, JSON.stringify(x.text.slice(0, 80)))}`);
  }
  return out;
}
