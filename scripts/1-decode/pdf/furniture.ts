import { isMarkedPageNumber, isPageNumber } from '../../2-clean/junk-lines.ts';
import { forMatching } from '../../lib/text.ts';
import type { PdfLine } from './page-lines.ts';

/** Why a line of a page is not part of the document's text (rule ids of the removal report). */
export const FURNITURE = {
  pageNumber: 'page-number',
  header: 'running-header',
  footer: 'running-footer',
  colophon: 'vertical-colophon',
  blank: 'blank',
} as const;
export type FurnitureRule = (typeof FURNITURE)[keyof typeof FURNITURE];

/** How many lines at the top and at the bottom of a page can be furniture. */
const EDGE_LINES = 2;
/** A running header or footer repeats on at least this many pages, and on at least this share of them. */
const MIN_REPEATS = 3;
const MIN_SHARE = 0.3;

/** A line's text with its numbers and spaces dropped: 第 3 页 and 第 4 页 are the same furniture. */
const furnitureKey = (text: string) => forMatching(text).replace(/\s+/g, '').replace(/\d+/g, '#');

const numberIn = (text: string) => Number(/\d+/.exec(forMatching(text))?.[0] ?? NaN);

/** The lines at the top and at the bottom of each page, where headers, footers and page numbers stand. */
function edgeLines(pages: PdfLine[][]): Map<PdfLine, 'top' | 'bottom'> {
  const edges = new Map<PdfLine, 'top' | 'bottom'>();
  for (const lines of pages) {
    const flat = lines.filter((l) => !l.vertical && l.text.trim());
    flat.slice(0, EDGE_LINES).forEach((l) => edges.set(l, 'top'));
    flat.slice(-EDGE_LINES).forEach((l) => edges.set(l, 'bottom'));
  }
  return edges;
}

/**
 * Finds the furniture of a PDF's pages by position and repetition: page numbers at the top or bottom
 * of a page (a bare number only when the numbers run with the pages), lines that repeat at the same
 * height on many pages (running headers and footers), and text set vertically outside the text block
 * (a colophon or a page number in the margin). Everything else is the document.
 */
export function findFurniture(pages: PdfLine[][], body: { left: number; right: number }): Map<PdfLine, FurnitureRule> {
  const verdicts = new Map<PdfLine, FurnitureRule>();
  const edges = edgeLines(pages);
  for (const lines of pages) for (const l of lines) if (!l.text.trim()) verdicts.set(l, FURNITURE.blank);

  // Page numbers: marked ones (— 3 —, 第3页) at an edge; bare ones when number minus page stays the same.
  const bare: PdfLine[] = [];
  const turned = pages.flat().filter((l) => l.vertical && !edges.has(l));
  for (const line of [...edges.keys(), ...turned]) {
    if (!isPageNumber(line.text)) continue;
    if (isMarkedPageNumber(line.text)) verdicts.set(line, FURNITURE.pageNumber);
    else bare.push(line);
  }
  const offsets = new Map<number, number>();
  for (const l of bare) offsets.set(numberIn(l.text) - l.page, (offsets.get(numberIn(l.text) - l.page) ?? 0) + 1);
  for (const l of bare)
    if ((offsets.get(numberIn(l.text) - l.page) ?? 0) >= 2 || pages.length === 1) verdicts.set(l, FURNITURE.pageNumber);

  // Running headers and footers: the same text at about the same height on many pages.
  const seen = new Map<string, PdfLine[]>();
  for (const [line, edge] of edges) {
    if (verdicts.has(line)) continue;
    const key = `${edge}|${furnitureKey(line.text)}`;
    seen.set(key, [...(seen.get(key) ?? []), line]);
  }
  for (const [key, lines] of seen) {
    const pagesWith = new Set(lines.map((l) => l.page)).size;
    if (pagesWith < MIN_REPEATS || pagesWith < MIN_SHARE * pages.length) continue;
    const heights = lines.map((l) => l.y).sort((a, b) => a - b);
    const median = heights[Math.floor(heights.length / 2)]!;
    for (const l of lines)
      if (Math.abs(l.y - median) <= 2 * l.size)
        verdicts.set(l, key.startsWith('top') ? FURNITURE.header : FURNITURE.footer);
  }

  // Text set vertically in the margin, beside the text block and away from any other text: a page number
  // turned on its side, a colophon. A table's side heading stands outside the block too, but next to its rows.
  for (const lines of pages) {
    for (const l of lines) {
      if (!l.vertical || verdicts.has(l)) continue;
      const outside = l.x1 <= body.left + 0.5 * l.size || l.x0 >= body.right - 0.5 * l.size;
      const bottom = l.y + [...l.text].length * l.size * 1.6;
      const beside = lines.some(
        (o) =>
          o !== l &&
          !o.vertical &&
          o.y >= l.y - l.size &&
          o.y <= bottom &&
          Math.min(Math.abs(o.x0 - l.x1), Math.abs(l.x0 - o.x1)) < 3 * l.size,
      );
      if (!outside || beside) continue;
      verdicts.set(l, isPageNumber(l.text) ? FURNITURE.pageNumber : FURNITURE.colophon);
    }
  }
  return verdicts;
}
