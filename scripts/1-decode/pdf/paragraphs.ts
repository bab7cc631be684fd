import { readMarker } from '../../3-outline/numbering.ts';
import { codePoints, forMatching, SENTENCE_END } from '../../lib/text.ts';
import type { FurnitureRule } from './furniture.ts';
import type { PdfLine } from './page-lines.ts';
import type { TextBlock } from './text-block.ts';

/** A line of a page cut from the text, with the place it stood in the rebuilt text. */
export interface CutLine {
  rule: FurnitureRule;
  page: number;
  /** 1-based line of the rebuilt text at the point where the cut line stood. */
  line: number;
  /** The line's text and the line break that ended it on the page. */
  text: string;
}

export interface Rebuilt {
  /** The document's text: one line per paragraph (or heading, table row, signature line). */
  text: string;
  cut: CutLine[];
  /** Offset in `text` where each page's text starts (`pageStarts[0]` is page 1's). */
  pageStarts: number[];
}

const isCjk = (c: string | undefined) => !!c && /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(c);
/**
 * The first unbreakable piece of a line: the opening marks that may not end a line (（《“), then a
 * Latin word or number or one Chinese character, then the closing marks that may not start one
 * (。，）》). When the line before ended with more room than this piece takes, the piece would have
 * fitted there: that line ended on purpose.
 */
const FIRST_PIECE =
  /^(?<opening>[（《“‘〔【「『([]*)(?:(?<latin>[A-Za-z0-9.%/\-+_:@]+)|.)(?<closing>[，。、；：？！）》」』”’〕】,.;:?!)\]%]*)/u;

function firstPieceWidth(text: string, size: number): number {
  const m = FIRST_PIECE.exec(text.trimStart());
  if (!m) return size;
  const { opening = '', latin, closing = '' } = m.groups!;
  return size * ([...opening].length + [...closing].length) + (latin ? latin.length * size * 0.55 : size);
}

const middle = (l: PdfLine) => (l.x0 + l.x1) / 2;

/**
 * A heading set larger than the body and centred, broken over two lines: the first runs to the
 * margin, the next is centred under it (市…2023年绿色低碳产 ⏎ 业扶持计划申报指南).
 */
function isHeadingWrap(prev: PdfLine, next: PdfLine, block: TextBlock): boolean {
  const centre = (block.left + block.right) / 2;
  if (prev.page !== next.page || Math.abs(prev.size - next.size) > 0.05 * prev.size || prev.size < 1.15 * block.size)
    return false;
  const full = block.right - prev.x1 < firstPieceWidth(next.text, next.size) + 0.3 * prev.size;
  // Two centred lines of which the first is not full were broken on purpose (two issuers, a title set in balanced
  // halves).
  return full && Math.abs(middle(next) - centre) <= 1.5 * next.size && next.x0 > block.left + prev.size;
}

/** Whether `next` continues the paragraph `prev` was wrapped from, judged by where the lines stand. */
function isWrap(
  prev: PdfLine,
  next: PdfLine,
  blocks: { prev: TextBlock; next: TextBlock },
  indentLimit: number,
): boolean {
  if (prev.vertical || next.vertical || prev.wideGaps || next.wideGaps) return false;
  if (Math.abs(prev.size - next.size) > 0.2 * Math.max(prev.size, next.size)) return false;
  if (
    prev.page === next.page &&
    next.y > prev.y &&
    next.y - prev.y <= 1.6 * prev.size + blocks.next.pitch &&
    isHeadingWrap(prev, next, blocks.next)
  )
    return true;
  // A line set to the right (a date, a signature) reaches the margin without being full.
  if (prev.x0 > blocks.prev.left + 4 * prev.size) return false;
  // Within a page the next line of a paragraph stands one line pitch below; more is a paragraph's spacing.
  if (prev.page === next.page && (next.y <= prev.y || next.y - prev.y > 1.3 * blocks.next.pitch)) return false;
  const room = blocks.prev.right - prev.x1;
  if (room >= firstPieceWidth(next.text, next.size) + 0.3 * prev.size) return false; // ended short: a paragraph end
  if (next.x0 > indentLimit) return false; // the next line is indented: a paragraph of its own
  // A full line that closes a sentence, then a numbered item: two paragraphs that happen to meet the margins.
  if (SENTENCE_END.test(forMatching(prev.text).trimEnd()) && readMarker(next.text.trim())) return false;
  return true;
}

/** The text between two halves of a wrapped line: nothing in Chinese, a space between two Latin words. */
function seam(before: string, after: string): string {
  const a = before.trimEnd().at(-1);
  const b = after.trimStart()[0];
  return /[A-Za-z]/.test(a ?? '') && /[A-Za-z]/.test(b ?? '') && !isCjk(a) ? ' ' : '';
}

/**
 * Lines of pages → the document's text. Furniture is cut and reported; a line that runs to the
 * right edge of the text block and is followed by one that starts at the left edge is a wrap, and
 * the two are joined (across a page break too, the furniture between them cut); a line that ends
 * short, or is followed by an indented one, ends its paragraph.
 */
export function rebuildText(
  pages: PdfLine[][],
  furniture: Map<PdfLine, FurnitureRule>,
  blockOf: (page: number) => TextBlock,
): Rebuilt {
  const out: string[] = [];
  const cut: CutLine[] = [];
  const pageStarts: number[] = [];
  let length = 0;
  let lineNo = 1;
  let current = '';
  let prev: PdfLine | null = null;
  let secondLineX: number | null = null;
  const endParagraph = () => {
    if (!prev) return;
    current += '\n';
    out.push(current);
    length += current.length;
    lineNo++;
    current = '';
  };
  for (const lines of pages) {
    let pageStarted = false;
    for (const line of lines) {
      const rule = furniture.get(line);
      if (rule) {
        cut.push({ rule, page: line.page, line: lineNo, text: `${line.text}\n` });
        continue;
      }
      const block = blockOf(line.page);
      const wrap =
        prev !== null &&
        isWrap(
          prev,
          line,
          { prev: blockOf(prev.page), next: block },
          Math.max(block.left, secondLineX ?? block.left) + 0.5 * line.size,
        );
      if (wrap) {
        if (secondLineX === null) secondLineX = line.x0;
        const joint = seam(current, line.text);
        if (!pageStarted) pageStarts.push(length + current.length + joint.length);
        current += joint + line.text;
      } else {
        endParagraph();
        secondLineX = null;
        if (!pageStarted) pageStarts.push(length);
        current = line.text;
      }
      pageStarted = true;
      prev = line;
    }
    if (!pageStarted) pageStarts.push(-1);
  }
  endParagraph();
  const text = out.join('');
  // A page with no text of its own starts where the next page's text does.
  for (let i = pageStarts.length - 1; i >= 0; i--)
    if (pageStarts[i] === -1) pageStarts[i] = pageStarts[i + 1] ?? text.length;
  return { text, cut, pageStarts };
}

/** Code points of the characters a page's runs hold, less spaces: every one must reach the text or a cut. */
export function glyphCount(text: string): number {
  return codePoints(text.replace(/\s+/g, ''));
}
