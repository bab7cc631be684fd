import type { Extraction } from '../extract-all.ts';
import { formatFinding } from '../lib/diagnostics.ts';

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
        `${count(content.targets)} targets, ${count(content.baselines)} baselines, ${count(content.milestones)} milestones, ${count(content.rules)} rule sets`,
    );
    out.push(`  characters: source ${d.accounting.source} = kept ${d.accounting.kept} + removed ${d.accounting.removed}` + (d.removed.length ? ` (${[...new Set(d.removed.map((x) => x.rule))].join(', ')})` : ''));
    for (const f of d.findings) out.push(`  ${formatFinding(d.sourceFile, f)}`);
    if (verbose) for (const x of d.removed) out.push(`  removed [${x.rule}] lines ${x.line}-${x.endLine}: ${JSON.stringify(x.text.slice(0, 80))}`);
  }
  return out;
}
