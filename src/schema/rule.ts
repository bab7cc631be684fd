import { z } from 'zod';
import { isoDate, spanSchema } from './common.ts';

export const criterionKind = z.enum(['required', 'disqualifier', 'quota', 'deadline', 'acceptance', 'support']);

/** Numbers an acceptance calculator needs, read from the rule's text. */
export const acceptanceParams = z.object({
  /** Every binding (约束) indicator must be met. */
  allBinding: z.boolean(),
  /** Share of reference (参考) indicators to meet, in percent (70), or null. */
  referencePercent: z.number().nullable(),
  /** Least count of reference indicators for this applicant type (10), or null. */
  referenceMin: z.number().int().nullable(),
});

export const criterionSchema = z.object({
  /** `<rule id>/<kind>-<n>`. */
  id: z.string(),
  kind: criterionKind,
  /** Plain-language text of the criterion. */
  text: z.string().min(1),
  /** Clause anchor. */
  clause: z.string(),
  line: z.number().int().positive(),
  /** Exact substring of the source. */
  quote: z.string().min(1),
  span: spanSchema,
  page: z.number().int().positive().optional(),
  /** For quotas: the most applications (1 个). */
  quota: z.object({ max: z.number(), unit: z.string(), per: z.string().nullable() }).nullable(),
  /** For deadlines: the last day. */
  date: isoDate.nullable(),
  /** For acceptance rules: the numbers to check. */
  acceptance: acceptanceParams.nullable(),
});

/** An eligibility or acceptance rule set for one applicant type. */
export const ruleSetSchema = z.object({
  id: z.string(),
  document: z.string(),
  /** What is applied for (近零碳园区, 碳达峰试点园区). */
  applicantType: z.string(),
  /** Who applies (园区管委会), or null. */
  applicant: z.string().nullable(),
  /** What may apply (省级及以上园区…), or null. */
  scope: z.string().nullable(),
  /** Clause where the applicant type is defined. */
  clause: z.string(),
  line: z.number().int().positive(),
  quote: z.string(),
  span: spanSchema,
  page: z.number().int().positive().optional(),
  criteria: z.array(criterionSchema),
});

export type RuleSet = z.output<typeof ruleSetSchema>;
export type Criterion = z.output<typeof criterionSchema>;
export type CriterionKind = z.output<typeof criterionKind>;
export type AcceptanceParams = z.output<typeof acceptanceParams>;
