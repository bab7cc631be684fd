import { z } from 'zod';
import { provenance } from './common.ts';

export const comparator = z.enum(['>=', '>', '<=', '<', '=']);

/** A quantitative commitment. */
export const targetSchema = z.object({
  id: z.string(),
  document: z.string(),
  /** Id of the task whose clause holds the target, or null. */
  task: z.string().nullable(),
  /** What is measured, as written (林草覆盖率). */
  metric: z.string().min(1),
  comparator,
  value: z.number(),
  /** Unit as written (`%`, `平方米/人`, `万千瓦`, `家`), or null for a bare index. */
  unit: z.string().nullable(),
  /** Year the commitment is due, or null. */
  year: z.number().int().nullable(),
  /** Where it applies (市区, 县城, 中心城区), or null. */
  scope: z.string().nullable(),
  /** The value is a change relative to `baseline`: decrease or increase. */
  change: z.enum(['decrease', 'increase']).nullable(),
  /** Baseline year of a change target (较2020年), or null. */
  baseline: z.number().int().nullable(),
  /** The value exactly as written (68.22%以上). */
  valueText: z.string(),
  /** The text gives the value as approximate (470万千瓦左右): judge it with a tolerance. */
  approximate: z.boolean(),
  /** A running total rather than a level (累计建成150家). */
  cumulative: z.boolean(),
  ...provenance,
});

/** A reported past or current figure: not a commitment. */
export const baselineSchema = z.object({
  id: z.string(),
  document: z.string(),
  metric: z.string().min(1),
  value: z.number(),
  unit: z.string().nullable(),
  /** Year the figure describes (十三五 → 2020, 目前 → year of issue), or null. */
  year: z.number().int().nullable(),
  /** Change relative to an earlier figure (下降23.77%), or null. */
  change: z.enum(['decrease', 'increase']).nullable(),
  valueText: z.string(),
  ...provenance,
});

export type Target = z.output<typeof targetSchema>;
export type Baseline = z.output<typeof baselineSchema>;
export type Comparator = z.output<typeof comparator>;
