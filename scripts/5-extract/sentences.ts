import { forMatching } from '../lib/text.ts';

export interface Sentence {
  text: string;
  /** Offset of the sentence in the block text. */
  index: number;
}

/** For each BMP character, whether a stop pattern matches it: one lookup per character, not one regex test. */
const stopTables = new Map<string, Uint8Array>();
function stopTable(stops: RegExp): Uint8Array {
  let table = stopTables.get(stops.source);
  if (!table) {
    table = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) if (stops.test(String.fromCharCode(c))) table[c] = 1;
    stopTables.set(stops.source, table);
  }
  return table;
}

/**
 * Every pass splits the same blocks: the last few thousand splits are kept, keyed by the text
 * (one string object per block, so a hit compares by reference) and the stops.
 */
const CACHE_SIZE = 4096;
const cache = new Map<string, Map<string, readonly Sentence[]>>();
let cached = 0;

/** Splits text into sentences at 。！？；; outside parentheses and 《》. */
export function sentences(text: string, stops = /[。！？!?；;]/): readonly Sentence[] {
  let byStops = cache.get(stops.source);
  const hit = byStops?.get(text);
  if (hit) return hit;
  const out = split(text, stopTable(stops));
  if (cached >= CACHE_SIZE) {
    cache.clear();
    cached = 0;
  }
  if (!byStops) cache.set(stops.source, (byStops = new Map()));
  byStops.set(text, out);
  cached++;
  return out;
}

function split(text: string, isStop: Uint8Array): readonly Sentence[] {
  const folded = forMatching(text);
  const out: Sentence[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    const c = folded[i]!;
    if (c === '(' || c === '《' || c === '〔') depth++;
    else if ((c === ')' || c === '》' || c === '〕') && depth > 0) depth--;
    else if (depth === 0 && isStop[code]) {
      push(i + 1);
      start = i + 1;
    }
  }
  push(folded.length);
  return Object.freeze(out.map((s) => Object.freeze(s)));

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
