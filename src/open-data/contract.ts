/**
 * The published contract of /data/ (DESIGN.md section 4) as zod schemas: what each record of each
 * file holds, contract fields first, extra fields after. The endpoints validate every record they
 * write against it, the 开放数据 page lists its fields, and the tests read the published files
 * with it, so the three can never describe different files.
 */
import { z } from 'zod';
import { comparator, criterionKind, milestoneKind, sourceFormat, taskKind } from '../schema/index.ts';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const dateOrYear = z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/);
const ids = z.array(z.string());
const provenance = { clause: z.string(), line: z.number().int().positive(), quote: z.string() };

export const documentRecordSchema = z.object({
  id: z.string(),
  title: z.string(),
  issuer: z.array(z.string()),
  docNumber: z.string().nullable(),
  region: z.string().nullable(),
  issued: date.nullable(),
  published: date.nullable(),
  url: z.string(),
  sourceUrl: z.string().nullable(),
  period: z.object({ start: z.number().int().nullable(), end: z.number().int() }).nullable(),
  clauses: z.number().int(),
  format: sourceFormat,
  original: z.string().nullable(),
});

export const taskRecordSchema = z.object({
  id: z.string(),
  document: z.string(),
  number: z.string(),
  title: z.string(),
  leads: ids,
  partners: ids,
  responsible: ids,
  generic: z.array(z.string()),
  text: z.string(),
  ...provenance,
  url: z.string(),
  kind: taskKind,
  category: z.string().nullable(),
  inherited: z.array(
    z
      .object({ phrase: z.string(), role: z.enum(['partner', 'responsible']), department: z.string().nullable() })
      .loose(),
  ),
  leadNames: z.array(z.string()),
  partnerNames: z.array(z.string()),
  responsibleNames: z.array(z.string()),
});

export const departmentRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  region: z.string().nullable(),
  leads: ids,
  partners: ids,
  url: z.string(),
  responsible: ids,
  documents: ids,
  calendar: z.string(),
});

export const targetRecordSchema = z.object({
  id: z.string(),
  document: z.string(),
  task: z.string().nullable(),
  metric: z.string(),
  comparator,
  value: z.number(),
  unit: z.string().nullable(),
  year: z.number().int().nullable(),
  scope: z.string().nullable(),
  change: z.enum(['decrease', 'increase']).nullable(),
  baseline: z.number().int().nullable(),
  ...provenance,
  valueText: z.string(),
  approximate: z.boolean(),
  cumulative: z.boolean(),
  url: z.string(),
});

export const baselineRecordSchema = z.object({
  id: z.string(),
  document: z.string(),
  metric: z.string(),
  value: z.number(),
  unit: z.string().nullable(),
  year: z.number().int().nullable(),
  ...provenance,
  change: z.enum(['decrease', 'increase']).nullable(),
  valueText: z.string(),
  url: z.string(),
});

export const milestoneRecordSchema = z.object({
  id: z.string(),
  document: z.string(),
  label: z.string(),
  start: dateOrYear.nullable(),
  end: dateOrYear.nullable(),
  ...provenance,
  kind: milestoneKind,
  duration: z.object({ value: z.number(), unit: z.string() }).nullable(),
  url: z.string(),
});

export const ruleRecordSchema = z.object({
  id: z.string(),
  document: z.string(),
  applicantType: z.string(),
  applicant: z.string().nullable(),
  criteria: z.array(
    z.object({
      id: z.string(),
      kind: criterionKind,
      text: z.string(),
      clause: z.string(),
      quote: z.string(),
      line: z.number().int().positive(),
      quota: z.object({ max: z.number(), unit: z.string(), per: z.string().nullable() }).nullable(),
      date: date.nullable(),
      acceptance: z
        .object({
          allBinding: z.boolean(),
          referencePercent: z.number().nullable(),
          referenceMin: z.number().int().nullable(),
        })
        .nullable(),
      url: z.string(),
    }),
  ),
  scope: z.string().nullable(),
  ...provenance,
  url: z.string(),
});

/** One schema per JSON file, by the file's stem. */
export const contract = {
  documents: documentRecordSchema,
  tasks: taskRecordSchema,
  departments: departmentRecordSchema,
  targets: targetRecordSchema,
  baselines: baselineRecordSchema,
  milestones: milestoneRecordSchema,
  rules: ruleRecordSchema,
} as const;

export type Dataset = keyof typeof contract;
export const datasets = Object.keys(contract) as Dataset[];

/** Field names of a dataset's records, in the order they are written. */
export function fieldsOf(dataset: Dataset): string[] {
  return Object.keys(contract[dataset].shape);
}

/** The fields DESIGN.md section 4 fixes for each file: every record carries them. */
export const contractFields: Record<Dataset, readonly string[]> = {
  documents: ['id', 'title', 'issuer', 'docNumber', 'region', 'issued', 'published', 'url'],
  tasks: [
    'id',
    'document',
    'number',
    'title',
    'leads',
    'partners',
    'responsible',
    'generic',
    'text',
    'clause',
    'line',
    'quote',
    'url',
  ],
  departments: ['id', 'name', 'aliases', 'region', 'leads', 'partners', 'url'],
  targets: [
    'id',
    'document',
    'task',
    'metric',
    'comparator',
    'value',
    'unit',
    'year',
    'scope',
    'change',
    'baseline',
    'clause',
    'line',
    'quote',
  ],
  baselines: ['id', 'document', 'metric', 'value', 'unit', 'year', 'clause', 'line', 'quote'],
  milestones: ['id', 'document', 'label', 'start', 'end', 'clause', 'line', 'quote'],
  rules: ['id', 'document', 'applicantType', 'applicant', 'criteria'],
};
