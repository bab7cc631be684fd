import type { Line } from '../1-decode/lines.ts';
import type { Removed } from '../../src/schema/index.ts';
import { codePoints, forMatching } from '../lib/text.ts';
import {
  isChrome,
  isLinkRow,
  isMarkedPageNumber,
  isPageNumber,
  isShortFragment,
  originalFollows,
  PORTAL_FIELD,
} from './junk-lines.ts';

export interface Cleaned {
  /** Lines that form the document, in order (blank lines included). */
  kept: Line[];
  /** Spans cut as junk, each with its rule and exact text. */
  removed: Removed[];
}

type Verdict = string | null;

/**
 * Cuts the publishing site's junk: chrome before and after the document, a
 * news site's lead-in before "原文如下", page numbers between PDF pages.
 * Everything cut is reported with its rule; nothing else is touched.
 */
export function clean(input: Line[], source: string): Cleaned {
  const hidden: Removed[] = [];
  const lines = input.map((line) => cutInside(cutInvisible(line, hidden), EMBEDDED_PAGE_NUMBER, 'page-number', hidden));
  const verdicts: Verdict[] = lines.map(() => null);
  const blank = (i: number) => lines[i]!.text.trim() === '';

  // A news wrapper: everything up to "原文如下" is the site's own article.
  const searchUntil = Math.ceil(lines.length * 0.6);
  const marker = lines.slice(0, searchUntil).findIndex((l) => originalFollows.test(forMatching(l.text).trim()));
  if (marker >= 0) {
    for (let i = 0; i <= marker; i++) {
      if (blank(i)) continue; // blank lines join the span around them below
      verdicts[i] =
        isChrome(lines[i]!.text) ||
        isShortFragment(lines[i]!.text) ||
        /^\S{0,6}[:：]?$/.test(forMatching(lines[i]!.text).trim())
          ? 'site-chrome'
          : 'news-lead-in';
    }
  }

  const junkAt = (i: number) => verdicts[i] !== null || isChrome(lines[i]!.text);
  const neighbourJunk = (i: number, step: number) => {
    for (let k = i + step; k >= 0 && k < lines.length; k += step) if (!blank(k)) return junkAt(k);
    return false;
  };

  const field = (i: number) => PORTAL_FIELD.test(forMatching(lines[i]!.text).trim());
  // Chrome before the document; a portal's metadata fields among it are kept.
  for (let i = marker + 1; i < lines.length; i++) {
    if (blank(i) || field(i)) continue;
    if (isChrome(lines[i]!.text) || (isShortFragment(lines[i]!.text) && neighbourJunk(i, 1)))
      verdicts[i] = 'site-chrome';
    else break;
  }
  // Chrome after the document: footers, link rows between junk lines, metadata fields kept.
  for (let i = lines.length - 1; i > marker; i--) {
    if (blank(i) || verdicts[i] || field(i)) continue;
    const text = lines[i]!.text;
    const between = neighbourJunk(i, -1) && neighbourJunk(i, 1);
    if (
      isChrome(text) ||
      (isShortFragment(text) && (neighbourJunk(i, -1) || neighbourJunk(i, 1))) ||
      (isLinkRow(text) && between)
    )
      verdicts[i] = 'site-chrome';
    else break;
  }
  // Blank lines that only separate junk belong to it.
  absorbBlankRuns(lines, verdicts);

  // Page numbers between pages of text copied from a PDF. A bare number on its own line is one only
  // when it runs in sequence with another (3 … 4): a value the PDF wrapped onto a line of its own
  // (稳定控制在 ⏎ 35 ⏎ 微克/立方米以下) stands alone and is kept.
  const bare: Array<{ i: number; n: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    if (verdicts[i] || blank(i) || !isPageNumber(lines[i]!.text)) continue;
    if (isMarkedPageNumber(lines[i]!.text)) verdicts[i] = 'page-number';
    else bare.push({ i, n: Number(forMatching(lines[i]!.text).trim().split('/')[0]) });
  }
  bare.forEach(({ i, n }, k) => {
    const before = bare.slice(0, k).some((b) => b.n === n - 1 && i - b.i >= 5);
    const after = bare.slice(k + 1).some((b) => b.n === n + 1 && b.i - i >= 5);
    if (before || after) verdicts[i] = 'page-number';
  });

  const cleaned = partition(lines, verdicts, source);
  const keptLines = new Set(cleaned.kept.map((l) => l.n));
  // Invisible characters on lines cut as junk went with their line; those on kept lines are reported alone.
  cleaned.removed.push(...hidden.filter((h) => keptLines.has(h.line)));
  cleaned.removed.sort((a, b) => a.line - b.line);
  return cleaned;
}

