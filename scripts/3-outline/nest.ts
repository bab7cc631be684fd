import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { forMatching } from '../lib/text.ts';
import type { Block, Root } from './tree.ts';
import { say } from '../lib/messages.ts';

interface Frame {
  style: string;
  block: Block;
}

/**
 * Transformer: the flat list of blocks becomes the outline. Numbering levels
 * are learnt from the document itself: a marker style seen before closes the
 * levels opened since; a new style opens a level inside the current one. So
 * 一、/（一）/1./（1） nest in whatever order a document uses them, and
 * numbering that restarts in each section restarts under its own parent.
 */
export const nest: Plugin<[], Root> = () => (tree, file: VFile) => {
  const roots: Block[] = [];
  const stack: Frame[] = [];
  const attach = (block: Block) => (stack.length ? stack.at(-1)!.block.children.push(block) : roots.push(block));

  for (const block of tree.children) {
    if (block.kind === 'front' || (block.kind === 'blank' && stack.length === 0)) {
      roots.push(block);
      continue;
    }
    if (block.kind === 'numbered' && block.style) {
      if (block.style === 'annex') stack.length = 0;
      const at = stack.findIndex((f) => f.style === block.style);
      if (at >= 0) {
        const sibling = stack[at]!.block;
        if (
          block.ordinal !== null &&
          sibling.ordinal !== null &&
          block.ordinal !== sibling.ordinal + 1 &&
          block.style !== 'annex'
        ) {
          const expected = sibling.ordinal + 1;
          file.message(
            say('outline:numbering-gap', sibling.marker!, block.marker!, expected),
            { line: block.line, column: 1 },
            'outline:numbering-gap',
          );
        }
        stack.length = at;
      } else if (stack.some((f) => f.style === 'box') && /^专栏结束/.test(forMatching(block.text))) {
        stack.length = stack.findIndex((f) => f.style === 'box');
      }
      attach(block);
      stack.push({ style: block.style, block });
      continue;
    }
    if (block.kind === 'box') {
      const open = stack.findIndex((f) => f.style === 'box');
      if (open >= 0) stack.length = open;
      attach(block);
      stack.push({ style: 'box', block });
      continue;
    }
    attach(block);
  }
  tree.children = roots;
};
