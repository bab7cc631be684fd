/**
 * Finds facts (targets, reported figures, dates) inside a clause's text so the page can highlight
 * them. A fact is located by its quote first and then by its value inside that quote, so the same
 * number elsewhere in the clause is not marked by mistake.
 */

export type MarkKind = 'target' | 'baseline' | 'date';

export interface MarkSpec {
  kind: MarkKind;
  /** The text to highlight (a value as written, or a date phrase). */
  needle: string;
  /** The record's quote, which contains `needle`; narrows where to look. */
  within?: string;
  href: string;
  title: string;
}

export interface Segment {
  text: string;
  mark?: MarkSpec;
}

/** Source quotes keep line breaks; clause text joins lines inside a sentence. */
function flatten(text: string): string {
  return text.replace(/\r?\n/g, '');
}

function locate(text: string, spec: MarkSpec, taken: Array<[number, number]>): [number, number] | null {
  const needle = flatten(spec.needle);
  if (!needle) return null;
  const free = (start: number) => taken.every(([s, e]) => start + needle.length <= s || start >= e);
  const search = (from: number, to: number): number => {
    for (let at = text.indexOf(needle, from); at !== -1 && at + needle.length <= to; at = text.indexOf(needle, at + 1)) {
      if (free(at)) return at;
    }
    return -1;
  };
  const within = spec.within ? flatten(spec.within) : '';
  const quoteAt = within ? text.indexOf(within) : -1;
  let at = quoteAt === -1 ? -1 : search(quoteAt, quoteAt + within.length);
  if (at === -1) at = search(0, text.length);
  return at === -1 ? null : [at, at + needle.length];
}

/** Splits `text` into plain and marked segments; marks that cannot be placed are left out. */
export function segment(text: string, specs: readonly MarkSpec[]): Segment[] {
  const taken: Array<[number, number]> = [];
  const placed: Array<{ start: number; end: number; spec: MarkSpec }> = [];
  for (const spec of specs) {
    const span = locate(text, spec, taken);
    if (!span) continue;
    taken.push(span);
    placed.push({ start: span[0], end: span[1], spec });
  }
  placed.sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let cursor = 0;
  for (const { start, end, spec } of placed) {
    if (start > cursor) out.push({ text: text.slice(cursor, start) });
    out.push({ text: text.slice(start, end), mark: spec });
    cursor = end;
  }
  if (cursor < text.length) out.push({ text: text.slice(cursor) });
  return out;
}

/** The part of `segments` between two character offsets, cutting segments at the edges. */
export function slice(segments: readonly Segment[], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let offset = 0;
  for (const seg of segments) {
    const start = offset;
    const end = offset + seg.text.length;
    offset = end;
    const a = Math.max(start, from);
    const b = Math.min(end, to);
    if (a >= b) continue;
    out.push({ ...seg, text: seg.text.slice(a - start, b - start) });
  }
  return out;
}
