import type { Finding, Removed, SourceFormat } from '../../src/schema/index.ts';

/** A field a portal prints above a document (发文字号：…), with where its value stands in the text. */
export interface PortalField {
  /** The label as printed, colon cut: 发文机关, 发文字号, 成文日期, 发布日期, 索引号, 主题分类 … */
  label: string;
  value: string;
  /** Offsets of the value in the decoded text. */
  start: number;
  end: number;
}

/**
 * A source as text, whatever it was published as: the one form the pipeline reads. The text is the
 * document's source for quotes, spans and lines; what a reader took out of the published file and
 * cut (page furniture, a portal's navigation) is in `cut`, so the characters taken from the file
 * are `text` + `cut`, and the pipeline's accounting covers both.
 */
export interface DecodedSource {
  format: SourceFormat;
  text: string;
  /** Encoding the text was decoded from (`utf-8`, `gb18030`, … ; `pdf` and `docx` for those files). */
  encoding: string;
  /** Characters of a byte order mark that was cut (0 or 1). */
  bom: number;
  /** Spans the reader cut before the text was made, each with its rule and the line where it stood. */
  cut: Removed[];
  /** For PDFs: offset in `text` where each page starts (`pageStarts[0]` is page 1's). */
  pageStarts?: number[];
  /** For saved web pages: the portal's metadata fields. */
  fields?: PortalField[];
  /** What the reader noticed and the user should know (pages without text …). */
  findings: Finding[];
}

/** The 1-based page an offset of a PDF's text falls on. */
export function pageAt(pageStarts: number[], offset: number): number {
  let lo = 0;
  let hi = pageStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pageStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
