import type { PdfLine } from './page-lines.ts';

/** The left and right edge of the text block, and the usual distance from one line to the next. */
export interface TextBlock {
  left: number;
  right: number;
  /** Baseline to baseline within a paragraph, in points. */
  pitch: number;
  /** Font size of the body text. */
  size: number;
}

/** Lines shorter than this many characters say nothing about the right edge (headings, dates). */
const MIN_CHARS = 6;
/** An edge is where at least this share of lines end (or start), within half a character. */
const EDGE_SHARE = 0.2;

/**
 * The outermost point that many lines reach. Lines set on a character grid end within a character of
 * the margin, and a closing mark may hang past it, so an edge is the middle of the farthest cluster
 * holding a good share of the lines (within half a character). A wide table on a few pages does not move it.
 */
function edge(values: number[], size: number, outward: 1 | -1): number | null {
  const sorted = [...values].sort((a, b) => outward * (b - a));
  const need = Math.max(2, values.length * EDGE_SHARE);
  for (const v of sorted) {
    const near = values.filter((x) => outward * (v - x) >= 0 && outward * (v - x) <= 0.6 * size);
    if (near.length >= need) return median(near);
  }
  return null;
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The text block of a set of lines (in page order), or null when there are too few lines to tell. */
export function textBlock(lines: PdfLine[]): TextBlock | null {
  const body = lines.filter((l) => !l.vertical && !l.wideGaps && [...l.text.trim()].length >= MIN_CHARS);
  if (body.length < 3) return null;
  const size = median(body.map((l) => l.size))!;
  const right =
    edge(
      body.map((l) => l.x1),
      size,
      1,
    ) ?? Math.max(...body.map((l) => l.x1));
  const left =
    edge(
      body.map((l) => l.x0),
      size,
      -1,
    ) ?? Math.min(...body.map((l) => l.x0));
  const steps: number[] = [];
  for (let i = 1; i < body.length; i++) {
    const [a, b] = [body[i - 1]!, body[i]!];
    if (a.page === b.page && Math.abs(a.size - b.size) < 0.1 * a.size && b.y > a.y && b.y - a.y < 4 * a.size)
      steps.push(b.y - a.y);
  }
  return { left, right, pitch: median(steps) ?? 1.5 * size, size };
}
