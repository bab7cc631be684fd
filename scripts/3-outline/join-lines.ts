import type { Plugin } from 'unified';
import { anyOf, FOLLOWING_WORDS, LABEL_ENDINGS } from '../../src/vocabulary/index.ts';
import { forMatching, SENTENCE_END } from '../lib/text.ts';
import { isMetaLine, TITLE_END } from './front-matter.ts';
import type { Block, Root } from './tree.ts';

const innerPunctuation = /[，,、。；;]/;
/** A label opening a line; 以下要求： is the end of a sentence (…还须符合 ⏎ 以下要求：), not a label. */
/** A line of addressees, ending in a colon: 厅机关相关处（室）、直属单位：. */
const ADDRESSEE = /^[^。；;]{2,40}[:：]\s*$/;
/** …还须符合 ⏎ 以下要求：: the end of a sentence that points to what follows, not a line of its own. */
const FOLLOWING_START = new RegExp(`^\\s*${anyOf(FOLLOWING_WORDS)}`);
const LABEL_START = new RegExp(
  `^\\s*(?!${anyOf(FOLLOWING_WORDS)})[\\u4e00-\\u9fa5]{0,6}${anyOf(LABEL_ENDINGS)}\\s*[:：]`,
);

/**
 * Whether `next` continues the sentence `prev` left open. A line that stops
 * mid-sentence and already holds punctuation (or is long, as a line of a PDF
 * page is) goes on in the next line: `…大力发展电子信息、装备` + `制造、先进材料…`.
 * Short unpunctuated lines are headings and titles and stay whole.
 */
function continues(prev: Block, next: Block, blankBetween: boolean, prevFull: boolean): boolean {
  if (next.kind !== 'paragraph') return false;
  if (prev.kind !== 'paragraph' && prev.kind !== 'numbered' && prev.kind !== 'box') return false;
  // prev grows as lines join: its end is folded, its whole is only searched for marks (the
  // patterns below name both the full-width and the half-width form), so a paragraph of many
  // lines is read once, not once per line.
  const whole = prev.text.trimEnd();
  if (!whole) return false;
  const end = forMatching(whole.slice(-200));
  const nextText = forMatching(next.text);
  // A line that opens with a label (研究目标：…, 考核指标：) starts a part of its own; so does an
  // addressee line (厅机关相关处（室）、直属单位：), which ends in a colon.
  if (LABEL_START.test(nextText) || (ADDRESSEE.test(nextText) && !FOLLOWING_START.test(nextText))) return false;
  // A line that runs to the full width of the page was wrapped by the PDF, whatever its words
  // (…收录开发区及其他省政府批复 ⏎ 开发区的全域…), unless it closes a sentence.
  if (prevFull && !blankBetween && !SENTENCE_END.test(end) && !isMetaLine(next.text)) return true;
  // A bracket opened near the end and not yet closed (a note wrapped by the page: …；⏎ 四川省…）) goes on.
  if (openBracket(end) && !blankBetween && !isMetaLine(next.text)) return true;
  if (SENTENCE_END.test(end)) return false;
  // Titles, dates and document numbers stand on their own lines: a title ends like one (…实施方案) and
  // holds no sentence punctuation; a line of prose that happens to end in 规划 or 方案 goes on.
  const titleLike = TITLE_END.test(end) && !/[，,。；;：:]/.test(whole);
  if (titleLike || isMetaLine(whole) || isMetaLine(next.text)) return false;
  // Across a blank line (a page break of a PDF) only a line that is plainly prose mid-sentence goes on.
  if (blankBetween) return whole.length >= 20 && /[，,。；;]/.test(whole) && /[\u4e00-\u9fff]$/.test(end);
  // A short line whose only mark is 、 is a heading (专题一、新型能源技术), not a sentence broken off.
  if (whole.length < 15 && !/[，,。；;]/.test(whole)) return false;
  return innerPunctuation.test(whole) || whole.length >= 25;
}

/** Whether a text ends inside a bracket opened in its last 160 characters. */
function openBracket(text: string): boolean {
  let depth = 0;
  for (let i = text.length - 1; i >= 0 && i >= text.length - 160; i--) {
    const c = text[i];
    if (c === ')') depth++;
    else if (c === '(') {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

/** Merges runs of table rows into one table. */
function extendsTable(prev: Block, next: Block): boolean {
  return prev.kind === 'table' && next.kind === 'table';
}

/** How wide a line prints: a CJK character takes a full width, ASCII half of one. */
function displayWidth(text: string): number {
  const t = text.trim();
  let w = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    // A character outside the BMP is two code units: count its first (above 0x2e80) once.
    if (c < 0xdc00 || c > 0xdfff) w += c < 0x2e80 ? 0.5 : 1;
  }
  return w;
}

/**
 * The width of a full line of the page, when the text was laid out in lines of one width (a PDF's
 * text layer): most long lines end at it. Null for text whose lines are paragraphs (a web page).
 */
function fullWidth(blocks: Block[]): number | null {
  const widths = blocks
    .filter((b) => b.kind !== 'blank')
    .map((b) => displayWidth((b.marker ?? '') + b.text))
    .filter((w) => w >= 8)
    .sort((a, b) => a - b);
  if (widths.length < 8) return null;
  const full = widths[Math.floor(widths.length * 0.8)]!;
  // Lines of one width: a good share of them sits within a character and a half of the widest usual one.
  const atFull = widths.filter((w) => Math.abs(w - full) <= 1.5).length;
  return full >= 16 && full <= 60 && atFull >= widths.length * 0.25 ? full : null;
}

/** Transformer: lines broken inside a sentence become one block; table rows become one table. */
export const joinLines: Plugin<[], Root> = () => (tree) => {
  const out: Block[] = [];
  let pendingBlanks: Block[] = [];
  const full = fullWidth(tree.children);
  const lastWidth = new Map<Block, number>();
  for (const block of tree.children) {
    if (block.kind === 'blank') {
      pendingBlanks.push(block);
      continue;
    }
    const prev = out.findLast((b) => b.kind !== 'blank');
    const prevFull = !!prev && full !== null && (lastWidth.get(prev) ?? 0) >= full - 1.5;
    lastWidth.set(block, displayWidth((block.marker ?? '') + block.text));
    if (
      prev &&
      (continues(prev, block, pendingBlanks.length > 0, prevFull) ||
        (extendsTable(prev, block) && pendingBlanks.length === 0))
    ) {
      lastWidth.set(prev, lastWidth.get(block)!);
      for (const blank of pendingBlanks) prev.lines.push(...blank.lines);
      if (block.kind === 'table') {
        prev.rows!.push(...block.rows!);
        prev.text += '\n' + block.text;
        prev.offsets.push(prev.offsets.at(-1)! + 1, ...block.offsets);
      } else {
        prev.text += block.text;
        prev.offsets.push(...block.offsets);
      }
      prev.endLine = block.endLine;
      prev.lines.push(...block.lines);
    } else {
      out.push(...pendingBlanks.splice(0), block);
      continue;
    }
    pendingBlanks = [];
  }
  out.push(...pendingBlanks);
  tree.children = out;
};
