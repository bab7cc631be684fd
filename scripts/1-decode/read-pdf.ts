import { ExtractError } from '../lib/errors.ts';
import { say } from '../lib/messages.ts';
import { codePoints } from '../lib/text.ts';
import type { DecodedSource } from './decoded.ts';
import { findFurniture } from './pdf/furniture.ts';
import { readPdfPages } from './pdf/glyph-runs.ts';
import { pageLines } from './pdf/page-lines.ts';
import { glyphCount, rebuildText } from './pdf/paragraphs.ts';
import { textBlock, type TextBlock } from './pdf/text-block.ts';

/**
 * A published PDF → the document's text. Lines are rebuilt from where pdf.js places each run,
 * wrapped lines joined into paragraphs, page numbers, running headers and footers and text set in
 * the margin cut and reported by page; each page's start in the text is kept for provenance.
 */
export async function readPdf(bytes: Uint8Array, file: string): Promise<DecodedSource> {
  let pages;
  try {
    pages = await readPdfPages(bytes);
  } catch (e) {
    throw new ExtractError(file, 1, say('pdf:unreadable', (e as Error).message));
  }
  const lines = pages.map(pageLines);
  const glyphs = pages.reduce((n, p) => n + p.runs.reduce((m, r) => m + glyphCount(r.text), 0), 0);
  if (glyphs === 0) throw new ExtractError(file, 1, say('pdf:no-text', pages.length));

  const documentBlock: TextBlock = textBlock(lines.flat()) ?? {
    left: 0,
    right: Math.max(...pages.map((p) => p.width)),
    pitch: Infinity,
    size: 12,
  };
  const furniture = findFurniture(lines, documentBlock);
  // A page's own edges count where it has enough lines and reaches wider (a landscape table page).
  const blocks = lines.map((page) => {
    const own = textBlock(page.filter((l) => !furniture.has(l)));
    return own && own.right > documentBlock.right
      ? { ...documentBlock, right: own.right, left: Math.min(own.left, documentBlock.left) }
      : documentBlock;
  });
  const rebuilt = rebuildText(lines, furniture, (page) => blocks[page - 1]!);

  // Every character pdf.js read is in the text or in a cut line: nothing is dropped on the way.
  const kept = glyphCount(rebuilt.text) + rebuilt.cut.reduce((n, c) => n + glyphCount(c.text), 0);
  if (kept !== glyphs)
    throw new ExtractError(
      file,
      1,
      say('internal', `PDF text accounting fails (${glyphs} characters read, ${kept} placed)`),
    );

  const scanned = pages.filter((p) => !p.runs.some((r) => r.text.trim())).map((p) => p.n);
  return {
    format: 'pdf',
    text: rebuilt.text,
    encoding: 'pdf',
    bom: 0,
    cut: rebuilt.cut.map((c) => ({
      rule: c.rule,
      line: c.line,
      endLine: c.line,
      chars: codePoints(c.text),
      text: c.text,
      page: c.page,
    })),
    pageStarts: rebuilt.pageStarts,
    findings: scanned.length
      ? [{ line: 1, rule: 'pdf:pages-without-text', message: say('pdf:pages-without-text', scanned.join('、')) }]
      : [],
  };
}
