import { z } from 'zod';

/** What a clause is in the document's outline. */
export const clauseKind = z.enum([
  /** The title block: title, issuer, document number, addressees, signature, dates. */
  'front',
  /** A numbered heading or item (一、 / （一） / 1. / （1） / 第一条 / ①). */
  'numbered',
  /** An unnumbered paragraph of body text. */
  'paragraph',
  /** A table (pipe- or tab-separated rows). */
  'table',
  /** A boxed 专栏 block. */
  'box',
]);

/** One clause of a document, in reading order; the tree is given by `parent`. */
export const clauseSchema = z.object({
  /** Stable anchor id, derived from the clause's numbering path (`c2-3-7`). */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** Anchor id of the enclosing clause, or null at the top level. */
  parent: z.string().nullable(),
  /** Depth in the outline: 0 for top level. */
  depth: z.number().int().min(0),
  kind: clauseKind,
  /** Numbering marker exactly as printed (`一、`, `（三）`, `7. `), or null. */
  marker: z.string().nullable(),
  /** The ordinal of the marker as a number (三 → 3), or null. */
  ordinal: z.number().int().nullable(),
  /** Numbering family of the marker (`cn`, `cn-paren`, `arabic`, `arabic-paren`, `circled`, `article`). */
  style: z.string().nullable(),
  /** Short heading: the text up to the first 。 of a numbered clause, or null. */
  heading: z.string().nullable(),
  /** The clause's own text (after the marker), source line breaks inside a sentence joined. */
  text: z.string(),
  /** Table rows, for `table` clauses: cells as written. */
  rows: z.array(z.array(z.string())).optional(),
  /** First and last source line (1-based). */
  line: z.number().int().positive(),
  endLine: z.number().int().positive(),
  /** Page of the published PDF the clause starts on (PDF sources only). */
  page: z.number().int().positive().optional(),
  /**
   * Where the text stands in the source, as runs `[text offset, source offset, length]`: the page
   * finds a fact's span (source offsets) in the clause text through them, without searching.
   */
  segments: z.array(z.tuple([z.number().int().min(0), z.number().int().min(0), z.number().int().min(0)])),
});

export type Clause = z.output<typeof clauseSchema>;
export type ClauseKind = z.output<typeof clauseKind>;
