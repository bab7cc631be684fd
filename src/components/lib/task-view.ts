/**
 * What a task row shows besides the task record: its stable anchor (#task-7), a citation to copy
 * (文号 + 条款), the deadlines written inside its text, and the year they fall in. Everything is
 * read by position: a deadline belongs to a task when the milestone's span lies in the task's
 * extent (or its clause), never by matching words.
 */
import type { Clause, Milestone, PolicyDocument, Task } from '../../schema/index.ts';
import { chronological, lastDay, sortKey } from './timeline.ts';
import { anchorFor } from './url.ts';

/**
 * The anchor of a task on its document's task page: `task-7` from the number as printed, unique in
 * the document. When numbering restarts (two 1.) or rows are not numbered tasks, the task's own
 * id, which is stable across re-extraction, makes the anchor (`annex1-2-t1-task-3`).
 */
export function taskAnchors(tasks: readonly Task[]): Map<string, string> {
  const numbered = tasks.filter((t) => t.kind === 'numbered');
  const count = new Map<string, number>();
  for (const t of numbered) count.set(t.number, (count.get(t.number) ?? 0) + 1);
  const anchors = new Map<string, string>();
  for (const t of tasks) {
    const plain = t.kind === 'numbered' && count.get(t.number) === 1 && /^[0-9a-z]+$/i.test(t.number);
    anchors.set(t.id, plain ? `task-${t.number}` : anchorFor(t.id.slice(t.document.length + 1)));
  }
  return anchors;
}

/** The numbering path of a clause as printed: 二、(二)7. */
export function clausePath(doc: Pick<PolicyDocument, 'clauses'>, clauseId: string): string {
  const byId = new Map<string, Clause>(doc.clauses.map((c) => [c.id, c]));
  const markers: string[] = [];
  for (let c = byId.get(clauseId); c; c = c.parent ? byId.get(c.parent) : undefined) {
    if (c.marker) markers.unshift(c.marker.trim());
  }
  return markers.join('');
}

/** 文号 + 条款, or the title in 《》 when the document has no number: 苏委发〔2022〕7 号 二、(二)7. */
export function taskCitation(
  doc: Pick<PolicyDocument, 'clauses' | 'docNumber' | 'title'>,
  task: Pick<Task, 'clause' | 'number'>,
): string {
  const where = clausePath(doc, task.clause);
  const source = doc.docNumber ?? `《${doc.title}》`;
  return where ? `${source} ${where}` : source;
}

const dueKinds = new Set<Milestone['kind']>(['deadline', 'target-year', 'period']);

/** Whether a milestone is written inside a task: in its extent when known, else in its clause. */
export function isInside(
  m: Pick<Milestone, 'document' | 'clause' | 'span'>,
  task: Pick<Task, 'document' | 'clause' | 'span' | 'extent'>,
): boolean {
  if (m.document !== task.document) return false;
  const extent = task.extent ?? task.span;
  const within = m.span.start >= extent.start && m.span.end <= extent.end;
  return within || m.clause === task.clause;
}

/** The dated milestones (deadlines, periods, target years) a task's text sets, soonest first. */
export function deadlinesOf(task: Task, milestones: readonly Milestone[]): Milestone[] {
  return chronological(milestones.filter((m) => dueKinds.has(m.kind) && (m.start || m.end) && isInside(m, task)));
}

/** The tasks a milestone is written in. */
export function tasksOf(m: Milestone, tasks: readonly Task[]): Task[] {
  return tasks.filter((t) => isInside(m, t));
}

/** The year a milestone falls due in (its end, else its start). */
export function dueYear(m: Pick<Milestone, 'start' | 'end'>): string | null {
  const key = sortKey(m);
  return key.startsWith('9999') ? null : lastDay(key).slice(0, 4);
}
