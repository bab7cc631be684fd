/**
 * Marks facts (targets, reported figures, dates) in a clause's text by position. Every record
 * carries the span of the source it was read from, and every clause the runs that map its text
 * to source offsets (`segments`), so a fact is placed by arithmetic: nothing is looked for again
 * by its text, and the same number elsewhere in the clause can never be marked by mistake.
 */
import type { Clause, Span } from '../../schema/index.ts';

export type MarkKind = 'target' | 'baseline' | 'date';

export interface MarkSpec {
  kind: MarkKind;
  /** Where the fact stands in the decoded source. */
  span: Span;
  href: string;
  title: string;
}

export interface Segment {
  text: string;
  mark?: MarkSpec;
}

type Runs = Clause['segments'];

/**
 * The clause-text range `[from, to)` a source span covers, or null when it lies outside the
 * clause. A span edge that falls between runs (on a line break the clause text joined away)
 * moves inward to the nearest text.
 */
export function textRange(runs: Runs, span: Span): [number, number] | null {
  let from: number | null = null;
  let to: number | null = null;
  for (const [text, source, length] of runs) {
    const end = source + length;
    if (from === null && span.start < end) from = text + Math.max(0, span.start - source);
    if (span.end > source) to = text + Math.min(length, span.end - source);
  }
  return from !== null && to !== null && to > from ? [from, to] : null;
}

/** Splits the clause text into plain and marked segments; overlapping or unplaceable marks are left out. */
export function segment(clause: Pick<Clause, 'text' | 'segments'>, specs: readonly MarkSpec[]): Segment[] {
  const placed: Array<{ start: number; end: number; spec: MarkSpec }> = [];
  for (const spec of specs) {
    const range = textRange(clause.segments, spec.span);
    if (!range) continue;
    const [start, end] = range;
    // One link cannot hold another: the first fact placed keeps the text (targets come first).
    if (placed.some((p) => start < p.end && p.start < end)) continue;
    placed.push({ start, end: Math.min(end, clause.text.length), spec });
  }
  placed.sort((a, b) => a.start - b.start);
  const text = clause.text;
  const out: Segment[] = [];
  let cursor = 0;
  for (const { start, end, spec } of placed) {
    if (start > cursor) out.push({ text: text.slice(cursor, start) });
    out.push({ text: text.slice(start, end), mark: spec });
    cursor = end;
  }
  if (cursor < text.length) out.push({ text: text.slice(cursor) });
  return out;
}

/** The part of `segments` between two character offsets, cutting segments at the edges. */
export function slice(segments: readonly Segment[], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let offset = 0;
  for (const seg of segments) {
    const start = offset;
    const end = offset + seg.text.length;
    offset = end;
    const a = Math.max(start, from);
    const b = Math.min(end, to);
    if (a >= b) continue;
    out.push({ ...seg, text: seg.text.slice(a - start, b - start) });
  }
  return out;
}
