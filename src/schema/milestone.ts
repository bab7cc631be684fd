import { z } from 'zod';
import { inOrder } from './calendar.ts';
import { dateOrYear, provenance } from './common.ts';

export const milestoneKind = z.enum([
  /** A date something is due by (于2025年1月10日前, 至2023年10月31日). */
  'deadline',
  /** A period with a start and an end (2023年11月1日至2025年12月31日, 2026—2030年). */
  'period',
  /** A year by which something is to be reached (到2025年). */
  'target-year',
  /** A length of time without dates (公示期为5个工作日). */
  'duration',
  /** The document's own date of issue. */
  'issued',
  /** The document's own date of publication. */
  'published',
]);

export const milestoneSchema = z
  .object({
    id: z.string(),
    document: z.string(),
    kind: milestoneKind,
    /** What happens, in a few words. */
    label: z.string().min(1),
    start: dateOrYear.nullable(),
    end: dateOrYear.nullable(),
    /** For durations: amount and unit (5, 工作日). */
    duration: z.object({ value: z.number(), unit: z.string() }).nullable(),
    ...provenance,
  })
  .refine((m) => inOrder(m.start, m.end), { message: '时间段的开始晚于结束', path: ['start'] });

export type Milestone = z.output<typeof milestoneSchema>;
