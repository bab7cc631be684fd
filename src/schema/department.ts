import { z } from 'zod';

/** A department (a public body) in a region; spellings of one body merged as aliases. */
export const departmentSchema = z.object({
  /** Stable, readable id: region and canonical name in pinyin (`jianglanshi-fagaiwei`). */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** The most used spelling. */
  name: z.string(),
  /** Every spelling seen, including `name`. */
  aliases: z.array(z.string()).min(1),
  region: z.string().nullable(),
  /** Task ids this body leads. */
  leads: z.array(z.string()),
  /** Task ids this body supports. */
  partners: z.array(z.string()),
  /** Task ids this body is responsible for without a named lead. */
  responsible: z.array(z.string()),
  /** Documents that name this body. */
  documents: z.array(z.string()),
  url: z.string(),
});

export type Department = z.output<typeof departmentSchema>;
