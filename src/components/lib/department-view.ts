import type { Department, Task } from '../../schema/index.ts';
import { groupBy } from './group.ts';

export type Role = 'leads' | 'partners' | 'responsible';

export interface DepartmentTasks {
  leads: Task[];
  partners: Task[];
  responsible: Task[];
}

/**
 * The tasks a department leads, supports and is responsible for, read from the task records
 * themselves (data/tasks.json), so the page lists exactly what the open data says: a task that
 * names a body both as lead and as partner appears under both. A duty inherited from a
 * "以下…不再列出" clause counts with its declared role when it names this department.
 */
export function tasksOfDepartment(id: string, tasks: readonly Task[]): DepartmentTasks {
  const inheritedAs = (t: Task, role: 'partner' | 'responsible') =>
    t.inherited.some((i) => i.department === id && i.role === role);
  return {
    leads: tasks.filter((t) => t.leads.includes(id)),
    partners: tasks.filter((t) => t.partners.includes(id) || inheritedAs(t, 'partner')),
    responsible: tasks.filter((t) => t.responsible.includes(id) || inheritedAs(t, 'responsible')),
  };
}

/** Departments grouped by region, regions and names in Chinese collation; no region last. */
export function byRegion(departments: readonly Department[]): Array<[string | null, Department[]]> {
  const groups = groupBy(departments, (d) => d.region);
  const collator = new Intl.Collator('zh-CN');
  return [...groups]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : collator.compare(a, b)))
    .map(([region, list]) => [region, [...list].sort((x, y) => collator.compare(x.name, y.name))]);
}

/** Tasks grouped by document, in the order the documents are given. */
export function byDocument(tasks: readonly Task[], documentOrder: readonly string[]): Array<[string, Task[]]> {
  const groups = groupBy(tasks, (t) => t.document);
  const rank = (id: string) => {
    const at = documentOrder.indexOf(id);
    return at === -1 ? documentOrder.length : at;
  };
  return [...groups].sort(([a], [b]) => rank(a) - rank(b));
}
