import JSZip from 'jszip';
import mammoth from 'mammoth';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { ExtractError } from '../lib/errors.ts';
import { say } from '../lib/messages.ts';
import type { DecodedSource } from './decoded.ts';
import { listNumbers } from './docx/numbering.ts';
import { pageBlocks } from './html/blocks.ts';

/** mammoth's document model, as far as it is read here (mammoth ships no types for it). */
interface DocNode {
  type: string;
  children?: DocNode[];
  numbering?: unknown;
  value?: string;
}

/**
 * Writes Word's list numbers into the paragraphs that carry them and turns the lists into plain
 * paragraphs, so the number is text the outline reads (一、 （一） 1.) as it reads a typed one. The
 * suffix Word puts after a number (a tab by default) is layout: nothing is written for it, except a
 * space after a number that ends in a letter or digit.
 */
function numberParagraphs(numbers: Array<string | null>): { transform: (doc: DocNode) => DocNode; used: () => number } {
  let next = 0;
  const visit = (node: DocNode): DocNode => {
    if (node.type === 'paragraph' && node.numbering) {
      const label = numbers[next++];
      node.numbering = null;
      if (label)
        node.children = [
          { type: 'run', children: [{ type: 'text', value: /[\p{L}\p{N}]$/u.test(label) ? `${label} ` : label }] },
          ...(node.children ?? []),
        ];
    }
    if (node.children) node.children = node.children.map(visit);
    return node;
  };
  return { transform: visit, used: () => next };
}

/**
 * A Word file (.docx) → the document's text, with mammoth: paragraphs, list items with the numbers
 * Word shows, tables as tables (a row per line, cells apart by a tab). Page headers and footers are
 * not read (mammoth leaves them out), so no running header reaches the text.
 */
export async function readDocx(bytes: Uint8Array, file: string): Promise<DecodedSource> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new ExtractError(file, 1, say('docx:unreadable', (e as Error).message));
  }
  const documentXml = await zip.file('word/document.xml')?.async('string');
  if (!documentXml) throw new ExtractError(file, 1, say('docx:unreadable', 'word/document.xml'));
  const numbers = listNumbers(documentXml, (await zip.file('word/numbering.xml')?.async('string')) ?? null);
  const numbering = numberParagraphs(numbers);
  const { value: html } = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    {
      transformDocument: numbering.transform,
      ignoreEmptyParagraphs: true,
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    },
  );
  const blocks = pageBlocks(unified().use(rehypeParse).parse(html));
  const text = blocks
    .flatMap((b) => b.lines)
    .map((l) => `${l}\n`)
    .join('');
  if (!text.trim()) throw new ExtractError(file, 1, say('docx:no-text'));
  const findings =
    numbering.used() === numbers.length
      ? []
      : [{ line: 1, rule: 'docx:list-numbers', message: say('docx:list-numbers') }];
  return { format: 'docx', text, encoding: 'docx', bom: 0, cut: [], findings };
}
