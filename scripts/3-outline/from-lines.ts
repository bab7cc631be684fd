import type { Plugin } from 'unified';
import type { Line } from '../1-decode/lines.ts';
import { forMatching } from '../lib/text.ts';
import { readMarker } from './numbering.ts';
import type { Block, Root } from './tree.ts';

export interface OutlineInput {
  source: string;
  lines: Line[];
}

/** A table row: cells split by `|` or tabs (two cells at least). */
function tableCells(text: string): string[] | null {
  const folded = forMatching(text);
  const sep = folded.includes('|') ? '|' : folded.includes('\t') ? '\t' : null;
  if (!sep) return null;
  const cells = text.split(sep === '|' ? /[|｜]/ : /\t/).map((c) => c.trim());
  while (cells.length && cells.at(-1) === '') cells.pop();
  while (cells.length && cells[0] === '') cells.shift();
  return cells.length >= 2 ? cells : null;
}

function offsetsOf(line: Line, from: number, to: number): number[] {
  if (line.map) return line.map.slice(from, to);
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(line.start + i);
  return out;
}

/** One line → one flat block: blank, numbered, table row or paragraph. */
export function blockOfLine(line: Line): Block {
  const lead = line.text.length - line.text.trimStart().length;
  const body = line.text.trim();
  const base = {
    type: 'block' as const,
    children: [],
    line: line.n,
    endLine: line.n,
    lines: [line.n],
    marker: null,
    style: null,
    ordinal: null,
  };
  if (!body) return { ...base, kind: 'blank', text: '', offsets: [] };
  const cells = tableCells(body);
  if (cells)
    return { ...base, kind: 'table', text: body, offsets: offsetsOf(line, lead, lead + body.length), rows: [cells] };
  const marker = readMarker(body);
  if (marker) {
    const from = lead + marker.marker.length;
    return {
      ...base,
      kind: 'numbered',
      marker: marker.marker.trim(),
      style: marker.style,
      ordinal: marker.ordinal,
      text: body.slice(marker.marker.length),
      offsets: offsetsOf(line, from, lead + body.length),
    };
  }
  if (/^专栏\s*[\d一二三四五六七八九十]*/.test(forMatching(body))) {
    return { ...base, kind: 'box', text: body, offsets: offsetsOf(line, lead, lead + body.length) };
  }
  return { ...base, kind: 'paragraph', text: body, offsets: offsetsOf(line, lead, lead + body.length) };
}

/** The parser plugin: kept source lines → a flat tree, one block per line. */
export const fromLines: Plugin<[OutlineInput], string, Root> = function (input) {
  this.parser = () => ({ type: 'root', children: input.lines.map(blockOfLine) });
};
