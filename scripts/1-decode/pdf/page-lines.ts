import type { GlyphRun, PdfPage } from './glyph-runs.ts';

/** One line of a page, rebuilt from the positions of its runs. */
export interface PdfLine {
  page: number;
  /** The line's characters, runs in order of position, gaps written as the gap rules below say. */
  text: string;
  /** Left and right edge and baseline, in points from the top left. */
  x0: number;
  x1: number;
  y: number;
  /** Font size of most of its characters. */
  size: number;
  /** Read from a column of characters set one below the other, or turned on their side. */
  vertical: boolean;
  /** Gaps wider than a character and a half between runs: a row of table cells or a spaced signature has some. */
  wideGaps: number;
}

const isAsciiWord = (c: string | undefined) => !!c && /[A-Za-z0-9%.,:/\-+_@#&()[\]°]/.test(c);

/**
 * What a gap between two runs on one line is. pdf.js splits a line where the pen jumps: between a
 * Chinese character and a digit (Word's autospace, ¼ em or a little more), at a space typed between
 * two names (四川省生态环境厅 四川省经济和信息化厅, ½ em), between table cells, inside a name set
 * letter-spaced (召 集 人). Only a gap a reader sees as a space becomes one: between Latin words or
 * digits any gap, between Chinese characters a gap of a typed space, but between a Chinese character
 * and a digit or Latin word only one wider than the autospace, so 到2025年 reads as printed.
 */
export function gapText(before: string, after: string, gap: number, size: number): string {
  if (gap <= 0.15 * size) return '';
  if (/\s$/.test(before) || /^\s/.test(after)) return '';
  const [a, b] = [isAsciiWord(before.at(-1)), isAsciiWord(after[0])];
  if (a && b) return ' ';
  if (!a && !b) return gap >= 0.2 * size ? ' ' : '';
  return gap >= 0.45 * size ? ' ' : '';
}

/** A run's extent from the top of its tallest character to just below its baseline. */
const top = (r: GlyphRun) => r.y - r.size * 0.85;
const bottom = (r: GlyphRun) => r.y + r.size * 0.15;

/**
 * Whether two runs share a line: their heights overlap by at least half the smaller one (a superscript m³ joins its
 * line).
 */
function sameLine(a: { top: number; bottom: number; size: number }, r: GlyphRun): boolean {
  const overlap = Math.min(a.bottom, bottom(r)) - Math.max(a.top, top(r));
  return overlap >= 0.5 * Math.min(a.size, r.size);
}

function dominantSize(runs: GlyphRun[]): number {
  const weight = new Map<number, number>();
  for (const r of runs)
    weight.set(Math.round(r.size * 2) / 2, (weight.get(Math.round(r.size * 2) / 2) ?? 0) + r.text.length);
  return [...weight].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
}

function lineOf(page: number, runs: GlyphRun[], vertical: boolean): PdfLine {
  const size = dominantSize(runs);
  let text = '';
  let end = -Infinity;
  let wideGaps = 0;
  for (const r of runs) {
    if (text && !vertical && r.x - end >= 1.5 * size) wideGaps++;
    if (text && !vertical) text += gapText(text, r.text, r.x - end, size);
    text += r.text;
    end = Math.max(end, r.x + r.width);
  }
  const main = runs.filter((r) => Math.abs(r.size - size) < 0.5);
  return {
    page,
    text,
    x0: Math.min(...runs.map((r) => r.x)),
    x1: Math.max(...runs.map((r) => r.x + (vertical ? r.size : r.width))),
    y: vertical ? Math.min(...runs.map((r) => r.y)) : (main[0] ?? runs[0]!).y,
    size,
    vertical,
    wideGaps,
  };
}

/**
 * Characters set one below the other (a table's side heading 环/境/质/量, a spine of text in the
 * margin): single characters with nothing beside them, stacked at one x about a character apart.
 * A column of a table (是/是/是, row numbers 1/2/3) looks the same, but its characters stand on the
 * baselines of their rows; vertical text mostly does not. Each column becomes one line, top to bottom.
 */
function stackedColumns(runs: GlyphRun[]): GlyphRun[][] {
  // Only Chinese characters are set vertically; a column of digits, dashes or % is a column of table cells.
  const single = runs.filter((r) => r.upright && /^\p{Script=Han}$/u.test(r.text.trim()));
  const alone = single.filter(
    (r) =>
      !runs.some(
        (o) =>
          o !== r &&
          o.upright &&
          sameLine({ top: top(r), bottom: bottom(r), size: r.size }, o) &&
          (o.x > r.x ? o.x - (r.x + r.width) : r.x - (o.x + o.width)) < r.size,
      ),
  );
  alone.sort((a, b) => a.x - b.x || a.y - b.y);
  const columns: GlyphRun[][] = [];
  const used = new Set<GlyphRun>();
  for (const start of alone) {
    if (used.has(start)) continue;
    const column = [start];
    used.add(start);
    for (;;) {
      const last = column.at(-1)!;
      const next = alone.find(
        (r) =>
          !used.has(r) &&
          Math.abs(r.x - last.x) <= 0.3 * last.size &&
          r.y > last.y &&
          r.y - last.y <= 1.6 * last.size &&
          Math.abs(r.size - last.size) < 0.2 * last.size,
      );
      if (!next) break;
      column.push(next);
      used.add(next);
    }
    const onRowBaselines = column.filter((c) =>
      runs.some((o) => !column.includes(o) && Math.abs(o.y - c.y) <= 0.025 * c.size),
    ).length;
    if (column.length >= 2 && onRowBaselines <= column.length / 2) columns.push(column);
  }
  return columns;
}

/** Runs turned on their side, grouped by the column they stand in. */
function turnedColumns(runs: GlyphRun[]): GlyphRun[][] {
  const turned = runs.filter((r) => !r.upright).sort((a, b) => a.x - b.x || a.y - b.y);
  const columns: GlyphRun[][] = [];
  for (const r of turned) {
    const column = columns.find((c) => Math.abs(c[0]!.x - r.x) <= 0.5 * r.size);
    if (column) column.push(r);
    else columns.push([r]);
  }
  return columns;
}

/** A page's runs → its lines, top to bottom (a vertical column stands where its first character does). */
export function pageLines(page: PdfPage): PdfLine[] {
  const vertical = [...stackedColumns(page.runs), ...turnedColumns(page.runs)];
  const inColumn = new Set(vertical.flat());
  const flat = page.runs.filter((r) => !inColumn.has(r)).sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: Array<{ runs: GlyphRun[]; top: number; bottom: number; size: number }> = [];
  for (const r of flat) {
    // Only the lines just above can take the run: runs come in order of baseline.
    const group = groups.slice(-3).find((g) => sameLine(g, r));
    if (group) {
      group.runs.push(r);
      group.top = Math.min(group.top, top(r));
      group.bottom = Math.max(group.bottom, bottom(r));
      group.size = Math.max(group.size, r.size);
    } else groups.push({ runs: [r], top: top(r), bottom: bottom(r), size: r.size });
  }
  const lines = groups.map((g) =>
    lineOf(
      page.n,
      g.runs.sort((a, b) => a.x - b.x),
      false,
    ),
  );
  lines.push(...vertical.map((c) => lineOf(page.n, c, true)));
  return lines.sort((a, b) => a.y - b.y || a.x0 - b.x0);
}
