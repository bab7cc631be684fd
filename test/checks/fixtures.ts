/**
 * Small rule sets and targets shaped like the seeds, validated by the shared
 * schemas so the evaluators are tested against what the extractor may emit.
 */
import { ruleSetSchema, targetSchema, type Criterion, type RuleSet, type Target } from '../../src/schema/index.ts';

type CriterionInput = Pick<Criterion, 'kind' | 'text'> & Partial<Criterion>;

function criteria(ruleId: string, inputs: CriterionInput[]): Criterion[] {
  const counters = new Map<string, number>();
  return inputs.map((input) => {
    const n = (counters.get(input.kind) ?? 0) + 1;
    counters.set(input.kind, n);
    return {
      id: `${ruleId}/${input.kind}-${n}`,
      clause: 'c2-2',
      line: 30,
      quote: input.text,
      span: { start: 0, end: input.text.length },
      quota: null,
      date: null,
      acceptance: null,
      ...input,
    };
  });
}

function ruleSet(
  document: string,
  local: string,
  applicantType: string,
  inputs: CriterionInput[],
  extra: Partial<RuleSet> = {},
): RuleSet {
  const id = `${document}/${local}`;
  return ruleSetSchema.parse({
    id,
    document,
    applicantType,
    applicant: null,
    scope: null,
    clause: 'c2-1',
    line: 25,
    quote: applicantType,
    span: { start: 0, end: applicantType.length },
    criteria: criteria(id, inputs),
    ...extra,
  });
}

/** Shared by every type of the three-type document, as its 申报基础条件 are. */
const sharedConditions: CriterionInput[] = [
  { kind: 'required', text: '申报对象应有清晰的区域边界' },
  { kind: 'required', text: '组织编制示范创建方案并正式发布实施' },
  { kind: 'disqualifier', text: '近三年区域内重点排放单位未完成履约', clause: 'c2-2', line: 31 },
  { kind: 'disqualifier', text: '存在碳排放数据弄虚作假', clause: 'c2-2', line: 31 },
  { kind: 'deadline', text: '示范创建申报阶段至2023年10月31日', clause: 'c3-1', line: 40, date: '2023-10-31' },
];

function threeType(local: string, type: string, quota: number, referenceMin: number): RuleSet {
  return ruleSet(
    'three-types',
    local,
    type,
    [
      ...sharedConditions,
      { kind: 'quota', text: `每市申报数量原则上不超过${quota}个`, quota: { max: quota, unit: '个', per: '市' } },
      {
        kind: 'acceptance',
        text: `达到所有约束指标和70%以上的参考指标，至少完成${referenceMin}项参考指标`,
        clause: 'c3-2-2',
        line: 50,
        acceptance: { allBinding: true, referencePercent: 70, referenceMin },
      },
    ],
    { applicant: '申报主体', scope: null },
  );
}

/** Three applicant types sharing conditions; the window closed on 2023-10-31. */
export const threeTypes: RuleSet[] = [
  threeType('city', '近零碳城市', 1, 10),
  threeType('park', '近零碳园区', 2, 8),
  threeType('community', '近零碳社区', 3, 5),
];

/** One type whose scope (申报对象为…) is asked first, and which offers support. */
export const scopedType: RuleSet[] = [
  ruleSet(
    'scoped',
    'park',
    '零碳园区',
    [
      { kind: 'required', text: '园区管理委员会作为申报主体', clause: 'c2-1' },
      { kind: 'disqualifier', text: '近三年发生重大环境污染事件', clause: 'c3-2' },
      { kind: 'support', text: '每个园区给予不超过500万元补助', clause: 'c4-1' },
    ],
    { scope: '省级及以上开发区、工业园区' },
  ),
];

/** Two applicant types with their own numbered conditions; deadline 2025-01-10. */
export const twoTypes: RuleSet[] = [
  ruleSet('two-types', 'county', '试点旗县(区)', [
    { kind: 'required', text: '申报主体为旗县(区)人民政府', clause: 'c5-1-1' },
    { kind: 'required', text: '碳达峰路径具有典型代表性和可借鉴性', clause: 'c5-1-3' },
    { kind: 'deadline', text: '于2025年1月10日前报送', clause: 'c6-2', date: '2025-01-10' },
  ]),
  ruleSet('two-types', 'park', '试点园区', [
    { kind: 'required', text: '申报主体为园区管委会', clause: 'c5-2-1' },
    { kind: 'required', text: '碳达峰路径具有典型代表性和可借鉴性', clause: 'c5-2-3' },
    { kind: 'disqualifier', text: '园区近3年来发生较大及以上生产安全事故', clause: 'c5-2-4' },
    { kind: 'deadline', text: '于2025年1月10日前报送', clause: 'c6-2', date: '2025-01-10' },
  ]),
];

export function target(
  local: string,
  fields: Partial<Target> & Pick<Target, 'metric' | 'comparator' | 'value'>,
): Target {
  return targetSchema.parse({
    id: `plan/${local}`,
    document: 'plan',
    task: null,
    unit: '%',
    year: 2025,
    scope: null,
    change: null,
    baseline: null,
    valueText: String(fields.value),
    approximate: false,
    cumulative: false,
    clause: 'c1',
    line: 5,
    quote: fields.metric,
    span: { start: 0, end: fields.metric?.length ?? 1 },
    ...fields,
  });
}

export const targets = {
  coverage: target('t1', { metric: '林草覆盖率', comparator: '>=', value: 68.22 }),
  sewage: target('t2', { metric: '污水处理率', comparator: '>=', value: 98, scope: '市区' }),
  pue: target('t3', { metric: '数据中心PUE', comparator: '<', value: 1.25, unit: null }),
  energyDrop: target('t4', { metric: '单位GDP能耗', comparator: '>=', value: 16, change: 'decrease', baseline: 2020 }),
  fullCoverage: target('t5', { metric: '生活垃圾分类覆盖率', comparator: '=', value: 100 }),
  rooftop: target('t6', { metric: '屋顶光伏装机', comparator: '>', value: 50, unit: '万千瓦' }),
  emissionsCap: target('t7', { metric: '细颗粒物浓度', comparator: '<=', value: 35, unit: '微克/立方米' }),
};
