import { z } from 'zod';
import { inOrder, isCalendarDate } from './calendar.ts';

/** A calendar date as written in open data: `YYYY-MM-DD`, a day that exists. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '应为 YYYY-MM-DD 格式的日期')
  .refine(isCalendarDate, '日历上没有这一天');

/** A date or a bare year, for milestones whose text names only a year (到2025年). */
export const dateOrYear = z
  .string()
  .regex(/^\d{4}(-\d{2}-\d{2})?$/, '应为 YYYY 或 YYYY-MM-DD')
  .refine((v) => v.length === 4 || isCalendarDate(v), '日历上没有这一天');

/** Offsets of a fact in the decoded source text: `quote` is `source.slice(start, end)`. */
export const spanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
export type Span = z.output<typeof spanSchema>;

/** Where a fact came from: every extracted record carries these. */
export const provenance = {
  /** Anchor id of the clause on its document page (`#c2-3-7`). */
  clause: z.string().min(1),
  /** 1-based line in the source file where `quote` starts. */
  line: z.number().int().positive(),
  /** An exact substring of the decoded source text, starting on `line`. */
  quote: z.string().min(1),
  /** Where `quote` stands in the decoded source: the page marks the fact by it, never by searching. */
  span: spanSchema,
  /** Page of the published PDF the quote starts on (PDF sources only). */
  page: z.number().int().positive().optional(),
};

/** A plan period in years: start (or null when open) not after end. */
export const period = z
  .object({ start: z.number().int().nullable(), end: z.number().int() })
  .refine((p) => inOrder(p.start, p.end), '规划期的起始年晚于结束年');
