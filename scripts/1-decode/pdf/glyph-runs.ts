import { getDocument, Util } from 'unpdf/pdfjs';

/**
 * A run of text as a PDF draws it: pdf.js's text item placed on the page in device space (origin top
 * left, y down, the page's /Rotate applied), so every later step reads positions as a reader sees them.
 */
export interface GlyphRun {
  /** The characters, exactly as the text layer holds them. */
  text: string;
  /** Left edge and baseline, in points from the top left of the page. */
  x: number;
  y: number;
  /** Advance along the line, in points. */
  width: number;
  /** Font size in points (the length of the text matrix's first column). */
  size: number;
  /** Set upright on a horizontal line; false for text turned on its side (a rotated page number, a spine). */
  upright: boolean;
}

export interface PdfPage {
  /** 1-based page number. */
  n: number;
  width: number;
  height: number;
  runs: GlyphRun[];
}

/**
 * Reads every page's text layer with pdf.js (the build unpdf ships for servers: no canvas, no
 * native code, no worker thread). pdf.js writes a lone " " item where it sees a gap between two
 * runs; such an item has no height, it is a gap and not a character of the file, so it is dropped
 * here and the line builder decides what a gap means.
 */
export async function readPdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    verbosity: 0,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  const doc = await task.promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs: GlyphRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        if (item.height === 0 && item.str.trim() === '') continue; // a gap pdf.js filled with a space
        const [a, b, , , e, f] = Util.transform(viewport.transform, item.transform) as number[];
        runs.push({
          text: item.str,
          x: e!,
          y: f!,
          width: item.width,
          size: Math.hypot(a!, b!) || item.height,
          upright: Math.abs(b!) < 0.01 * Math.abs(a!) && a! > 0,
        });
      }
      pages.push({ n, width: viewport.width, height: viewport.height, runs });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
