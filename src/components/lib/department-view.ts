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

/**
 * The same three lists for every department at once, in one pass over the tasks: what the pages
 * read, so a site of thousands of departments never scans all tasks once per department. Each
 * list keeps the tasks' order, and a task appears in a list once however often it names the body.
 */
export function tasksByDepartment(tasks: readonly Task[]): Map<string, DepartmentTasks> {
  const index = new Map<string, DepartmentTasks>();
  const entry = (id: string) => {
    let lists = index.get(id);
    if (!lists) index.set(id, (lists = { leads: [], partners: [], responsible: [] }));
    return lists;
  };
  for (const task of tasks) {
    const partners = new Set(task.partners);
    const responsible = new Set(task.responsible);
    for (const i of task.inherited) if (i.department) (i.role === 'partner' ? partners : responsible).add(i.department);
    for (const id of new Set(task.leads)) entry(id).leads.push(task);
    for (const id of partners) entry(id).partners.push(task);
    for (const id of responsible) entry(id).responsible.push(task);
  }
  return index;
}

/** Departments grouped by region, regions and names in Chinese collation; no region last. */
export function byRegion(departments: readonly Department[]): Array<[string | null, Department[]]> {
  const groups = groupBy(departments, (d) => d.region);
  const collator = new Intl.Collator('zh-CN');
  return [...groups]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : collator.compare(a, b)))
    .map(([region, list]) => [region, [...list].sort((x, y) => collator.compare(x.name, y.name))]);
}

/** Tasks grouped by document, documents by their rank (place in the site's order; unknown last). */
export function byDocument(tasks: readonly Task[], rank: ReadonlyMap<string, number>): Array<[string, Task[]]> {
  const groups = groupBy(tasks, (t) => t.document);
  const at = (id: string) => rank.get(id) ?? rank.size;
  return [...groups].sort(([a], [b]) => at(a) - at(b));
}
