import type { Baseline, Clause, Milestone, PolicyDocument, Target, Task } from '../../schema/index.ts';
import { documentPage } from '../../ui/strings.ts';
import { groupBy } from './group.ts';
import type { MarkSpec } from './marks.ts';
import { href, paths } from './url.ts';
import { splitHeading } from './clause.ts';
import { reference } from './plain-text.ts';

/** Highlights for every clause of one document, keyed by clause id, placed by each record's span. */
export function marksByClause(
  targets: readonly Target[],
  baselines: readonly Baseline[],
  milestones: readonly Milestone[],
  /** Where a target (or baseline) and a milestone are shown, when the lists are split over pages. */
  at: { target: (id: string) => string; milestone: (id: string) => string } = {
    target: paths.target,
    milestone: paths.milestone,
  },
): Map<string, MarkSpec[]> {
  const specs: Array<{ clause: string; spec: MarkSpec }> = [
    ...targets.map((t) => ({
      clause: t.clause,
      spec: {
        kind: 'target',
        span: t.span,
        href: href(at.target(t.id)),
        title: documentPage.targetMark(t.metric),
      } as const,
    })),
    ...baselines.map((b) => ({
      clause: b.clause,
      spec: {
        kind: 'baseline',
        span: b.span,
        href: href(at.target(b.id)),
        title: documentPage.baselineMark(b.metric),
      } as const,
    })),
    ...milestones.map((m) => ({
      clause: m.clause,
      spec: {
        kind: 'date',
        span: m.span,
        href: href(at.milestone(m.id)),
        title: documentPage.dateMark(m.label),
      } as const,
    })),
  ];
  const grouped = groupBy(specs, (s) => s.clause);
  return new Map([...grouped].map(([clause, list]) => [clause, list.map((s) => s.spec)]));
}

/** Table of contents: the top two outline levels that have a heading. */
export function tocHeadings(doc: PolicyDocument): Array<{ depth: number; slug: string; text: string }> {
  return doc.clauses
    .filter((c: Clause) => c.kind === 'numbered' && c.depth <= 1 && c.heading && splitHeading(c))
    .map((c) => ({ depth: c.depth + 2, slug: c.id, text: reference(`${c.marker?.trim() ?? ''}${c.heading}`) }));
}

/** Tasks keyed by the clause they sit in (annex rows share their table's clause). */
export function tasksByClause(tasks: readonly Task[]): Map<string, Task[]> {
  return groupBy(tasks, (t) => t.clause);
}

/** Deadlines, periods and target years a document states (its own dates excluded). */
export function scheduleOf(milestones: readonly Milestone[]): Milestone[] {
  return milestones.filter((m) => m.kind !== 'issued' && m.kind !== 'published');
}

export type Block = { kind: 'front'; clauses: Clause[] } | { kind: 'clause'; clause: Clause };

/** Runs of title-block clauses are set together as one block; every other clause stands alone. */
export function blocksOf(clauses: readonly Clause[]): Block[] {
  const blocks: Block[] = [];
  for (const clause of clauses) {
    const last = blocks.at(-1);
    if (clause.kind === 'front' && last?.kind === 'front') last.clauses.push(clause);
    else if (clause.kind === 'front') blocks.push({ kind: 'front', clauses: [clause] });
    else blocks.push({ kind: 'clause', clause });
  }
  return blocks;
}
