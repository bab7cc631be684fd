import { forMatching } from '../lib/text.ts';
import { positions } from '../lib/positions.ts';
import type { LineMap } from './score.ts';

/** How many characters of a line identify it in another rendering of the same document. */
const KEY = 10;
/** A key shorter than this finds too much: a short line is looked for with the lines after it. */
const MIN_KEY = 3;

/** The text's characters without spaces, folded for matching, with the offset each came from. */
function squeezed(text: string): { chars: string; offsets: number[] } {
  const folded = forMatching(text);
  let chars = '';
  const offsets: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    if (/\s/.test(folded[i]!)) continue;
    chars += folded[i];
    offsets.push(i);
  }
  return { chars, offsets };
}

/**
 * Maps lines of one rendering of a document (the .txt text layer, which the hand labels count) to
 * lines of another (the text read from the PDF), by content: a line is found by its first ten
 * characters, spaces ignored, searched onwards from where the line before was found. A line that is
 * not found (a page number the PDF reader cut) maps to null.
 */
export function lineMapByContent(from: string, to: string): LineMap {
  const target = squeezed(to);
  const lineOf = positions(to).lineOf;
  const lines = from.split(/\r\n|\r|\n/);
  const map = new Map<number, number | null>();
  // The text of each line run on into the next ones: a short line is known by what follows it.
  const stream = lines.map((l) => squeezed(l).chars);
  let cursor = 0;
  stream.forEach((own, i) => {
    const ahead = stream.slice(i).join('').slice(0, KEY);
    const keys = [ahead, own.slice(0, KEY)].filter((k, j) => k.length >= MIN_KEY && (j === 0 || k !== ahead));
    let found = -1;
    for (const key of keys) {
      found = target.chars.indexOf(key, cursor);
      if (found < 0) found = target.chars.indexOf(key);
      if (found >= 0) break;
    }
    if (!own.length || found < 0) {
      map.set(i + 1, null);
      return;
    }
    cursor = found + 1;
    map.set(i + 1, lineOf(target.offsets[found]!));
  });
  return (line) => map.get(line) ?? null;
}
