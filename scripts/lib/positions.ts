import { location } from 'vfile-location';
import type { Span } from '../../src/schema/index.ts';

export type { Span };

/**
 * Offsets ↔ lines for one decoded source, in one place (vfile-location counts CRLF, CR and LF as
 * the line splitter does). Records carry offsets; lines are derived from them here only.
 */
export interface Positions {
  /** 1-based line of a character offset. */
  lineOf: (offset: number) => number;
  /** Offset of the first character of a 1-based line. */
  startOf: (line: number) => number;
}

let last: { source: string; positions: Positions } | null = null;

/** The position index of a source (the last one is kept: passes over one document share it). */
export function positions(source: string): Positions {
  if (last?.source === source) return last.positions;
  const index = location(source);
  const made: Positions = {
    lineOf: (offset) => index.toPoint(Math.min(Math.max(0, offset), source.length))?.line ?? 1,
    startOf: (line) => index.toOffset({ line, column: 1 }) ?? source.length,
  };
  last = { source, positions: made };
  return made;
}
