import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { NEVER_TEXT } from './chrome.ts';

/** A piece of a page that reads as lines of its own: a paragraph, a heading, a list item or a table. */
export interface PageBlock {
  /** Lines of text (a <br> breaks a line), trimmed, blank lines dropped. */
  lines: string[];
  /** For a table: rows of cell texts. */
  rows?: string[][];
  /** Elements the block stands in, outermost first (the block's own element last, when it has one). */
  ancestors: Element[];
  /** Characters of its text inside links: navigation and link lists are mostly links. */
  linkChars: number;
}

/** Elements that start a block of their own; everything else flows inline. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'ul',
  'caption',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
]);

const lineText = (text: string) =>
  text.replace(/[ \t\f\v\u00a0\u3000]+/g, (s) => (s.includes('\u3000') ? s : ' ')).trim();

function linkChars(nodes: Array<ElementContent | RootContent>): number {
  let n = 0;
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    if (node.tagName === 'a') n += toText(node).replace(/\s/g, '').length;
    else n += linkChars(node.children);
  }
  return n;
}

/** A cell's text on one line: its own line breaks become spaces (a table row is one line). */
const cellText = (cell: Element) => lineText(toText(cell).replace(/\s*\n\s*/g, ' '));

function tableRows(table: Element): string[][] {
  const rows: string[][] = [];
  const visit = (node: Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr')
        rows.push(
          child.children
            .filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'))
            .map(cellText),
        );
      else if (child.tagName !== 'table') visit(child);
    }
  };
  visit(table);
  return rows.filter((r) => r.some((c) => c !== ''));
}

/**
 * A page's body → its blocks in reading order. Text is read with hast-util-to-text (the innerText
 * algorithm: what a browser shows, scripts and styles never), one block per run of inline content;
 * a table is one block of rows. Nothing of the page's markup survives: only its text does.
 */
export function pageBlocks(root: Root): PageBlock[] {
  const blocks: PageBlock[] = [];
  const flush = (run: Array<ElementContent | RootContent>, ancestors: Element[]) => {
    if (!run.length) return;
    const holder: Element = { type: 'element', tagName: 'div', properties: {}, children: run as ElementContent[] };
    const lines = toText(holder).split('\n').map(lineText).filter(Boolean);
    if (lines.length) blocks.push({ lines, ancestors, linkChars: linkChars(run) });
  };
  const visit = (node: Root | Element, ancestors: Element[]) => {
    let run: Array<ElementContent | RootContent> = [];
    for (const child of node.children) {
      if (child.type === 'element' && NEVER_TEXT.has(child.tagName)) continue;
      if (child.type === 'element' && BLOCK_TAGS.has(child.tagName)) {
        flush(run, ancestors);
        run = [];
        if (child.tagName === 'table') {
          const rows = tableRows(child);
          if (rows.length)
            blocks.push({
              lines: rows.map((r) => r.join('\t')),
              rows,
              ancestors: [...ancestors, child],
              linkChars: linkChars([child]),
            });
        } else visit(child, [...ancestors, child]);
      } else if (child.type === 'text' || child.type === 'element') run.push(child);
    }
    flush(run, ancestors);
  };
  visit(root, []);
  return blocks;
}
