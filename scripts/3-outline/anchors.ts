import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { forMatching } from '../lib/text.ts';
import type { Block, Root } from './tree.ts';
import { say } from '../lib/messages.ts';

/** The short heading of a clause: its text up to the first 。 when that is short. */
export function headingOf(block: Block): string | null {
  if (block.kind !== 'numbered' && block.kind !== 'box') return null;
  const folded = forMatching(block.text);
  const stop = folded.search(/[。]/);
  const head = (stop >= 0 ? block.text.slice(0, stop) : block.text).trim().replace(/[:：]$/, '');
  return head.length > 0 && head.length <= 40 ? head : null;
}

/**
 * Transformer: every clause gets a stable anchor from its numbering path
 * (`c2-3-7`: 二、 → （三） → 7.), so a link to a clause survives re-extraction
 * as long as the numbering does. Unnumbered blocks count within their parent.
 */
export const anchors: Plugin<[], Root> = () => (tree, file: VFile) => {
  const seen = new Set<string>();
  const unique = (base: string, block: Block) => {
    if (!seen.has(base)) return base;
    let k = 2;
    while (seen.has(`${base}-${k}`)) k++;
    if (block.kind === 'numbered' && block.style !== 'annex') {
      file.message(
        say('outline:duplicate-number', block.marker!, `${base}-${k}`),
        { line: block.line, column: 1 },
        'outline:duplicate-number',
      );
    }
    return `${base}-${k}`;
  };
  const label = (parent: string | null, part: string) => (parent ? `${parent}-${part}` : part);

  const visit = (blocks: Block[], parent: string | null) => {
    const counts: Record<string, number> = {};
    const next = (key: string) => (counts[key] = (counts[key] ?? 0) + 1);
    for (const block of blocks) {
      if (block.kind === 'blank') continue;
      let base: string;
      if (block.kind === 'front') base = `front-${next('front')}`;
      else if (block.kind === 'numbered' && block.style === 'annex')
        base = label(parent, `annex${block.ordinal ?? next('annex')}`);
      else if (block.kind === 'numbered') base = parent ? `${parent}-${block.ordinal}` : `c${block.ordinal}`;
      else if (block.kind === 'table') base = label(parent, `t${next('t')}`);
      else if (block.kind === 'box') base = label(parent, `box${next('box')}`);
      else base = label(parent, `p${next('p')}`);
      block.id = unique(base, block);
      seen.add(block.id);
      block.heading = headingOf(block);
      visit(block.children, block.id);
    }
  };
  visit(tree.children, null);
};
