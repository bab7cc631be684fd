import { describe, expect, it } from 'vitest';
import { row, sameDepartments, seedExtraction } from '../helpers/seeds.ts';

// Written by reading policy-sources/suzhou-carbon-peak.txt lines 23–64 and 68–87:
// each task's closing parenthesis, `leads | partners | responsible | generic`.
const TASKS: Record<string, string> = {
  1: '市发改委 | | | 市有关部门 / 各县级市〔区〕人民政府',
  2: '市资源规划局 | 市住建局',
  3: '市发改委、市生态环境局 | 市工信局、市资源规划局、市交通局、市水务局',
  4: '市发改委、市生态环境局 | 市文明办、市教育局、市交通局',
  5: '市发改委、市工信局 | 市生态环境局、市行政审批局',
  6: '市工信局 | 市发改委、市科技局、市生态环境局',
  7: '市发改委、市工信局 | 市科技局、市生态环境局、市农业农村局、市市场监管局',
  8: '市发改委 | 市工信局、市资源规划局、市生态环境局、市住建局、市城管局、市农业农村局、市供销合作总社',
  9: '市工信局、市发改委、市生态环境局 | 市统计局',
  10: '市发改委 | 市工信局、市生态环境局、市住建局、市商务局',
  11: '市发改委 | 市工信局、市资源规划局、市住建局、市农业农村局、苏州供电公司',
  12: '市发改委 | 苏州供电公司',
  13: '市工信局 | 市发改委、市住建局、市交通局、市农业农村局、市商务局、市机关事务局',
  14: '市住建局 | 市资源规划局、市园林绿化局、市农业农村局',
  15: '市住建局 | 市资源规划局',
  16: '市住建局 | 市农业农村局',
  17: '市交通局 | 市发改委、市资源规划局、市住建局、市商务局、市邮政管理局',
  18: ' | | 市发改委、市工信局、市公安局、市资源规划局、市生态环境局、市住建局、市城管局、市交通局、市农业农村局、市商务局、苏州供电公司',
  19: '市交通局 | 市发改委、市工信局、市公安局、市生态环境局、市住建局、市城管局',
  20: '市科技局 | 市发改委、市工信局、市生态环境局',
  21: '市科技局 | 市发改委、市工信局',
  22: ' | | 市委人才办、市教育局、市科技局、市人社局',
  23: '市商务局 | 市发改委、市工信局、苏州海关',
  24: ' | | 市发改委、市科技局、市工信局、市生态环境局、市商务局、市市场监管局',
  25: '市资源规划局、市生态环境局 | 市发改委、市工信局、市园林绿化局、市农业农村局、市行政审批局',
  26: '市园林绿化局 | 市发改委、市资源规划局、市生态环境局、市水务局、市农业农村局',
  27: '市碳达峰碳中和工作领导小组办公室 | 市财政局、市工信局、市金融监管局',
  28: '市碳达峰碳中和工作领导小组办公室 | 市财政局、市工信局、市科技局、市金融监管局、人行苏州中支、苏州银保监分局',
  29: '市碳达峰碳中和工作领导小组办公室 | | | 市各有关部门',
  30: '市碳达峰碳中和工作领导小组办公室 | | | 各有关部门 / 各县级市〔区〕',
  31: ' | | 市发改委、市教育局、市科技局、市工信局、市生态环境局、市住建局、市商务局、市机关事务局',
  32: '市碳达峰碳中和工作领导小组办公室 | | | 市各有关部门',
};

// The annex table (lines 69–87), one row per item, responsible departments as written.
const ANNEX: Array<[string, string, string]> = [
  ['总体方案', '碳达峰实施方案', '市发改委'],
  ['重点领域专项实施方案', '能源领域碳达峰实施方案', '市发改委'],
  ['重点领域专项实施方案', '工业领域及重点行业碳达峰实施方案', '市工信局'],
  ['重点领域专项实施方案', '交通运输领域碳达峰实施方案', '市交通局'],
  ['重点领域专项实施方案', '城乡建设领域碳达峰实施方案', '市住建局'],
  ['重点领域专项实施方案', '农业农村领域碳达峰实施方案', '市农业农村局'],
  ['重点领域专项实施方案', '重点园区碳达峰试点实施方案', '市发改委、市生态环境局'],
  ['关键环节专项保障方案', '科技支撑碳达峰碳中和实施方案', '市科技局'],
  ['关键环节专项保障方案', '加强全社会节约用能促进碳达峰实施方案', '市工信局'],
  ['关键环节专项保障方案', '氢能及燃料电池产业发展规划', '市工信局、市发改委'],
  ['关键环节专项保障方案', '减污降碳协同增效实施方案', '市生态环境局'],
  ['关键环节专项保障方案', '数据中心和 5G 等新型基础设施绿色高质量发展实施方案', '市发改委、市工信局'],
  ['关键环节专项保障方案', '公共机构绿色低碳循环发展实施方案', '市机关事务局、市住建局'],
  ['关键环节专项保障方案', '生态系统碳汇能力巩固提升实施方案', '市资源规划局、市园林绿化局'],
  ['关键环节专项保障方案', '财政金融政策(合并投资基金方案)', '市财政局、市金融监管局'],
  ['关键环节专项保障方案', '绿色低碳发展学校宣传教育实施方案', '市教育局'],
  ['关键环节专项保障方案', '领导干部碳达峰碳中和教育培训实施方案', '领导小组办公室'],
  ['关键环节专项保障方案', '绿色低碳社会行动示范创建方案', '市发改委'],
  ['关键环节专项保障方案', '碳达峰碳中和目标任务落实情况督察考核方案', '领导小组办公室'],
];

