import type { Node, Parent } from 'unist';
import type { NumberingStyle } from './numbering.ts';
import type { ClauseKind } from '../../src/schema/index.ts';

/**
 * The document tree. A block's `text` is its own text (marker excluded) with
 * line breaks inside a sentence removed; `offsets[i]` is the source offset of
 * `text[i]`, so any piece of it can be quoted exactly from the source.
 */
export interface Block extends Parent {
  type: 'block';
  kind: ClauseKind | 'blank';
  children: Block[];
  text: string;
  offsets: number[];
  marker: string | null;
  style: NumberingStyle | null;
  ordinal: number | null;
  rows?: string[][];
  /** First and last source line. */
  line: number;
  endLine: number;
  /** Source lines the block covers, for the character accounting. */
  lines: number[];
  /** Set by the anchors transformer. */
  id?: string;
  heading?: string | null;
}

export interface Root extends Parent {
  type: 'root';
  children: Block[];
}

export function isBlock(node: Node): node is Block {
  return node.type === 'block';
}

/** Every block in reading order, depth first. */
export function* walk(blocks: Block[]): Generator<Block> {
  for (const block of blocks) {
    yield block;
    yield* walk(block.children);
  }
}
