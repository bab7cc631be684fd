/**
 * How the long views are split into pages, computed once per build from the site's indexes: the
 * task table and the targets by document, the timeline by date, the department index by region,
 * the document list, the self-check index and each kind of body by their own order. Each list
 * holds at most a fixed number of rows a page (`rowsPerPage`), so no page grows with the corpus,
 * and every link to a record (a target, a milestone) goes straight to the page that shows it.
 */
import type { Baseline, Department, Milestone, PolicyDocument, Target, Task } from '../../schema/index.ts';
import { bodyKinds, type BodyKind } from './body-kinds.ts';
import type { SiteData } from './data.ts';
import { byRegion } from './department-view.ts';
import { packGroups, packRows, partOfKey, partPath, rowsOf, type Part } from './parts.ts';
import { chronological } from './timeline.ts';
import { dueYear } from './task-view.ts';
import { paths } from './url.ts';

/**
 * Rows a page holds at most, per view, and what each group on it (a document's rows, a region's
 * departments) costs besides its rows: its heading, its line in the contents (twice: the side list
 * and the phone's) and its filter option. Measured on generated sites: a task row with its
 * citation and departments is about 2 KB, a target or timeline row 1.7 KB, a department 0.3 KB;
 * these keep a full page under about 150 KB of HTML.
 */
export const rowsPerPage = {
  tasks: { rows: 50, group: 4 },
  targets: { rows: 70, group: 3 },
  timeline: { rows: 70, group: 0 },
  departments: { rows: 300, group: 6 },
  documents: { rows: 60, group: 0 },
  kinds: { rows: 200, group: 0 },
  checks: { rows: 200, group: 0 },
} as const;

/** A target or a baseline: the targets page shows both, each document's in one part. */
export type TargetRow = { kind: 'target'; record: Target } | { kind: 'baseline'; record: Baseline };

export interface Splits {
  tasks: Array<Part<Task>>;
  targets: Array<Part<TargetRow>>;
  timeline: Array<Part<Milestone>>;
  departments: Array<Part<Department>>;
  documents: Array<Part<PolicyDocument>>;
  checks: Array<Part<PolicyDocument>>;
  kinds: BodyKind[];
  kindParts: (kind: BodyKind) => Array<Part<Department>>;
  /** The kind of body a department belongs to, and the page of the kind that lists it. */
  kindOf: (department: string) => { kind: BodyKind; part: number } | undefined;
  /** Address of the targets page that shows a document's targets (and baselines). */
  targetsOf: (document: string) => string;
  /** Address of the task table page that shows a document's tasks. */
  tasksOf: (document: string) => string;
  /** Address of the timeline page that shows a milestone. */
  milestonePage: (id: string) => string;
  /** First timeline page of each year that falls due on it, years in order. */
  timelineYears: Array<[string, number]>;
}

const cache = new WeakMap<SiteData, Splits>();

export function splitsOf(data: SiteData): Splits {
  let splits = cache.get(data);
  if (!splits) cache.set(data, (splits = compute(data)));
  return splits;
}

function compute(data: SiteData): Splits {
  const tasks = packGroups(
    data.documents.map((d) => ({ key: d.id, rows: data.tasksByDocument.get(d.id) ?? [] })),
    rowsPerPage.tasks.rows,
    rowsPerPage.tasks.group,
  );
  const targets = packGroups(
    data.documents.map((d) => ({
      key: d.id,
      rows: [
        ...(data.targetsByDocument.get(d.id) ?? []).map((record): TargetRow => ({ kind: 'target', record })),
        ...(data.baselinesByDocument.get(d.id) ?? []).map((record): TargetRow => ({ kind: 'baseline', record })),
      ],
    })),
    rowsPerPage.targets.rows,
    rowsPerPage.targets.group,
  );
  // Dated milestones in date order first, then those without a date, as the timeline reads.
  const dated = chronological(data.milestones.filter((m) => m.start || m.end));
  const undated = data.milestones.filter((m) => !m.start && !m.end);
  const timeline = packRows([...dated, ...undated], rowsPerPage.timeline.rows);
  const departments = packGroups(
    byRegion(data.departments).map(([region, list]) => ({ key: region ?? '', rows: list })),
    rowsPerPage.departments.rows,
    rowsPerPage.departments.group,
  );
  const documents = packRows(data.documents, rowsPerPage.documents.rows);
  const checks = packRows(
    data.documents.filter((d) => data.rulesByDocument.has(d.id) || data.targetsByDocument.has(d.id)),
    rowsPerPage.checks.rows,
  );
  const kinds = bodyKinds(data.departments);
  const kindParts = new Map(kinds.map((k) => [k.slug, packRows(k.departments, rowsPerPage.kinds.rows)]));

  const kindOf = new Map<string, { kind: BodyKind; part: number }>();
  for (const kind of kinds) {
    for (const part of kindParts.get(kind.slug)!)
      for (const d of rowsOf(part)) kindOf.set(d.id, { kind, part: part.number });
  }
  const targetPart = partOfKey(targets);
  const taskPart = partOfKey(tasks);
  const milestonePart = new Map<string, number>();
  const years = new Map<string, number>();
  for (const part of timeline) {
    for (const m of part.groups.flatMap((g) => g.rows)) {
      milestonePart.set(m.id, part.number);
      const year = m.start || m.end ? dueYear(m) : null;
      if (year && !years.has(year)) years.set(year, part.number);
    }
  }
  return {
    tasks,
    targets,
    timeline,
    departments,
    documents,
    checks,
    kinds,
    kindParts: (kind) => kindParts.get(kind.slug) ?? packRows(kind.departments, rowsPerPage.kinds.rows),
    kindOf: (department) => kindOf.get(department),
    targetsOf: (document) => partPath(paths.targets, targetPart.get(document) ?? 1),
    tasksOf: (document) => partPath(paths.tasks, taskPart.get(document) ?? 1),
    milestonePage: (id) => partPath(paths.timeline, milestonePart.get(id) ?? 1),
    timelineYears: [...years].sort(([a], [b]) => a.localeCompare(b)),
  };
}
