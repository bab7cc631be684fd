import type { VFile } from 'vfile';
import type { Span } from '../../src/schema/index.ts';
import { report } from '../lib/diagnostics.ts';
import type { ArgsOf, RuleId } from '../lib/messages.ts';
import type { Positions } from '../lib/positions.ts';
import type { RegionLevel } from '../4-meta/region.ts';
import type { Block } from '../3-outline/tree.ts';

/** Where a fact stands: its clause, the line its quote starts on, the exact quote and its offsets. */
export interface Cited {
  clause: string;
  line: number;
  quote: string;
  span: Span;
}

/** What every extract pass may read about the document it works on. */
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
  /** The quote of `block.text[from, to)`, exact from the source, with its line and offsets. */
  cite: (block: Block, from: number, to: number) => Cited;
  /** A stable id: document, clause anchor, kind and ordinal within that clause (`x/c3-2/target-1`). */
  idFor: (clause: string, kind: string) => string;
  /** A finding on a line of the document's file, its text from the messages table. */
  report: <R extends RuleId>(line: number, rule: R, ...args: ArgsOf<R>) => void;
}

/** Builds the ancestor map, the citation and the id counters once per document. */
export function makeContext(
  base: Omit<DocumentContext, 'ancestors' | 'cite' | 'topLevel' | 'idFor' | 'report'>,
  at: Positions,
  parents: Map<Block, Block | null>,
  file: VFile,
): DocumentContext {
  const ordinals = new Map<string, number>();
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
      const end = (block.offsets[Math.max(from, to - 1)] ?? start) + 1;
      return { clause: block.id!, line: at.lineOf(start), quote: base.source.slice(start, end), span: { start, end } };
    },
    idFor(clause, kind) {
      const key = `${clause}/${kind}`;
      const n = (ordinals.get(key) ?? 0) + 1;
      ordinals.set(key, n);
      return `${base.id}/${clause}/${kind}-${n}`;
    },
    report(line, rule, ...args) {
      report(file, line, rule, ...args);
    },
  };
}
