import { chineseNumber, circledNumber, forMatching } from '../lib/text.ts';

/** Numbering families, from the outermost usual level inwards. */
export type NumberingStyle =
  | 'chapter' // 第一章
  | 'section' // 第一节
  | 'article' // 第一条
  | 'annex' // 附件 / 附件1
  | 'cn' // 一、
  | 'cn-paren' // （一） (一)
  | 'arabic' // 1. 1、 1． 1，
  | 'arabic-paren' // （1） (1)
  | 'arabic-half' // 1) 1）
  | 'circled'; // ①

export interface Marker {
  style: NumberingStyle;
  ordinal: number;
  /** The marker as printed, trailing spaces included. */
  marker: string;
}

const CN = '[〇零一二两三四五六七八九十百]+';
const patterns: Array<[NumberingStyle, RegExp]> = [
  ['chapter', new RegExp(`^第(${CN}|\\d{1,3})章\\s*`)],
  ['section', new RegExp(`^第(${CN}|\\d{1,3})节\\s*`)],
  ['article', new RegExp(`^第(${CN}|\\d{1,3})条\\s*`)],
  ['annex', new RegExp(`^附\\s*件\\s*(${CN}|\\d{1,2})?\\s*(?:[:：]\\s*|$|\\s+)`)],
  ['cn', new RegExp(`^(${CN})\\s*[、.．，,]\\s*`)],
  ['cn-paren', new RegExp(`^[(（]\\s*(${CN})\\s*[)）]\\s*[、.．]?\\s*`)],
  // 1. 1、 1． but not 1.5亿 or 2025年.
  ['arabic', /^(\d{1,3})\s*(?:[、，,]|[.．](?!\d))\s*/],
  ['arabic-paren', /^[(（]\s*(\d{1,3})\s*[)）]\s*/],
  ['arabic-half', /^(\d{1,3})\s*[)）]\s*/],
  ['circled', /^([①-⑳])\s*/],
];

/** Reads a numbering marker at the start of a line (matching on full-width-folded text). */
export function readMarker(line: string): Marker | null {
  const folded = forMatching(line);
  for (const [style, pattern] of patterns) {
    const m = pattern.exec(folded);
    if (!m) continue;
    const raw = m[1];
    const ordinal =
      style === 'annex'
        ? raw
          ? (chineseNumber(raw) ?? 1)
          : 1
        : style === 'circled'
          ? circledNumber(raw!)
          : chineseNumber(raw!);
    if (ordinal === null) continue;
    // "一、" must be followed by text; a bare "1" on a line is a page number, not an item.
    if (style !== 'annex' && m[0].length >= folded.trimEnd().length) continue;
    return { style, ordinal, marker: line.slice(0, m[0].length) };
  }
  return null;
}
