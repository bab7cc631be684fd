import { z } from 'zod';

/** A calendar date as written in open data: `YYYY-MM-DD`. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** A date or a bare year, for milestones whose text names only a year (到2025年). */
export const dateOrYear = z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/, 'expected YYYY or YYYY-MM-DD');

/** Where a fact came from: every extracted record carries these three. */
export const provenance = {
  /** Anchor id of the clause on its document page (`#c2-3-7`). */
  clause: z.string().min(1),
  /** 1-based line in the source file where `quote` starts. */
  line: z.number().int().positive(),
  /** An exact substring of the decoded source text, starting on `line`. */
  quote: z.string().min(1),
};
