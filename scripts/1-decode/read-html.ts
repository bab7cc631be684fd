import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { Removed } from '../../src/schema/index.ts';
import { ExtractError } from '../lib/errors.ts';
import { say } from '../lib/messages.ts';
import { codePoints, forMatching } from '../lib/text.ts';
import type { DecodedSource, PortalField } from './decoded.ts';
import { pageBlocks, type PageBlock } from './html/blocks.ts';
import { pageEncoding } from './html/charset.ts';
import { FIELD_LINE, fieldLines, judgeBlocks } from './html/main-text.ts';

/**
 * Lays out the page's blocks as the document's text, one line per paragraph and per table row (cells
 * apart by a tab, the outline's table form), and reports every cut block with its rule and the line
 * where it stood. The text taken from the page is every block's lines, each with its line break.
 */
export function layoutBlocks(
  blocks: PageBlock[],
  verdicts: ReturnType<typeof judgeBlocks>,
): { text: string; cut: Removed[]; fields: PortalField[] } {
  let text = '';
  let line = 1;
  const cut: Removed[] = [];
  const fields: PortalField[] = [];
  blocks.forEach((block, i) => {
    const verdict = verdicts[i]!;
    if ('cut' in verdict) {
      const removed = block.lines.map((l) => `${l}\n`).join('');
      const last = cut.at(-1);
      // Blocks of one chrome side by side (the links of one menu) are one cut span.
      if (last && last.rule === verdict.cut && last.line === line) {
        last.text += removed;
        last.chars += codePoints(removed);
      } else cut.push({ rule: verdict.cut, line, endLine: line, chars: codePoints(removed), text: removed });
      return;
    }
    const lines = verdict.keep === 'fields' ? fieldLines(block).concat(block.rows ? [] : block.lines) : block.lines;
    for (const l of lines) {
      if (verdict.keep === 'fields') {
        const m = FIELD_LINE.exec(forMatching(l));
        if (m) {
          const start = text.length + m.index! + m[0].length - m.groups!.value!.length;
          fields.push({
            label: l.slice(0, m.groups!.label!.length),
            value: l.slice(m[0].length - m.groups!.value!.length).trim(),
            start,
            end: start + m.groups!.value!.trimEnd().length,
          });
        }
      }
      text += `${l}\n`;
      line++;
    }
  });
  return { text, cut, fields };
}

/**
 * A page as saved from a portal → the document's text. The page is decoded in the charset it
 * declares (GB2312 and GBK included), parsed with rehype-parse and read as text only: its scripts
 * never run and none of its markup is published. The document is picked out by structure; the
 * portal's navigation, breadcrumbs, share and print buttons, related links, comments and footer are
 * cut and reported; its metadata table (发文机关, 发文字号, 成文日期 …) is read into the metadata.
 */
export async function readHtml(bytes: Uint8Array, file: string): Promise<DecodedSource> {
  const encoding = pageEncoding(bytes);
  if ('unknown' in encoding) throw new ExtractError(file, 1, say('html:charset', encoding.unknown));
  let html: string;
  try {
    html = new TextDecoder(encoding.label, { fatal: true }).decode(bytes.subarray(encoding.bom));
  } catch {
    throw new ExtractError(file, 1, say('html:not-in-charset', encoding.label));
  }
  const tree = unified().use(rehypeParse).parse(html);
  const blocks = pageBlocks(tree);
  if (!blocks.length) throw new ExtractError(file, 1, say('html:no-text'));
  const { text, cut, fields } = layoutBlocks(blocks, judgeBlocks(blocks));
  if (!text.trim()) throw new ExtractError(file, 1, say('html:no-document'));
  return { format: 'html', text, encoding: encoding.label, bom: 0, cut, fields, findings: [] };
}
