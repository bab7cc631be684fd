import { z } from 'zod';
import { provenance, spanSchema } from './common.ts';

/** How a task was found in the text. */
export const taskKind = z.enum([
  /** A numbered item that names its departments. */
  'numbered',
  /** A row of an annex table of responsibilities (number scheme `附表N`). */
  'annex',
  /** A sentence that assigns a duty: X负责…, X会同Y…, X牵头… (number scheme `职责N`). */
  'statement',
]);

/** A duty that a clause declares for every later task (以下均需…落实，不再列出). */
export const inheritedSchema = z.object({
  /** The phrase as written: 各县区, 各县级市〔区〕人民政府. */
  phrase: z.string(),
  /** Role the inherited body plays: `partner` or `responsible`. */
  role: z.enum(['partner', 'responsible']),
  /** Department id when the phrase names one body, else null (generic). */
  department: z.string().nullable(),
  ...provenance,
});

/** A task or responsibility assignment. */
export const taskSchema = z.object({
  /** `<document>/<clause anchor>` for numbered and statement tasks, `<document>/annex-N` for annex rows. */
  id: z.string(),
  document: z.string(),
  kind: taskKind,
  /** Number as printed ("7"); annex rows `附表N`, statements `职责N`. */
  number: z.string(),
  title: z.string(),
  /** Department ids that lead (牵头). */
  leads: z.array(z.string()),
  /** Department ids that support (配合, 按职责分工负责). */
  partners: z.array(z.string()),
  /** Department ids responsible when no lead is named (责任单位, 负责). */
  responsible: z.array(z.string()),
  /** Generic phrases kept as written (市有关部门, 各县区): not departments. */
  generic: z.array(z.string()),
  /** Duties inherited from an earlier clause's "以下…不再列出". */
  inherited: z.array(inheritedSchema),
  /** Category of an annex row (重点领域专项实施方案), else null. */
  category: z.string().nullable(),
  /** The task's whole text. */
  text: z.string(),
  /** Where the task's text stands in the source, when it is more than its quote (a note quotes only itself). */
  extent: spanSchema.optional(),
  ...provenance,
  /** Site page and anchor, relative to the site root. */
  url: z.string(),
});

export type Task = z.output<typeof taskSchema>;
export type Inherited = z.output<typeof inheritedSchema>;
