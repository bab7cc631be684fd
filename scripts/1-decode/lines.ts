/** One source line with its place in the decoded text. */
export interface Line {
  /** 1-based line number. */
  n: number;
  /** Offset of the first character in the decoded text. */
  start: number;
  /** Offset just past the last character, before the terminator. */
  end: number;
  /** Offset just past the terminator (CRLF, CR or LF). */
  next: number;
  /** The line's text without its terminator (invisible characters cut, once the cleaner has run). */
  text: string;
  /** Source offset of each code unit of `text`, when `text` is not the plain slice `start…end`. */
  map?: number[];
}

/** Splits decoded text into lines, keeping every character's offset (CRLF, CR and LF all count). */
export function toLines(text: string): Line[] {
  const lines: Line[] = [];
  const pattern = /\r\n|\r|\n/g;
  let start = 0;
  let n = 1;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    lines.push({ n: n++, start, end: m.index, next: m.index + m[0].length, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  if (start < text.length || lines.length === 0) {
    lines.push({ n, start, end: text.length, next: text.length, text: text.slice(start) });
  }
  return lines;
}
