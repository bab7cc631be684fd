import { describe, expect, it } from 'vitest';
import { sameDepartments, seedExtraction } from '../helpers/seeds.ts';

describe('shandong-near-zero-carbon (近零碳城市、园区、社区示范创建)', () => {
  const ex = seedExtraction();
  const doc = ex.content.documents.find((d) => d.id === 'shandong-near-zero-carbon')!;
  const rules = ex.content.rules.filter((r) => r.document === doc.id);
  const milestones = ex.content.milestones.filter((m) => m.document === doc.id);

  it('reads the notice: plan title, issuer, issued 2023-07-06, published 2023-07-12', () => {
    expect(doc.title).toBe('山东省近零碳城市、近零碳园区、近零碳社区示范创建实施方案');
    expect(doc.issuer).toEqual(['山东省生态环境厅']);
    expect(doc.issued).toBe('2023-07-06');
    expect(doc.published).toBe('2023-07-12');
    expect(doc.region).toBe('山东省');
  });

  it('cuts the site chrome at both ends (lines 1–8 and 84–88)', () => {
    expect(doc.removed.map((r) => [r.line, r.endLine])).toEqual([
      [1, 8],
      [84, 88],
    ]);
  });

  it('finds three applicant types with their applicants and scopes', () => {
    expect(rules.map((r) => [r.applicantType, r.applicant])).toEqual([
      ['近零碳城市', '所在县(市、区)人民政府'],
      ['近零碳园区', '园区管委会'],
      ['近零碳社区', '居民委员会(村民委员会)'],
    ]);
    expect(rules[0]!.scope).toBe('县(市、区)全域');
  });

  it('gives every type the four shared conditions and four disqualifiers', () => {
    for (const r of rules) {
      expect(r.criteria.filter((c) => c.kind === 'required').map((c) => c.text)).toEqual([
        '申报对象应有清晰的区域边界',
        '具有一定的低碳发展基础和明确的近零碳发展目标',
        '近零碳示范创建、运行和管理的工作机制健全有效',
        '组织编制示范创建方案并正式发布实施',
      ]);
      expect(r.criteria.filter((c) => c.kind === 'disqualifier')).toHaveLength(4);
    }
  });

  it('reads quotas per city 1 / 2 / 3 and acceptance minimums 10 / 8 / 5 with 70% of reference indicators', () => {
    expect(rules.map((r) => r.criteria.find((c) => c.kind === 'quota')!.quota)).toEqual([
      { max: 1, unit: '个', per: '市' },
      { max: 2, unit: '个', per: '市' },
      { max: 3, unit: '个', per: '市' },
    ]);
    expect(rules.map((r) => r.criteria.find((c) => c.kind === 'acceptance')!.acceptance)).toEqual([
      { allBinding: true, referencePercent: 70, referenceMin: 10 },
      { allBinding: true, referencePercent: 70, referenceMin: 8 },
      { allBinding: true, referencePercent: 70, referenceMin: 5 },
    ]);
  });

  it('reads the application deadline 2023-10-31 and the phases as periods', () => {
    expect(rules.every((r) => r.criteria.some((c) => c.kind === 'deadline' && c.date === '2023-10-31'))).toBe(true);
    expect(milestones.filter((m) => m.kind === 'period').map((m) => [m.start, m.end])).toEqual([
      ['2023-11-01', '2025-12-31'],
      ['2026-01-01', '2026-04-30'],
    ]);
    expect(milestones.find((m) => m.kind === 'duration')).toMatchObject({ duration: { value: 5, unit: '工作日' } });
  });

  it('turns quotas and acceptance percentages into rules, not targets', () => {
    expect(ex.content.targets.filter((t) => t.document === doc.id)).toEqual([]);
  });

  it('reads 省生态环境厅负责… as duties and leaves 各市生态环境局负责… generic', () => {
    const duties = ex.content.tasks.filter((t) => t.document === doc.id);
    expect(duties.map((t) => t.kind)).toEqual(['statement', 'statement']);
    for (const t of duties) expect(sameDepartments(ex, t.responsible, ['省生态环境厅'])).toBe(true);
  });
});

describe('inner-mongolia-pilot (碳达峰试点建设方案)', () => {
  const ex = seedExtraction();
  const doc = ex.content.documents.find((d) => d.id === 'inner-mongolia-pilot')!;
  const rules = ex.content.rules.filter((r) => r.document === doc.id);

  it('reads title and region; the text names no issuer or date', () => {
    expect(doc.title).toBe('内蒙古自治区碳达峰试点建设方案');
    expect(doc.region).toBe('内蒙古自治区');
    expect(doc.removed.map((r) => r.text.trim())).toEqual(['文章来源:北极星大气网']);
  });

  it('finds two applicant types with numbered conditions (4 and 5)', () => {
    expect(
      rules.map((r) => [r.applicantType, r.applicant, r.criteria.filter((c) => c.kind === 'required').length]),
    ).toEqual([
      ['碳达峰试点旗县(区)', '旗县(区)人民政府', 4],
      ['碳达峰试点园区', '园区管委会', 5],
    ]);
    expect(rules[1]!.criteria.map((c) => c.text)).not.toContain(
      '优先支持高耗能高排放项目集聚度高且主导产业类型以钢铁、建材、电力、有色金属、石化、化工等为主的园区',
    );
  });

  it('reads 15 + 15 pilots as quotas and the filing deadline 2025-01-10', () => {
    expect(rules.map((r) => r.criteria.find((c) => c.kind === 'quota')?.quota?.max)).toEqual([15, 15]);
    expect(rules.every((r) => r.criteria.some((c) => c.kind === 'deadline' && c.date === '2025-01-10'))).toBe(true);
  });

  it('reads goals for 2025 and 2027 as target years', () => {
    const years = ex.content.milestones
      .filter((m) => m.document === doc.id && m.kind === 'target-year')
      .map((m) => m.end);
    expect(years).toEqual(['2025', '2027']);
  });

  it('reads 自治区发展改革委(将)会同… as duties, merging 科技厅 with 自治区科技厅', () => {
    const duties = ex.content.tasks.filter((t) => t.document === doc.id);
    expect(duties).toHaveLength(3);
    expect(duties.every((t) => sameDepartments(ex, t.leads, ['自治区发展改革委']))).toBe(true);
    expect(
      sameDepartments(ex, duties[0]!.partners, [
        '科技厅',
        '工业和信息化厅',
        '交通运输厅',
        '住房和城乡建设厅',
        '能源局',
      ]),
    ).toBe(true);
  });
});
