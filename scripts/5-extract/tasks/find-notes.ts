import { forMatching } from '../../lib/text.ts';

/** A bracketed aside in a text: its inner text and where it stands. */
export interface Bracketed {
  /** Offsets of the opening bracket and just past the closing one in the text. */
  start: number;
  end: number;
  inner: string;
  /** The bracket never closes: the aside runs to the end of the text. */
  unclosed: boolean;
}

/**
 * Every top-level bracketed aside in a text, in order: （…）, (…) and mismatched （…), with
 * brackets nested inside kept (各县（市、区）人民政府). One that never closes runs to the end.
 */
export function bracketed(text: string): Bracketed[] {
  const folded = forMatching(text);
  const out: Bracketed[] = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < folded.length; i++) {
    const c = folded[i]!;
    if (c === '(') {
      if (depth === 0) open = i;
      depth++;
    } else if (c === ')' && depth > 0) {
      depth--;
      if (depth === 0) out.push({ start: open, end: i + 1, inner: text.slice(open + 1, i), unclosed: false });
    }
  }
  if (depth > 0 && open >= 0) {
    let end = text.length;
    while (end > open && /[\s。．.；;]/.test(folded[end - 1]!)) end--;
    out.push({ start: open, end, inner: text.slice(open + 1, end), unclosed: true });
  }
  return out;
}
