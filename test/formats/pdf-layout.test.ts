import { describe, expect, it } from 'vitest';
import { findFurniture } from '../../scripts/1-decode/pdf/furniture.ts';
import type { GlyphRun, PdfPage } from '../../scripts/1-decode/pdf/glyph-runs.ts';
import { gapText, pageLines } from '../../scripts/1-decode/pdf/page-lines.ts';
import { rebuildText } from '../../scripts/1-decode/pdf/paragraphs.ts';
import { textBlock } from '../../scripts/1-decode/pdf/text-block.ts';

/** A run of Chinese text set at 16 pt from x on baseline y, one em per character. */
const run = (text: string, x: number, y: number, size = 16): GlyphRun => ({
  text,
  x,
  y,
  width: [...text].length * size,
  size,
  upright: true,
});
/** A page of lines: a line is [text, x]; lines stand 28 pt apart from y = 100, 16 pt type. */
const page = (n: number, lines: Array<[string, number]>, extra: GlyphRun[] = []): PdfPage => ({
  n,
  width: 595,
  height: 842,
  runs: [...lines.map(([t, x], i) => run(t, x, 100 + i * 28)), ...extra],
});
const LEFT = 80;
const FULL = '一二三四五六七八九十一二三四五六七八九十一二三四五'; // 25 characters: 80 + 400 = 480, the right edge

function rebuild(pages: PdfPage[]) {
  const lines = pages.map(pageLines);
  const block = textBlock(lines.flat())!;
  const furniture = findFurniture(lines, block);
  return rebuildText(lines, furniture, () => block);
}

/** The full-width space a Chinese paragraph is indented by. */
const IDEOGRAPHIC_SPACE = '\u3000';

describe('PDF lines to paragraphs', () => {
  it('joins a line reaching the right edge to the next at the left edge; keeps the break after a short line', () => {
    const { text } = rebuild([
      page(1, [
        [`${IDEOGRAPHIC_SPACE.repeat(2)}${FULL.slice(2)}`, LEFT],
        [FULL, LEFT],
        ['续完。', LEFT],
        [`新段落${FULL.slice(3)}`, LEFT + 32],
        [FULL, LEFT],
        ['结束。', LEFT],
      ]),
    ]);
    expect(text.split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('keeps the break before an indented line even after a full line', () => {
    const { text } = rebuild([
      page(1, [
        [FULL, LEFT],
        [FULL, LEFT],
        [`缩进${FULL.slice(2)}`, LEFT + 32],
        [FULL, LEFT],
        ['完。', LEFT],
      ]),
    ]);
    expect(text.split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('joins a paragraph across a page break and cuts the page numbers between, reporting each with its page', () => {
    const foot = (n: number) => run(`— ${n} —`, 260, 780, 14);
    const { text, cut, pageStarts } = rebuild([
      page(
        1,
        [
          [FULL, LEFT],
          [FULL, LEFT],
          [FULL, LEFT],
        ],
        [foot(1)],
      ),
      page(
        2,
        [
          [FULL, LEFT],
          ['段落在第二页结束。', LEFT],
        ],
        [foot(2)],
      ),
    ]);
    expect(text.split('\n').filter(Boolean)).toHaveLength(1);
    expect(text).not.toMatch(/—/);
    expect(cut.map((c) => [c.rule, c.page, c.text])).toEqual([
      ['page-number', 1, '— 1 —\n'],
      ['page-number', 2, '— 2 —\n'],
    ]);
    expect(pageStarts).toEqual([0, 75]);
  });

  it('cuts a line repeated at the top of every page as a running header', () => {
    const head = run('某某市人民政府公报', 220, 60, 12);
    const pages = [1, 2, 3, 4].map((n) =>
      page(
        n,
        [
          [FULL, LEFT],
          [`第${n}页的正文，到此为止。`, LEFT],
        ],
        [{ ...head }],
      ),
    );
    const { text, cut } = rebuild(pages);
    expect(text).not.toContain('公报');
    expect(cut.filter((c) => c.rule === 'running-header')).toHaveLength(4);
  });

  it('reads characters set one below another as one line, and table cells on row baselines as cells', () => {
    const rows: GlyphRun[] = [0, 1, 2, 3].flatMap((i) => [
      run(`指标名称第${i}行`, 120, 300 + i * 20, 12),
      run('是', 400, 300 + i * 20, 12),
    ]);
    const side = ['环', '境', '质', '量'].map((c, i) => run(c, 60, 303 + i * 15.5, 12));
    const lines = pageLines({ n: 1, width: 595, height: 842, runs: [...rows, ...side] });
    expect(lines.filter((l) => l.vertical).map((l) => l.text)).toEqual(['环境质量']);
    expect(lines.filter((l) => !l.vertical).every((l) => l.text.endsWith('是'))).toBe(true);
  });

  it('writes a gap as a space only where a reader sees one', () => {
    expect(gapText('到', '2025年', 4, 16)).toBe(''); // Word's autospace between 到 and 2025
    expect(gapText('PM', '2.5', 4, 16)).toBe(' ');
    expect(gapText('四川省生态环境厅', '四川省经济和信息化厅', 9, 18)).toBe(' ');
    expect(gapText('召', '集', 16, 16)).toBe(' ');
  });
});
