import { getCollection } from 'astro:content';
import type {
  Baseline,
  Content,
  Department,
  Milestone,
  PolicyDocument,
  RuleSet,
  Target,
  Task,
} from '../../schema/index.ts';
import { groupBy } from './group.ts';
import { tasksByDepartment, type DepartmentTasks } from './department-view.ts';

/**
 * Everything the pages render, loaded once per build and indexed once for lookups: no page scans
 * all records of a kind, so a page costs the same in a site of five documents or of thousands.
 */
export interface SiteData extends Content {
  documentById: Map<string, PolicyDocument>;
  departmentById: Map<string, Department>;
  /** A document's place in the site's order (newest first). */
  documentRank: Map<string, number>;
  tasksByDocument: Map<string, Task[]>;
  targetsByDocument: Map<string, Target[]>;
  baselinesByDocument: Map<string, Baseline[]>;
  milestonesByDocument: Map<string, Milestone[]>;
  rulesByDocument: Map<string, RuleSet[]>;
  /** The tasks each department leads, supports and is responsible for. */
  tasksOfDepartment: (id: string) => DepartmentTasks;
}

const noTasks: DepartmentTasks = Object.freeze({ leads: [], partners: [], responsible: [] });

/** Newest first; undated documents last, then by title. */
export function byDate(a: PolicyDocument, b: PolicyDocument): number {
  const da = a.issued ?? a.published ?? '';
  const db = b.issued ?? b.published ?? '';
  if (da !== db) return db.localeCompare(da);
  return a.title.localeCompare(b.title, 'zh-CN');
}

/** Records carry their place in content/ (see content.config.ts); restore that order. */
async function inOrder<T>(entries: Promise<Array<{ data: unknown }>>): Promise<T[]> {
  return (await entries)
    .map((entry) => entry.data as T & { _position?: number })
    .sort((a, b) => (a._position ?? 0) - (b._position ?? 0));
}

let cached: Promise<SiteData> | undefined;

async function load(): Promise<SiteData> {
  const [documents, tasks, departments, targets, baselines, milestones, rules] = await Promise.all([
    inOrder<PolicyDocument>(getCollection('documents')),
    inOrder<Task>(getCollection('tasks')),
    inOrder<Department>(getCollection('departments')),
    inOrder<Target>(getCollection('targets')),
    inOrder<Baseline>(getCollection('baselines')),
    inOrder<Milestone>(getCollection('milestones')),
    inOrder<RuleSet>(getCollection('rules')),
  ]);
  documents.sort(byDate);
  const byDepartment = tasksByDepartment(tasks);
  const byDocument = <T extends { document: string }>(list: readonly T[]) => groupBy(list, (r) => r.document);
  return {
    documents,
    tasks,
    departments,
    targets,
    baselines,
    milestones,
    rules,
    documentById: new Map(documents.map((d) => [d.id, d])),
    departmentById: new Map(departments.map((d) => [d.id, d])),
    documentRank: new Map(documents.map((d, i) => [d.id, i])),
    tasksByDocument: byDocument(tasks),
    targetsByDocument: byDocument(targets),
    baselinesByDocument: byDocument(baselines),
    milestonesByDocument: byDocument(milestones),
    rulesByDocument: byDocument(rules),
    tasksOfDepartment: (id) => byDepartment.get(id) ?? noTasks,
  };
}

export function siteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

/** getStaticPaths for pages made once per document (`[slug]`). */
export async function documentPaths(): Promise<Array<{ params: { slug: string } }>> {
  return (await siteData()).documents.map((doc) => ({ params: { slug: doc.id } }));
}
