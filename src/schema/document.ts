import { z } from 'zod';
import { isoDate, period } from './common.ts';
import { clauseSchema } from './clause.ts';

/** A span of the source cut as the publishing site's junk, reported so nothing is lost silently. */
export const removedSchema = z.object({
  /** Why it was cut: a rule id such as `site-chrome`, `news-lead-in`, `comments`, `bom`. */
  rule: z.string(),
  /** First and last source line of the span (1-based). */
  line: z.number().int().positive(),
  endLine: z.number().int().positive(),
  /** Characters (code points) removed, line terminators included. */
  chars: z.number().int().min(0),
  /** The removed text, exactly as in the source. */
  text: z.string(),
  /** Page of the published PDF the span was cut from (PDF sources only). */
  page: z.number().int().positive().optional(),
});

/** What a source was published as: plain text, a PDF, a saved web page or a Word file. */
export const sourceFormat = z.enum(['txt', 'pdf', 'html', 'docx']);

/** A non-fatal finding about a source, with its place. */
export const findingSchema = z.object({
  line: z.number().int().positive(),
  rule: z.string(),
  message: z.string(),
});

/** Character accounting: source = kept + removed, always. */
export const accountingSchema = z.object({
  source: z.number().int().min(0),
  kept: z.number().int().min(0),
  removed: z.number().int().min(0),
});

/** A policy document and its whole outline. */
export const documentSchema = z.object({
  /** Slug: the source file name without `.txt`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'slugs use a-z, 0-9 and -'),
  title: z.string().min(1),
  /** Issuing bodies, as written. */
  issuer: z.array(z.string()),
  /** 发文字号 such as 苏委发〔2022〕7号, or null. */
  docNumber: z.string().nullable(),
  /** Region the document governs (江澜市, 北原省), or null. */
  region: z.string().nullable(),
  /** Date of issue (成文日期), or null. */
  issued: isoDate.nullable(),
  /** Date published (发布时间), or null. */
  published: isoDate.nullable(),
  /** Site page of the document, relative to the site root. */
  url: z.string(),
  /** Where the text was collected from (sidecar `source`), or null. */
  sourceUrl: z.string().nullable(),
  /** The source file, relative to the project root. */
  sourceFile: z.string(),
  /** Encoding the source was decoded from (`pdf` and `docx` for those files). */
  encoding: z.string(),
  /** What the source was published as. */
  format: sourceFormat.optional(),
  /**
   * Site path of the published file offered for download (PDF and Word only: a saved web page is never republished).
   */
  original: z.string().nullable().optional(),
  /** Fields a portal printed above the document (索引号, 主题分类 …), label → value as printed. */
  portal: z.record(z.string(), z.string()).optional(),
  /** Plan period, when the text states one (规划期至2025年, 2022—2030年). */
  period: period.nullable(),
  clauses: z.array(clauseSchema),
  removed: z.array(removedSchema),
  findings: z.array(findingSchema),
  accounting: accountingSchema,
});

export type PolicyDocument = z.output<typeof documentSchema>;
export type Removed = z.output<typeof removedSchema>;
export type Finding = z.output<typeof findingSchema>;
export type SourceFormat = z.output<typeof sourceFormat>;
