import { describe, expect, it } from 'vitest';
import { milestoneCount, summaryLines } from '../../scripts/6-emit/summary.ts';
import { extractTexts } from '../helpers/run.ts';

describe('the extract summary', () => {
  it('counts time points as the site does, the document’s own dates apart', () => {
    expect(
      milestoneCount([{ kind: 'deadline' }, { kind: 'target-year' }, { kind: 'issued' }, { kind: 'published' }]),
    ).toEqual({
      timePoints: 2,
      ownDates: 2,
    });
  });

  it('prints that count on each document’s line', () => {
    const text =
      '某市实施方案\n某政发〔2024〕1号\n2024年1月15日\n一、总体要求\n1.完成规划。于2025年6月30日前完成编制。（市发改委牵头）\n';
    const [line] = summaryLines(extractTexts({ 'x-plan': text }), false);
    expect(line).toMatch(/，1 个时间节点（另有 1 个印发\/发布日期）/);
  });
});
