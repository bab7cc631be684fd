import { describe, expect, it } from 'vitest';
import { segment, slice, textRange, type MarkSpec } from '../../src/components/lib/marks.ts';
import { clauseLabel, splitHeading, headingLevel } from '../../src/components/lib/clause.ts';

const spec = (start: number, end: number, kind: MarkSpec['kind'] = 'target'): MarkSpec => ({
  kind,
  span: { start, end },
  href: '#t',
  title: 't',
});

// A clause whose text starts at source offset 100 and whose source line broke after 绿色 (at 111),
// a break the clause text joins away: text 0–11 is source 100–111, text 11–21 is source 112–122.
const clause = {
  text: '目前为80%。建设绿色制造体系，达到80%',
  segments: [
    [0, 100, 11],
    [11, 112, 10],
  ] as Array<[number, number, number]>,
};

describe('textRange', () => {
  it('maps a span inside one run by offset', () => {
    expect(textRange(clause.segments, { start: 103, end: 106 })).toEqual([3, 6]);
  });
  it('maps a span across a joined line break, the break itself left out', () => {
    expect(textRange(clause.segments, { start: 108, end: 114 })).toEqual([8, 13]);
  });
  it('moves an edge that falls on the break inward to the text', () => {
    expect(textRange(clause.segments, { start: 111, end: 114 })).toEqual([11, 13]);
  });
  it('gives nothing for a span outside the clause', () => {
    expect(textRange(clause.segments, { start: 10, end: 20 })).toBeNull();
    expect(textRange(clause.segments, { start: 130, end: 140 })).toBeNull();
  });
});

describe('segment', () => {
  it('marks the fact at its span, not the same value earlier in the clause', () => {
    // The second 80% (text 18–21) is source 119–122; the first (text 3–6) must stay plain.
    const segs = segment(clause, [spec(119, 122)]);
    expect(segs.map((s) => s.text).join('')).toBe(clause.text);
    const marked = segs.filter((s) => s.mark);
    expect(marked.map((s) => s.text)).toEqual(['80%']);
    expect(segs[0]!.text).toBe('目前为80%。建设绿色制造体系，达到');
  });

  it('never overlaps two marks and keeps every character', () => {
    const segs = segment(clause, [spec(103, 106), spec(104, 108, 'date'), spec(108, 114, 'date')]);
    expect(segs.map((s) => s.text).join('')).toBe(clause.text);
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['80%', '设绿色制造']);
  });

  it('leaves out a fact whose span is not in the clause', () => {
    expect(segment({ text: '无关内容', segments: [[0, 0, 4]] }, [spec(50, 53)])).toEqual([{ text: '无关内容' }]);
  });
});

describe('slice', () => {
  it('cuts marked segments at the edges', () => {
    const segs = segment({ text: '甲乙丙丁', segments: [[0, 0, 4]] }, [spec(1, 3)]);
    expect(slice(segs, 2, 4).map((s) => [s.text, Boolean(s.mark)])).toEqual([
      ['丙', true],
      ['丁', false],
    ]);
  });
});

describe('splitHeading', () => {
  it('keeps the closing 。 with a run-in heading', () => {
    expect(splitHeading({ heading: '强化规划引领', text: '强化规划引领。加强衔接。' })).toEqual({
      headEnd: 7,
      rest: '加强衔接。',
    });
  });
  it('reports no rest for a heading-only clause', () => {
    expect(splitHeading({ heading: '总体要求', text: '总体要求' })).toEqual({ headEnd: 4, rest: '' });
  });
  it('gives up when the heading does not open the text', () => {
    expect(splitHeading({ heading: '甲', text: '乙甲' })).toBeNull();
    expect(splitHeading({ heading: null, text: '乙甲' })).toBeNull();
  });
  it('maps outline depth to h2…h6', () => {
    expect([0, 1, 2, 3, 4, 9].map(headingLevel)).toEqual([2, 3, 4, 5, 6, 6]);
  });
});

describe('clauseLabel', () => {
  it('names a clause by its marker and heading, or by its opening words', () => {
    expect(
      clauseLabel({ marker: '1. ', heading: '强化规划引领', text: '强化规划引领。加强。', kind: 'numbered' }),
    ).toBe('1.强化规划引领');
    expect(
      clauseLabel({ marker: null, heading: null, text: '一二三四五六七八九十一二三四五六七', kind: 'paragraph' }),
    ).toBe('一二三四五六七八九十一二三四五六…');
    expect(clauseLabel({ marker: null, heading: null, text: 'a|b', kind: 'table', rows: [['序号', '名称']] })).toBe(
      '表格：序号、名称',
    );
  });
});
