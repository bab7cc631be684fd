import type { Criterion } from '../../../src/schema/index.ts';
import { forMatching } from '../../lib/text.ts';
import type { Block } from '../../3-outline/tree.ts';
import type { DocumentContext } from '../context.ts';

/** An applicant type while its rule set is being gathered. */
export interface Draft {
  type: string;
  applicant: string | null;
  scope: string | null;
  block: Block;
  from: number;
  to: number;
  criteria: Array<Omit<Criterion, 'id'>>;
}

/** Splits a text at a separator, trimming each part and keeping its offset. */
export function parts(text: string, separator: RegExp): Array<{ text: string; index: number }> {
  const out: Array<{ text: string; index: number }> = [];
  let start = 0;
  const folded = forMatching(text);
  for (let i = 0; i <= folded.length; i++) {
    if (i === folded.length || separator.test(folded[i]!)) {
      const raw = text.slice(start, i);
      const lead = raw.length - raw.trimStart().length;
      const t = raw.trim().replace(/[。；;]$/, '');
      if (t) out.push({ text: t, index: start + lead });
      start = i + 1;
    }
  }
  return out;
}

/** A criterion quoting `part` of a block. */
export function criterion(
  ctx: DocumentContext,
  block: Block,
  part: { text: string; index: number },
  kind: Criterion['kind'],
): Omit<Criterion, 'id'> {
  return {
    kind,
    text: part.text,
    ...ctx.cite(block, part.index, part.index + part.text.length),
    quota: null,
    date: null,
    acceptance: null,
  };
}

/** Longest common substring length: how well a phrase (2个园区) names an applicant type. */
function overlap(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (a[i + k] && a[i + k] === b[j + k]) k++;
      if (k > best) best = k;
    }
  return best;
}

export function bestType(phrase: string, drafts: Draft[]): Draft | null {
  const scored = drafts.map((d) => ({ d, score: Math.max(overlap(phrase, d.type), overlap(phrase, d.scope ?? '')) }));
  const top = Math.max(0, ...scored.map((s) => s.score));
  const winners = scored.filter((s) => s.score === top);
  return top >= 2 && winners.length === 1 ? winners[0]!.d : null;
}
