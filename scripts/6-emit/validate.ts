import type { z } from 'zod';
import {
  baselineSchema,
  departmentSchema,
  describeZodError,
  documentSchema,
  milestoneSchema,
  ruleSetSchema,
  targetSchema,
  taskSchema,
} from '../../src/schema/index.ts';
import type { Content } from './content-files.ts';
import { matchesOf } from '../lib/matches.ts';

/** A record that fails its schema or points at nothing: what, where, why. */
export interface Problem {
  document: string;
  line: number;
  message: string;
}

function check<T>(
  schema: z.ZodType<T>,
  records: Array<T & { id: string }>,
  what: string,
  docOf: (r: T) => string,
  lineOf: (r: T) => number,
  problems: Problem[],
) {
  for (const r of records) {
    const result = schema.safeParse(r);
    if (!result.success)
      problems.push({
        document: docOf(r),
        line: lineOf(r),
        message: describeZodError(result.error, `${what} ${r.id}`),
      });
  }
}

/**
 * Every record through its zod schema, then the cross-references: each id
 * resolves, each quote is an exact substring of its source starting on its line.
 */
export function validate(content: Content, sources: Map<string, string>): Problem[] {
  const problems: Problem[] = [];
  const line1 = () => 1;
  check(documentSchema, content.documents, 'document', (d) => d.id, line1, problems);
  check(
    taskSchema,
    content.tasks,
    'task',
    (t) => t.document,
    (t) => t.line,
    problems,
  );
  check(departmentSchema, content.departments, 'department', (d) => d.documents[0] ?? '', line1, problems);
  check(
    targetSchema,
    content.targets,
    'target',
    (t) => t.document,
    (t) => t.line,
    problems,
  );
  check(
    baselineSchema,
    content.baselines,
    'baseline',
    (t) => t.document,
    (t) => t.line,
    problems,
  );
  check(
    milestoneSchema,
    content.milestones,
    'milestone',
    (t) => t.document,
    (t) => t.line,
    problems,
  );
  check(
    ruleSetSchema,
    content.rules,
    'rule set',
    (t) => t.document,
    (t) => t.line,
    problems,
  );

  const docs = new Map(content.documents.map((d) => [d.id, d]));
  const departments = new Set(content.departments.map((d) => d.id));
  const tasks = new Set(content.tasks.map((t) => t.id));
  const ids = new Map<string, string>();
  const all = [...content.tasks, ...content.targets, ...content.baselines, ...content.milestones, ...content.rules];
  for (const r of all) {
    if (ids.has(r.id))
      problems.push({ document: r.document, line: 1, message: `id ${r.id} is used twice (also in ${ids.get(r.id)})` });
    ids.set(r.id, r.document);
  }

  const cited: Array<{ document: string; clause: string; line: number; quote: string; what: string }> = [
    ...content.tasks.map((t) => ({ ...t, what: `task ${t.id}` })),
    ...content.targets.map((t) => ({ ...t, what: `target ${t.id}` })),
    ...content.baselines.map((t) => ({ ...t, what: `baseline ${t.id}` })),
    ...content.milestones.map((t) => ({ ...t, what: `milestone ${t.id}` })),
    ...content.rules.flatMap((r) => [
      { ...r, what: `rule set ${r.id}` },
      ...r.criteria.map((c) => ({ ...c, document: r.document, what: `criterion ${c.id}` })),
    ]),
  ];
  const starts = new Map<string, number[]>();
  const clauseIds = new Map<string, Set<string>>();
  const lineStart = (doc: string, n: number) => {
    let list = starts.get(doc);
    if (!list) {
      list = [0];
      const text = sources.get(doc) ?? '';
      for (const m of matchesOf(/\r\n|\r|\n/g, text)) list.push(m.index + m[0].length);
      starts.set(doc, list);
    }
    return list[n - 1] ?? (sources.get(doc) ?? '').length;
  };
  for (const c of cited) {
    const doc = docs.get(c.document);
    const source = sources.get(c.document);
    if (!doc || source === undefined) {
      problems.push({ document: c.document, line: c.line, message: `${c.what} names an unknown document` });
      continue;
    }
    let ids = clauseIds.get(c.document);
    if (!ids) clauseIds.set(c.document, (ids = new Set(doc.clauses.map((cl) => cl.id))));
    if (!ids.has(c.clause))
      problems.push({
        document: c.document,
        line: c.line,
        message: `${c.what} cites clause #${c.clause}, which the document does not have`,
      });
    const from = lineStart(c.document, c.line);
    const to = lineStart(c.document, c.line + 1);
    const at = source.indexOf(c.quote, from);
    if (at < 0 || (to > from && at >= to))
      problems.push({
        document: c.document,
        line: c.line,
        message: `${c.what}: quote "${c.quote.slice(0, 20)}…" does not start on line ${c.line}`,
      });
  }
  for (const t of content.tasks) {
    for (const d of [...t.leads, ...t.partners, ...t.responsible])
      if (!departments.has(d))
        problems.push({ document: t.document, line: t.line, message: `task ${t.id} names unknown department ${d}` });
  }
  for (const t of content.targets)
    if (t.task && !tasks.has(t.task))
      problems.push({ document: t.document, line: t.line, message: `target ${t.id} names unknown task ${t.task}` });
  return problems;
}
