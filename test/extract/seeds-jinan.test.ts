import { describe, expect, it } from 'vitest';
import { sameDepartments, seedExtraction } from '../helpers/seeds.ts';

// Written by reading policy-sources/jinan-green-lowcarbon.txt: 十三五 achievements (lines 11–14)
// and the 到2025年 commitments spread through the plan's paragraphs.
describe('jinan-green-lowcarbon (济南市“十四五”绿色低碳循环发展规划)', () => {
  const ex = seedExtraction();
  const doc = ex.content.documents.find((d) => d.id === 'jinan-green-lowcarbon')!;
  const targets = ex.content.targets.filter((t) => t.document === doc.id);
  const baselines = ex.content.baselines.filter((t) => t.document === doc.id);
  const target = (metric: string) => targets.find((t) => t.metric === metric);

  it('reads title, issuer, date and the plan period 十四五 = 2021–2025', () => {
    expect(doc.title).toBe('济南市“十四五”绿色低碳循环发展规划');
    expect(doc.issuer).toEqual(['济南市人民政府办公厅']);
    expect(doc.issued).toBe('2022-06-21');
    expect(doc.period).toEqual({ start: 2021, end: 2025 });
  });

  it('cuts the forum junk at the end (收藏, 点赞, 回帖) and reports it', () => {
    expect(doc.removed).toHaveLength(1);
    expect(doc.removed[0]).toMatchObject({ rule: 'site-chrome', line: 125, endLine: 135 });
    expect(doc.clauses.at(-1)!.text).toContain('推动形成绿色发展方式和生活方式');
  });

  it('keeps every 十三五 figure (14, 绿色供应链管理示范企业2家 included) as a baseline of 2020, never as a target', () => {
    const past = [36, 55.29, 4000, 771, 12, 2, 30, 22.5, 23.77, 20.4, 62, 11.4, 100, 54];
    expect(baselines.map((b) => b.value)).toEqual(past);
    expect(baselines.every((b) => b.year === 2020 && b.line >= 11 && b.line <= 14)).toBe(true);
    expect(targets.some((t) => t.line >= 10 && t.line <= 14)).toBe(false);
  });

  it.each([
    ['空气质量优良天数比例', '>=', 65.2, '%', null],
    ['森林覆盖率', '>=', 13.68, '%', null],
    ['PUE值', '<', 1.25, null, null],
    ['上架率', '>', 65, '%', null],
    ['非常规水利用量', '>=', 2.5, '亿立方米', null],
    // 力争达到470万千瓦左右: an approximate value keeps its verb's direction (issue 10), judged with a tolerance.
    ['新能源和可再生能源装机', '>=', 470, '万千瓦', '全市'],
    ['新建道路', '>=', 700, '公里', '全市'],
    ['城市新能源公交车(不含应急车辆)占比', '>=', 100, '%', '中心城区'],
    ['创建省级及以上绿色工厂', '>=', 40, '家', null],
    ['新增绿色建筑面积', '>=', 5000, '万平方米', null],
  ])('target %s %s %s %s (scope %s), due 2025', (metric, comparator, value, unit, scope) => {
    expect(target(metric)).toMatchObject({ comparator, value, unit, scope, year: 2025, change: null });
  });

  it('reads 较2020年下降16% as a decrease of 16% from the 2020 baseline', () => {
    expect(target('万元GDP用水量')).toMatchObject({
      change: 'decrease',
      baseline: 2020,
      value: 16,
      unit: '%',
      comparator: '>=',
    });
    // 下降6%左右 is a decrease of about 6%: it keeps its direction and is marked approximate (issue 10), never `= 6%`.
    expect(target('单位耕地面积化肥使用量')).toMatchObject({
      change: 'decrease',
      baseline: 2020,
      value: 6,
      comparator: '>=',
      approximate: true,
    });
  });

  it('takes a target year from the plan period when its paragraph names none (line 85)', () => {
    expect(target('完成既有居住建筑节能改造面积')).toMatchObject({
      value: 500,
      unit: '万平方米',
      year: 2025,
      line: 85,
    });
  });

  it('does not turn unit sizes (30万千瓦以下煤电机组, 15公里范围内) into targets', () => {
    expect(targets.some((t) => t.line === 79)).toBe(false);
  });

  it('reads 市发展改革委会同市科技局… as a duty, and 企业牵头 as none', () => {
    const duties = ex.content.tasks.filter((t) => t.document === doc.id);
    expect(duties).toHaveLength(1);
    expect(sameDepartments(ex, duties[0]!.leads, ['市发展改革委'])).toBe(true);
    expect(sameDepartments(ex, duties[0]!.partners, ['市科技局', '市工业和信息化局', '市生态环境局'])).toBe(true);
    expect(duties[0]!.generic).toEqual(['相关部门']);
  });
});
