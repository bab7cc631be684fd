import { describe, expect, it } from 'vitest';
import { row, sameDepartments, seedExtraction } from '../helpers/seeds.ts';

// Written by reading policy-sources/longnan-eco-civilization.txt lines 80–170: each task's
// (牵头单位:…;配合单位:…) note as `leads | partners | responsible | generic`.
const TASKS: Record<string, string> = {
  1: '市生态环境局 | | | 《方案》涉及的市直单位 / 各县区',
  2: '市委办公室、市政府办公室 | | | 所有在陇单位',
  3: '市委组织部 | | | 各级党委 / 政府部门',
  4: '市水务局 | | | 市河长制成员单位',
  5: '市生态环境局 | | | 在陇企业',
  6: '市生态环境局 | | | 市直相关部门',
  7: '市生态环境局 | 市工信局、市住建局、市交通运输局、市市场监管局',
  8: '市生态环境局 | 市发展改革委、市工信局、市住建局、市水务局、市农业农村局',
  9: '市生态环境局 | 市发展改革委、市自然资源局、市水务局、市农业农村局、市林草局',
  10: '市林草局 | 市自然资源局、市发展改革委、市住建局、市农业农村局',
  11: '市林草局 | 市自然资源局、市生态环境局、市水务局、市农业农村局 | | 各级各类自然保护地机构',
  12: '市生态环境局 | 市发展改革委、市工信局、市住建局、市卫生健康委、市应急管理局',
  13: '市生态环境局 | 市自然资源局、市住建局',
  14: '市生态环境局 | 市公安局、市卫生健康委、市应急管理局',
  15: '市自然资源局、市林草局 | 市生态环境局 | | 各级各类自然保护地机构',
  16: '市水务局 | 市自然资源局',
  17: '市发展改革委 | 市工信局、市统计局',
  18: '市水务局 | 市工信局、市农业农村局、市住建局、市发展改革委',
  19: '市自然资源局 | 市发展改革委、市住建局',
  20: '市生态环境局 | 市发展改革委、市工信局、市林草局',
  21: '市生态环境局 | 市工信局',
  22: '市生态环境局 | 市发展改革委、市工信局、市住建局',
  23: '市生态环境局 | 市水务局',
  24: '市住建局 | 市生态环境局、市水务局',
  25: '市生态环境局 | 市住建局、市水务局、市农业农村局',
  26: '市住建局 | 市生态环境局、市卫生健康委',
  27: '市住建局 | 市生态环境局、市农业农村局、市卫生健康委',
  28: '市住建局 | 市自然资源局、市林草局',
  29: '市住建局 | 市自然资源局、市发展改革委、市工信局',
  30: '市交通运输局 | 市住建局',
  31: '市住建局 | 市发展改革委、市工信局、市生态环境局',
  32: '市发展改革委、市商务局 | 市市场监管局、市供销联社、市统计局',
  33: '市财政局、市公共资源交易中心 | | | 各采购单位',
  34: '市委组织部 | 市委党校、市生态环境局',
  35: '市生态环境局 | 市委宣传部、市统计局',
  36: '市生态环境局 | 市统计局',
  37: '市发展改革委 | 市统计局',
};

