import type { SourceFormat } from '../../src/schema/index.ts';
import type { SourceFile } from '../0-sources/read-sources.ts';
import { ExtractError } from '../lib/errors.ts';
import { say } from '../lib/messages.ts';
import type { DecodedSource } from './decoded.ts';
import { readDocx } from './read-docx.ts';
import { readHtml } from './read-html.ts';
import { readPdf } from './read-pdf.ts';

/** Formats by file extension: what `policy-sources/` reads. */
export const FORMAT_OF_EXTENSION: Record<string, SourceFormat> = {
  txt: 'txt',
  pdf: 'pdf',
  html: 'html',
  htm: 'html',
  docx: 'docx',
};

/** The format of a source by its extension (a file with another extension is read as text). */
export function formatOf(file: string): SourceFormat {
  return FORMAT_OF_EXTENSION[/\.([^./]+)$/.exec(file)?.[1] ?? ''] ?? 'txt';
}

/** The readers of published files: each turns the file into text and a report of what it cut. */
const READERS: Record<Exclude<SourceFormat, 'txt'>, (bytes: Uint8Array, file: string) => Promise<DecodedSource>> = {
  pdf: readPdf,
  html: readHtml,
  docx: readDocx,
};

/**
 * Decodes the published files among the sources (PDF, saved web pages, Word) before the synchronous
 * pipeline runs; text files pass through as they are. A file that cannot be read is reported as
 * `file:line: reason` and left out, so nothing is written for it.
 */
export async function decodeSources(sources: SourceFile[]): Promise<{ sources: SourceFile[]; errors: string[] }> {
  const out: SourceFile[] = [];
  const errors: string[] = [];
  for (const source of sources) {
    const format = formatOf(source.file);
    if (format === 'txt' || source.decoded) {
      out.push(source);
      continue;
    }
    try {
      out.push({ ...source, decoded: await READERS[format](source.bytes, source.file) });
    } catch (e) {
      errors.push(e instanceof ExtractError ? e.message : `${source.file}:1: ${say('internal', (e as Error).message)}`);
    }
  }
  return { sources: out, errors };
}
