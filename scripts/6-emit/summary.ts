import type { Extraction } from '../extract-all.ts';
import type { Milestone } from '../../src/schema/index.ts';

/** The document's own dates (issued, published): on the timeline, but not counted as its time points. */
const ownDates = new Set<Milestone['kind']>(['issued', 'published']);

/**
 * Milestones as the site counts them: a document card's "N 个时间节点" are the deadlines, periods,
 * target years and durations the text sets; the document's dates of issue and publication are
 * milestones too (the timeline shows them) but not counted there. Said in one line so the two
 * numbers never look like a disagreement.
 */
export function milestoneCount(milestones: readonly Pick<Milestone, 'kind'>[]): string {
  const own = milestones.filter((m) => ownDates.has(m.kind)).length;
  return `${milestones.length - own} time points (+${own} dates of issue/publication)`;
}

/** The per-document report: counts, the accounting line, findings. */
export function summaryLines(extraction: Extraction, verbose: boolean): string[] {
  const out: string[] = [];
  const { content } = extraction;
  for (const r of extraction.results) {
    const d = r.document;
    const count = <T extends { document: string }>(list: T[]) => list.filter((x) => x.document === d.id).length;
    const tasks = content.tasks.filter((t) => t.document === d.id);
    const kinds = ['numbered', 'annex', 'statement'].map((k) => `${tasks.filter((t) => t.kind === k).length} ${k}`).join(', ');
    const departments = content.departments.filter((x) => x.documents.includes(d.id)).length;
    out.push(
      `${d.sourceFile} (${d.encoding}): ${d.clauses.length} clauses, ${tasks.length} tasks (${kinds}), ${departments} departments, ` +
        `${count(content.targets)} targets, ${count(content.baselines)} baselines, ${milestoneCount(content.milestones.filter((m) => m.document === d.id))}, ` +
        `${count(content.rules)} rule sets`,
    );
    out.push(`  characters: source ${d.accounting.source} = kept ${d.accounting.kept} + removed ${d.accounting.removed}` + (d.removed.length ? ` (${[...new Set(d.removed.map((x) => x.rule))].join(', ')})` : ''));
    for (const f of d.findings) out.push(`  ${d.sourceFile}:${f.line}: 警告 [${f.rule}] ${f.message}`);
    if (verbose) for (const x of d.removed) out.push(`  removed [${x.rule}] lines ${x.line}-${x.endLine}: ${JSON.stringify(x.text.slice(0, 80))}`);
  }
  return out;
}
