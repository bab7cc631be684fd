import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { comparator, criterionKind, describeZodError } from '../../src/schema/index.ts';

/**
 * Hand labels for one real document (test/eval/labels/<slug>.json): the facts a person read in
 * it, keyed by lines of its text layer. The format and what counts are described in
 * test/eval/labels/README.md.
 */
const quantity = z.object({ value: z.number(), unit: z.string() });

export const labelSchema = z.object({
  slug: z.string(),
  kind: z.string(),
  layouts: z.array(z.string()).default([]),
  notes: z.array(z.string()).default([]),
  metadata: z.object({
    title: z.string().nullable(),
    docNumber: z.string().nullable(),
    issuer: z.array(z.string()),
    issued: z.string().nullable(),
    region: z.string().nullable(),
  }),
  tasks: z.array(
    z.object({
      line: z.number().int().positive(),
      endLine: z.number().int().positive(),
      number: z.string().nullable(),
      assignments: z.array(z.object({ name: z.string(), role: z.enum(['lead', 'partner', 'responsible']) })),
      generic: z.array(z.string()).default([]),
    }),
  ),
  targets: z.array(
    z.object({
      line: z.number().int().positive(),
      metric: z.string(),
      comparator,
      value: z.number(),
      unit: z.string().nullable(),
      year: z.number().int().nullable(),
      change: z.enum(['decrease', 'increase']).nullable().default(null),
      approximate: z.boolean().default(false),
    }),
  ),
  ruleSets: z.array(z.object({ applicantType: z.string(), applicant: z.string().nullable() })).default([]),
  criteria: z.array(
    z
      .object({
        line: z.number().int().positive(),
        kind: criterionKind,
        threshold: quantity.nullable().optional(),
        amount: quantity.nullable().optional(),
        date: z.string().nullable().optional(),
      })
      .passthrough(),
  ),
  range: z.tuple([z.number().int(), z.number().int()]).nullable().default(null),
  complete: z.object({ tasks: z.boolean(), targets: z.boolean(), criteria: z.boolean(), metadata: z.boolean() }),
});

export type Labels = z.output<typeof labelSchema>;

/** Reads and checks one label file; a wrong field is one sentence naming the file. */
export function readLabels(file: string): Labels {
  const result = labelSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success) throw new Error(describeZodError(result.error, file));
  return result.data;
}