/**
 * Zero-width, bidirectional-control and control characters draw nothing, yet they can make two
 * names look alike or reorder what a reader sees (市\u202e局发改). They are cut from the line's text
 * before anything reads it; `map` keeps every remaining character's source offset.
 */
const INVISIBLE = new RegExp(
  '[\\u0001-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u00ad\\u061c' +
    '\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff]',
);

function cutInvisible(line: Line, hidden: Removed[]): Line {
  if (!INVISIBLE.test(line.text)) return line;
  let text = '';
  let cut = '';
  const map: number[] = [];
  for (let i = 0; i < line.text.length; i++) {
    const c = line.text[i]!;
    if (INVISIBLE.test(c)) cut += c;
    else {
      text += c;
      map.push(line.start + i);
    }
  }
  hidden.push({ rule: 'invisible', line: line.n, endLine: line.n, chars: codePoints(cut), text: cut });
  return { ...line, text, map };
}

/**
 * A page number of the document a text was copied from, left inside a line between spaces:
 * …重点评价主 —7— 导产业碳排… (the copy reflowed the pages, the numbers stayed). Only the marked
 * form (dashes on both sides) with space around it: a range such as 2021—2025 never has both.
 */
const EMBEDDED_PAGE_NUMBER = /\s[-—–－―]{1,3}\s*\d{1,3}\s*[-—–－―]{1,3}(?=\s)\s?/g;

/**
 * Cuts every match of `pattern` from a line's text, reported under `rule`; `map` keeps each remaining character's
 * source offset.
 */
function cutInside(line: Line, pattern: RegExp, rule: string, cuts: Removed[]): Line {
  const matches = [...line.text.matchAll(pattern)].filter(
    (m) => m.index! > 0 && m.index! + m[0].length < line.text.length,
  );
  if (!matches.length) return line;
  const offsets = line.map ?? Array.from({ length: line.text.length }, (_, i) => line.start + i);
  let text = '';
  const map: number[] = [];
  let from = 0;
  for (const m of matches) {
    text += line.text.slice(from, m.index);
    map.push(...offsets.slice(from, m.index));
    cuts.push({ rule, line: line.n, endLine: line.n, chars: codePoints(m[0]), text: m[0] });
    from = m.index! + m[0].length;
  }
  text += line.text.slice(from);
  map.push(...offsets.slice(from));
  return { ...line, text, map };
}

function absorbBlankRuns(lines: Line[], verdicts: Verdict[]): void {
  const blank = (i: number) => lines[i]!.text.trim() === '';
  const firstKept = verdicts.findIndex((v, i) => v === null && !blank(i));
  let lastKept = -1;
  for (let i = lines.length - 1; i >= 0; i--)
    if (verdicts[i] === null && !blank(i)) {
      lastKept = i;
      break;
    }
  const before = (i: number) => {
    for (let k = i - 1; k >= 0; k--) if (!blank(k)) return verdicts[k] ?? null;
    return null;
  };
  const after = (i: number) => {
    for (let k = i + 1; k < lines.length; k++) if (!blank(k)) return verdicts[k] ?? null;
    return null;
  };
  for (let i = 0; i < lines.length; i++) {
    if (!blank(i)) continue;
    const leading = firstKept < 0 || i < firstKept;
    const trailing = i > lastKept;
    // A blank line inside a cut region, or at either end of the document, goes with the junk beside it.
    if (leading) verdicts[i] = before(i) ?? after(i) ?? 'blank';
    else if (trailing) verdicts[i] = after(i) ?? before(i) ?? 'blank';
    else if (verdicts[i] === null && before(i) && after(i)) verdicts[i] = before(i);
  }
}

/** Groups consecutive cut lines of one rule into one reported span. */
function partition(lines: Line[], verdicts: Verdict[], source: string): Cleaned {
  const kept: Line[] = [];
  const removed: Removed[] = [];
  lines.forEach((line, i) => {
    const rule = verdicts[i];
    if (!rule) return void kept.push(line);
    const text = source.slice(line.start, line.next);
    const last = removed.at(-1);
    if (last && last.rule === rule && last.endLine === line.n - 1) {
      last.endLine = line.n;
      last.text += text;
      last.chars += codePoints(text);
    } else {
      removed.push({ rule, line: line.n, endLine: line.n, chars: codePoints(text), text });
    }
  });
  return { kept, removed };
}
