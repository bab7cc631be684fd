import type { Finding } from '../lib/errors.ts';
import type { RegionLevel } from '../4-meta/region.ts';
import type { Block } from '../3-outline/tree.ts';

/** What every extractor may read about the document it works on. */
export interface DocumentContext {
  id: string;
  source: string;
  region: string | null;
  level: RegionLevel | null;
  /** Year of issue (or publication), for "目前" and for dates written without a year. */
  year: number | null;
  period: { start: number | null; end: number } | null;
  /** Every clause block in reading order (front included). */
  blocks: Block[];
  /** The top-level blocks, in order. */
  topLevel: Block[];
  /** The enclosing clauses of a block, outermost first. */
  ancestors: (block: Block) => Block[];
  /** Exact source quote of `block.text[from, to)` and the line it starts on. */
  cite: (block: Block, from: number, to: number) => { clause: string; line: number; quote: string };
  report: (finding: Finding) => void;
}

/** Builds the line lookup and the ancestor map once per document. */
export function makeContext(base: Omit<DocumentContext, 'ancestors' | 'cite' | 'topLevel'>, lineStarts: number[], parents: Map<Block, Block | null>): DocumentContext {
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  return {
    ...base,
    topLevel: base.blocks.filter((b) => !parents.get(b)),
    ancestors(block) {
      const chain: Block[] = [];
      for (let p = parents.get(block) ?? null; p; p = parents.get(p) ?? null) chain.unshift(p);
      return chain;
    },
    cite(block, from, to) {
      const start = block.offsets[from] ?? block.offsets[0] ?? 0;
      const last = block.offsets[Math.max(from, to - 1)] ?? start;
      return { clause: block.id!, line: lineOf(start), quote: base.source.slice(start, last + 1) };
    },
  };
}