describe('longnan-eco-civilization (陇政办发〔2023〕80号)', () => {
  const ex = seedExtraction();
  const doc = ex.content.documents.find((d) => d.id === 'longnan-eco-civilization')!;
  const numbered = ex.content.tasks.filter((t) => t.document === doc.id && t.kind === 'numbered');
  const targets = ex.content.targets.filter((t) => t.document === doc.id);

  it('reads the notice around the plan: plan title, issuer, 发文字号, dates', () => {
    expect(doc.title).toBe('陇南市创建国家生态文明建设示范市工作实施方案');
    expect(doc.issuer).toEqual(['陇南市人民政府办公室']);
    expect(doc.docNumber).toBe('陇政办发〔2023〕80号');
    expect(doc.issued).toBe('2023-11-20');
    expect(doc.published).toBe('2023-12-08');
    expect(doc.region).toBe('陇南市');
  });

  it('cuts the news site around the plan, and its lead-in that repeats the plan, as reported junk', () => {
    const rules = doc.removed.map((r) => [r.rule, r.line, r.endLine]);
    expect(rules).toEqual([
      ['site-chrome', 1, 7],
      ['news-lead-in', 8, 11],
      ['site-chrome', 12, 15],
      ['news-lead-in', 16, 23],
      ['site-chrome', 24, 25],
      ['site-chrome', 193, 201],
    ]);
    expect(
      doc.removed.some((r) => r.rule === 'news-lead-in' && r.text.includes('十大生态产业增加值GDP占比不低于24%')),
    ).toBe(true);
    expect(doc.removed.at(-1)).toMatchObject({ rule: 'site-chrome', line: 193, endLine: 201 });
    expect(doc.clauses.some((c) => c.text.includes('北极星'))).toBe(false);
    expect(doc.accounting.source).toBe(doc.accounting.kept + doc.accounting.removed);
  });

  it('finds 37 numbered tasks under 二、重点任务', () => {
    expect(numbered.map((t) => t.number)).toEqual(Array.from({ length: 37 }, (_, i) => String(i + 1)));
  });

  it.each(Object.entries(TASKS))('task %s: 牵头单位 and 配合单位 as its note says', (n, spec) => {
    const task = numbered.find((t) => t.number === n)!;
    const want = row(spec);
    expect(sameDepartments(ex, task.leads, want.leads), `leads of ${n}`).toBe(true);
    expect(sameDepartments(ex, task.partners, want.partners), `partners of ${n}`).toBe(true);
    expect(sameDepartments(ex, task.responsible, want.responsible), `responsible of ${n}`).toBe(true);
    expect(task.generic).toEqual(want.generic);
  });

  it('applies 以下所有工作任务均需各县区落实 to tasks 2–37 as inherited, not to task 1', () => {
    expect(numbered[0]!.inherited).toEqual([]);
    for (const t of numbered.slice(1))
      expect(t.inherited.map((i) => [i.phrase, i.department, i.line])).toEqual([['各县区', null, 80]]);
  });

  it('reads two targets from one clause: 市区 98% and 县城 93%', () => {
    const sewage = targets.filter((t) => t.line === 140);
    expect(sewage.map((t) => [t.scope, t.metric, t.comparator, t.value, t.unit, t.year])).toEqual([
      ['市区', '污水处理率', '>=', 98, '%', 2023],
      ['县城', '污水处理率', '>=', 93, '%', 2023],
    ]);
  });

  it.each([
    ['林草覆盖率', '>=', 68.22, '%'],
    ['城镇生活垃圾无害化处理率', '>', 95, '%'],
    ['生态环境信息公开率', '=', 100, '%'],
    ['生态环境状况指数(EI)', '>=', 66, null],
    ['城镇人均公园绿地面积', '>=', 15, '平方米/人'],
    ['单位国内生产总值建设用地使用面积下降率', '>=', 4.5, '%'],
    ['十大生态产业增加值GDP占比', '>=', 24, '%'],
  ])('target %s %s %s %s by the end of 2023, linked to its task', (metric, comparator, value, unit) => {
    const t = targets.find((x) => x.metric === metric)!;
    expect(t).toMatchObject({ comparator, value, unit, year: 2023 });
    expect(t.task).not.toBeNull();
  });

  it('keeps 目前…为15% as a baseline, and 达到20%以上 as the target', () => {
    const base = ex.content.baselines.filter((b) => b.document === doc.id);
    expect(base.map((b) => [b.value, b.unit, b.line])).toEqual([[15, '%', 84]]);
    expect(targets.find((t) => t.line === 84)).toMatchObject({ value: 20, comparator: '>=' });
  });

  it('takes nothing from the news lead-in: every target quote lies in the plan', () => {
    expect(targets.length).toBe(24);
    expect(targets.every((t) => t.line >= 80)).toBe(true);
  });

  it('reads the plan periods 2022—2023年, 2023—2025年 and 2026—2030年', () => {
    const periods = ex.content.milestones.filter((m) => m.document === doc.id && m.kind === 'period');
    expect(periods.map((m) => [m.start, m.end])).toEqual([
      ['2022', '2023'],
      ['2023', '2025'],
      ['2026', '2030'],
    ]);
  });

  it('warns that the numbering jumps from 二、 to 五、', () => {
    expect(doc.findings.some((f) => f.rule === 'outline:numbering-gap' && f.line === 172)).toBe(true);
  });
});
