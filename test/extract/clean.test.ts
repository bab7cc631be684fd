import { describe, expect, it } from 'vitest';
import { extractText } from '../helpers/run.ts';

describe('clean', () => {
  it('cuts navigation before and comments after the document, reporting each span', () => {
    const text = [
      '首页',
      '网站导航',
      '当前位置：首页 > 政策 > 正文',
      '',
      '北原市节水方案',
      '一、目标',
      '到2025年，用水总量控制在10亿立方米以内。',
      '分享',
      '0人已收藏',
      '抢板凳',
    ].join('\n');
    const { document } = extractText(text);
    expect(document.removed.map((r) => [r.rule, r.line, r.endLine])).toEqual([
      ['site-chrome', 1, 4],
      ['site-chrome', 8, 10],
    ]);
    expect(document.clauses[0]!.text).toBe('北原市节水方案');
    expect(document.accounting.source).toBe(document.accounting.kept + document.accounting.removed);
  });

  it('cuts a news site’s lead-in before 原文如下 as news-lead-in', () => {
    const text = [
      '某网讯：北原市印发节水方案。',
      '方案指出，到2025年用水量下降10%。',
      '原文如下：',
      '北原市节水方案',
      '一、目标',
      '到2025年，万元GDP用水量较2020年下降10%。',
    ].join('\n');
    const { document, targets } = extractText(text);
    expect(document.removed.map((r) => r.rule)).toEqual(['news-lead-in', 'site-chrome']);
    expect(targets).toHaveLength(1);
    expect(targets[0]!.line).toBe(6);
  });

  it('cuts page numbers left between pages of a PDF and joins the sentence around them', () => {
    const text = [
      '北原市节水方案',
      '一、目标',
      '（一）加快推进城镇污水管网建设，全面提升污水收集',
      '- 2 -',
      '能力和处理水平。',
    ].join('\n');
    const { document } = extractText(text);
    expect(document.removed.map((r) => [r.rule, r.line])).toEqual([['page-number', 4]]);
    expect(document.clauses.find((c) => c.id === 'c1-1')!.text).toBe(
      '加快推进城镇污水管网建设，全面提升污水收集能力和处理水平。',
    );
  });

  it('counts a BOM as removed so source = kept + removed holds', () => {
    const { document } = extractText('\ufeff北原市节水方案\n一、目标');
    expect(document.removed[0]).toMatchObject({ rule: 'bom', chars: 1 });
    expect(document.accounting.source).toBe(document.accounting.kept + 1);
  });
});
