import { describe, expect, it } from 'vitest';
import { segment, slice, type MarkSpec } from '../../src/components/lib/marks.ts';
import { clauseLabel, splitHeading, headingLevel } from '../../src/components/lib/clause.ts';

const spec = (needle: string, within?: string): MarkSpec => ({ kind: 'target', needle, within, href: '#t', title: 't' });

describe('segment', () => {
  it('marks a value inside its quote, not the same value earlier in the clause', () => {
    const text = '目前为80%。到2025年，优良天数比例不低于80%。';
    const segs = segment(text, [spec('80%', '优良天数比例不低于80%')]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    const marked = segs.filter((s) => s.mark);
    expect(marked).toHaveLength(1);
    expect(text.indexOf(marked[0]!.text, segs[0]!.text.length)).toBeGreaterThan(text.indexOf('不低于'));
  });

  it('finds a quote that a source line break split in two', () => {
    const segs = segment('建设绿色制造体系', [spec('绿色\n制造')]);
    expect(segs.find((s) => s.mark)?.text).toBe('绿色制造');
  });

  it('never overlaps two marks and keeps every character', () => {
    const text = '到2025年森林覆盖率达到65%';
    const segs = segment(text, [spec('65%'), spec('65%'), spec('到2025年')]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['到2025年', '65%']);
  });

  it('leaves out a fact whose text is not in the clause', () => {
    expect(segment('无关内容', [spec('99%')])).toEqual([{ text: '无关内容' }]);
  });
});

describe('slice', () => {
  it('cuts marked segments at the edges', () => {
    const segs = segment('甲乙丙丁', [spec('乙丙')]);
    expect(slice(segs, 2, 4).map((s) => [s.text, Boolean(s.mark)])).toEqual([
      ['丙', true],
      ['丁', false],
    ]);
  });
});

describe('splitHeading', () => {
  it('keeps the closing 。 with a run-in heading', () => {
    expect(splitHeading({ heading: '强化规划引领', text: '强化规划引领。加强衔接。' })).toEqual({ headEnd: 7, rest: '加强衔接。' });
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
    expect(clauseLabel({ marker: '1. ', heading: '强化规划引领', text: '强化规划引领。加强。', kind: 'numbered' })).toBe('1.强化规划引领');
    expect(clauseLabel({ marker: null, heading: null, text: '一二三四五六七八九十一二三四五六七', kind: 'paragraph' })).toBe('一二三四五六七八九十一二三四五六…');
    expect(clauseLabel({ marker: null, heading: null, text: 'a|b', kind: 'table', rows: [['序号', '名称']] })).toBe('表格：序号、名称');
  });
});
