import { forMatching } from '../lib/text.ts';

export interface Sentence {
  text: string;
  /** Offset of the sentence in the block text. */
  index: number;
}

/** Splits text into sentences at 。！？；; outside parentheses and 《》. */
export function sentences(text: string, stops = /[。！？!?；;]/): Sentence[] {
  const folded = forMatching(text);
  const out: Sentence[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < folded.length; i++) {
    const c = folded[i]!;
    if (c === '(' || c === '《' || c === '〔') depth++;
    else if ((c === ')' || c === '》' || c === '〕') && depth > 0) depth--;
    else if (depth === 0 && stops.test(c)) {
      push(i + 1);
      start = i + 1;
    }
  }
  push(folded.length);
  return out;

  function push(end: number) {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim()) out.push({ text: raw.trim(), index: start + lead });
  }
}

/** A table block's rows (header first), each with its offset in the block text. */
export function tableRows(block: { text: string }): Sentence[] {
  const out: Sentence[] = [];
  let index = 0;
  for (const text of block.text.split('\n')) {
    out.push({ text, index });
    index += text.length + 1;
  }
  return out;
}
