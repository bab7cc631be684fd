import type { Element } from 'hast';
import { PORTAL_FIELD_LABELS } from '../../../src/vocabulary/index.ts';
import { isTitleLike } from '../../3-outline/front-matter.ts';
import { readMarker } from '../../3-outline/numbering.ts';
import { forMatching } from '../../lib/text.ts';
import type { PageBlock } from './blocks.ts';
import { chromeOf, OUTSIDE_MAIN } from './chrome.ts';

/** What becomes of a block: kept as the document's text, kept as a portal's metadata, or cut with a rule. */
export type Verdict = { keep: 'text' } | { keep: 'fields' } | { cut: string };

/** Share of the page's document-like text the document's element must hold. */
const MAIN_SHARE = 0.8;

const classNames = (e: Element): string[] => {
  const c = e.properties?.className;
  const id = e.properties?.id;
  return [...(Array.isArray(c) ? c.map(String) : typeof c === 'string' ? [c] : []), ...(id ? [String(id)] : [])];
};

const label = (text: string) => forMatching(text).replace(/[\s:]/g, '');
const isFieldLabel = (text: string) => PORTAL_FIELD_LABELS.includes(label(text));
/** A line a portal prints as `label：value`. */
export const FIELD_LINE = new RegExp(`^(?<label>${PORTAL_FIELD_LABELS.join('|')})\\s*[:：]\\s*(?<value>.*)$`);

/** A table of a portal's metadata: at least two of its cells are field labels (索引号, 发文机关 …). */
export function isFieldTable(block: PageBlock): boolean {
  return (
    !!block.rows && block.rows.flat().filter((c) => isFieldLabel(c) || FIELD_LINE.test(forMatching(c))).length >= 2
  );
}

/** Lines of a metadata table: each label with the value in the cell after it, `label：value`. */
export function fieldLines(block: PageBlock): string[] {
  const out: string[] = [];
  for (const row of block.rows ?? []) {
    for (let i = 0; i < row.length; i++) {
      const cell = row[i]!;
      if (!isFieldLabel(cell) && FIELD_LINE.test(forMatching(cell))) out.push(cell);
      else if (isFieldLabel(cell)) {
        // The cell boundary is the page's layout: the reader writes it as the colon a label ends with.
        const value = row[i + 1] ?? '';
        out.push(/[:：]\s*$/.test(cell) ? `${cell}${value}` : `${cell}：${value}`);
        i++;
      }
    }
  }
  return out;
}

/** Text that reads as the document: a sentence-long paragraph that is not a list of links, or a numbered item. */
function documentChars(block: PageBlock): number {
  const chars = block.lines.join('').replace(/\s/g, '').length;
  if (block.rows && !isFieldTable(block)) return chars;
  const numbered = block.lines.some((l) => readMarker(l));
  return (chars >= 20 || numbered) && block.linkChars < 0.5 * chars ? chars : 0;
}

/** The deepest element holding most of the page's document text, widened to take in the title above it. */
function mainElement(blocks: PageBlock[]): Element | null {
  const total = blocks.reduce((n, b) => n + documentChars(b), 0);
  const held = new Map<Element, number>();
  for (const b of blocks) for (const e of b.ancestors) held.set(e, (held.get(e) ?? 0) + documentChars(b));
  let main: Element | null = null;
  let depth = -1;
  for (const b of blocks) {
    // Elements holding most of the text nest in one another (two apart cannot both hold most of it): take the deepest.
    b.ancestors.forEach((e, d) => {
      if (d > depth && e.tagName !== 'table' && (held.get(e) ?? 0) >= MAIN_SHARE * total) [main, depth] = [e, d];
    });
  }
  if (!main) return null;
  const first = blocks.findIndex((b) => b.ancestors.includes(main!));
  // The title often stands in a heading just above the text's own element: take the smallest element holding both.
  const title = blocks.slice(0, first).findLast((b) => b.lines.some((l) => isTitleLike(l)) && !chromeAround(b, null));
  if (!title) return main;
  const shared = title.ancestors.filter((e) => blocks[first]!.ancestors.includes(e));
  return shared.at(-1) ?? main;
}

/** The chrome a block stands in below `within` (or anywhere, when null), innermost first. */
function chromeAround(block: PageBlock, within: Element | null): string | null {
  const from = within ? block.ancestors.indexOf(within) + 1 : 0;
  for (let i = block.ancestors.length - 1; i >= from; i--) {
    const e = block.ancestors[i]!;
    const kind = chromeOf(e.tagName, classNames(e));
    // Inside the document's element a heading's class (article-head, title-top) is no site header.
    if (kind && !(within && kind.rule === 'site-header')) return kind.rule;
  }
  return null;
}

/**
 * Picks the document out of a page by structure: the element holding its title and numbered body is
 * kept; everything else is cut, named by the chrome it stands in (navigation, breadcrumbs, share bar,
 * print buttons, related links, comments, footer …). A portal's metadata table is kept as fields.
 */
export function judgeBlocks(blocks: PageBlock[]): Verdict[] {
  const main = mainElement(blocks);
  const first = main ? blocks.findIndex((b) => b.ancestors.includes(main)) : 0;
  return blocks.map((b, i) => {
    const inside = !main || b.ancestors.includes(main);
    // Metadata fields above or in the document are the portal's record of it.
    if (
      (inside || i < first) &&
      (isFieldTable(b) || (b.lines.length && b.lines.every((l) => FIELD_LINE.test(forMatching(l)))))
    )
      return { keep: 'fields' };
    const chrome = chromeAround(b, inside ? main : null);
    if (chrome) return { cut: chrome };
    return inside ? { keep: 'text' } : { cut: OUTSIDE_MAIN };
  });
}