describe('suzhou-carbon-peak (苏委发〔2022〕7 号)', () => {
  const ex = seedExtraction();
  const doc = ex.content.documents.find((d) => d.id === 'suzhou-carbon-peak')!;
  const tasks = ex.content.tasks.filter((t) => t.document === doc.id);
  const numbered = tasks.filter((t) => t.kind === 'numbered');
  const annex = tasks.filter((t) => t.kind === 'annex');

  it('reads the title block: issuers, 发文字号, date of issue, region', () => {
    expect(doc.title).toBe('中共苏州市委 苏州市人民政府关于加快转变发展方式做好碳达峰碳中和工作的实施意见');
    expect(doc.issuer).toEqual(['中共苏州市委', '苏州市人民政府']);
    expect(doc.docNumber).toBe('苏委发〔2022〕7 号');
    expect(doc.issued).toBe('2022-03-17');
    expect(doc.region).toBe('苏州市');
    expect(doc.removed).toEqual([]);
  });

  it('finds 32 numbered tasks, numbered 1 to 32 in order', () => {
    expect(numbered.map((t) => t.number)).toEqual(Array.from({ length: 32 }, (_, i) => String(i + 1)));
  });

  it.each(Object.entries(TASKS))(
    'task %s: leads, partners, responsible and generic phrases as its note says',
    (n, spec) => {
      const task = numbered.find((t) => t.number === n)!;
      const want = row(spec);
      expect(sameDepartments(ex, task.leads, want.leads), `leads of task ${n}`).toBe(true);
      expect(sameDepartments(ex, task.partners, want.partners), `partners of task ${n}`).toBe(true);
      expect(sameDepartments(ex, task.responsible, want.responsible), `responsible of task ${n}`).toBe(true);
      expect(task.generic).toEqual(want.generic);
      expect(task.quote).toMatch(/^[(（].*[)）]$/s);
    },
  );

  it('joins the word broken across lines 30–31 (装备 / 制造) inside task 7', () => {
    expect(numbered.find((t) => t.number === '7')!.text).toContain('电子信息、装备制造、先进材料');
  });

  it('records 各县级市〔区〕人民政府 once, on task 1, and applies it to every later task', () => {
    expect(numbered[0]!.inherited).toEqual([]);
    for (const t of numbered.slice(1)) {
      expect(t.inherited).toHaveLength(1);
      expect(t.inherited[0]).toMatchObject({
        phrase: '各县级市〔区〕人民政府',
        department: null,
        clause: numbered[0]!.clause,
        line: 23,
      });
    }
  });

  it('reads 19 annex rows with their category and responsible departments', () => {
    expect(annex).toHaveLength(19);
    ANNEX.forEach(([category, title, depts], i) => {
      const t = annex[i]!;
      expect(t.category).toBe(category);
      expect(t.title).toBe(title);
      expect(sameDepartments(ex, t.responsible, depts.split('、')), `annex row ${i + 1}`).toBe(true);
      expect(t.leads).toEqual([]);
      expect(t.inherited.map((x) => x.phrase)).toEqual(['各部门']);
    });
  });

  it('merges 领导小组办公室 in the annex into 市碳达峰碳中和工作领导小组办公室', () => {
    const office = ex.content.departments.find((d) => d.aliases.includes('领导小组办公室'))!;
    expect(office.aliases).toContain('市碳达峰碳中和工作领导小组办公室');
    expect(office.leads).toHaveLength(5);
    expect(office.responsible).toHaveLength(2);
  });

  it('keeps generic phrases out of the department registry', () => {
    const names = ex.content.departments.flatMap((d) => d.aliases);
    for (const g of ['市有关部门', '市各有关部门', '各有关部门', '各县级市〔区〕人民政府', '各部门'])
      expect(names).not.toContain(g);
  });

  it('finds no quantitative targets in a text that sets none', () => {
    expect(ex.content.targets.filter((t) => t.document === doc.id)).toEqual([]);
  });
});
