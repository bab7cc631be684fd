/**
 * Every word the self-check islands and pages show, in one place (zh-CN).
 * Reason codes map to plain words here; legal wording stays in the quotes.
 */
import type { Comparator } from '../schema/index.ts';
import type { AcceptanceCheck, CountError, CountField } from './acceptance.ts';
import type { Answer, EligibilityStatus } from './eligibility.ts';
import type { NumberInputError } from './number-input.ts';
import type { AcceptanceReason, EligibilityReason, IndicatorReason } from './reasons.ts';

export const comparatorSymbol: Record<Comparator, string> = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '=': '=',
};

export const comparatorWords: Record<Comparator, string> = {
  '>=': '不低于',
  '>': '高于',
  '<=': '不高于',
  '<': '低于',
  '=': '达到',
};

/** Plain decimal, no grouping: the same on the server and in every browser. */
export function formatNumber(n: number): string {
  return String(Math.round(n * 1e10) / 1e10);
}

/** A gap or margin in a unit: percentages differ by 个百分点, not by %. */
export function gapUnit(unit: string | null): string {
  if (unit === '%') return ' 个百分点';
  return unit ? ` ${unit}` : '';
}

export const common = {
  sourceLink: '查看原文条款',
  quoteLabel: '原文',
  clearAnswers: '清除我的回答',
  cleared: '已清除本页保存的回答。',
  copyLink: '复制分享链接',
  linkCopied: '链接已复制。链接中包含您的回答，只保存在链接本身，不会发送到任何服务器。',
  linkCopyFailed: '无法自动复制，请从地址栏复制本页链接。',
  print: '打印结果',
  printedOn: (date: string) => `打印日期：${date}`,
  source: (title: string) => `来源：《${title}》`,
  privacy: '您的回答只保存在本浏览器中（本地存储和页面链接），不会发送到任何服务器。',
  noScript: '启用 JavaScript 后可逐题作答并即时得到结果；以下列出全部问题及其出处。',
};

export const eligibility = {
  progress: (n: number, total: string) => `第 ${n} / ${total} 题`,
  typeLegend: '您要申报哪一类？',
  typeHint: '请选择与申报主体相符的类型。',
  typeNone: '以上都不是',
  applicant: (who: string) => `申报主体：${who}`,
  scope: (what: string) => `申报对象：${what}`,
  requiredHint: '您是否满足这一条件？',
  disqualifierHint: '是否存在这种情形？存在此情形的不得申报。',
  disqualifierLegend: (text: string) => `不得申报的情形：${text}`,
  /** A disqualifier answer in the summary: 是 means the disqualifying fact is present. */
  disqualifierAnswers: { yes: '是（存在）', no: '否（不存在）', unsure: '不确定' } satisfies Record<Answer, string>,
  answers: { yes: '是', no: '否', unsure: '不确定' } satisfies Record<Answer, string>,
  chooseAnswer: '请选择一个答案后继续。',
  chooseType: '请选择一个申报类型后继续。',
  next: '继续',
  back: '返回',
  restart: '重新开始',
  showResult: '查看结果',
  change: '修改',
  summaryTitle: '检查您的回答',
  yourAnswers: '您的回答',
  summaryLead: '请核对您的回答，确认无误后查看结果。',
  questionColumn: '问题',
  answerColumn: '您的回答',
  typeQuestion: '申报类型',
  notAnswered: '未回答',
  resultTitle: '自查结果',
  status: { eligible: '符合条件', ineligible: '不符合', uncertain: '尚需确认' } satisfies Record<EligibilityStatus, string>,
  statusLead: {
    eligible: '根据您的回答，您满足全部申报条件，且不存在不得申报的情形。',
    ineligible: '根据您的回答，您可能不符合申报条件，原因如下。',
    uncertain: '根据您的回答，还有以下事项需要确认后才能判断是否符合条件。',
  } satisfies Record<EligibilityStatus, string>,
  whatNext: '下一步',
  eligibleNext: '按原文规定的程序准备并提交申报材料；提交前请再次对照原文核实每一项条件。',
  blockingTitle: { ineligible: '不满足的条件', uncertain: '需要确认的事项' },
  reason: {
    'type-unanswered': '尚未选择申报类型',
    'type-none': '不属于本次可申报的类型',
    'required-met': '满足',
    'required-unmet': '不满足这一条件',
    'required-uncertain': '尚不确定是否满足',
    'required-unanswered': '尚未回答',
    'disqualifier-absent': '不存在',
    'disqualifier-present': '存在不得申报的情形',
    'disqualifier-uncertain': '尚不确定是否存在',
    'disqualifier-unanswered': '尚未回答',
  } satisfies Record<EligibilityReason, string>,
  fix: {
    'type-unanswered': '选择申报类型后继续作答。',
    'type-none': '本次申报只面向上列类型。可关注今后的其他批次，或向主管部门咨询。',
    'required-met': '',
    'required-unmet': '申报前需补齐这一条件；如您认为已经满足，请对照原文核实并准备证明材料。',
    'required-uncertain': '对照原文核实，或向所在地主管部门咨询，并准备能证明满足该条件的材料。',
    'required-unanswered': '回答这一问题后再看结果。',
    'disqualifier-absent': '',
    'disqualifier-present': '原文规定存在此情形的不得申报。如情况有误或已有定论，请向主管部门咨询。',
    'disqualifier-uncertain': '核查有关记录（如履约、执法、事故记录），确认不存在此情形。',
    'disqualifier-unanswered': '回答这一问题后再看结果。',
  } satisfies Record<EligibilityReason, string>,
  infoTitle: '名额与期限',
  quotaTitle: '申报名额',
  deadlineTitle: '申报期限',
  windowClosed: (date: string) => `申报已于 ${date} 截止。以下自查可供参考，或为今后的批次做准备。`,
  windowClosedShort: (date: string) => `申报已于 ${date} 截止。`,
  windowOpen: (date: string, daysLeft: number) =>
    daysLeft === 0 ? `今天（${date}）是申报截止日。` : `申报截止日期：${date}（还有 ${daysLeft} 天）。`,
  allQuestions: '全部问题及出处',
  requiredGroup: '申报条件',
  disqualifierGroup: '不得申报的情形',
};

export const indicators = {
  metric: '指标',
  target: '目标',
  yourValue: '您的数值',
  actualValue: '实际值',
  judgement: '判断',
  source: '出处',
  status: { met: '达标', unmet: '未达标', empty: '未填', invalid: '无法识别' },
  summary: (met: number, total: number) => `达标 ${met} / ${total}`,
  summaryDetail: (unmet: number, empty: number, invalid: number) =>
    [`未达标 ${unmet}`, `未填 ${empty}`, ...(invalid ? [`无法识别 ${invalid}`] : [])].join('，'),
  inputLabel: (metric: string, scope: string | null) => `${scope ? `${scope}` : ''}${metric}的实际值`,
  changeLabel: (metric: string, change: 'decrease' | 'increase', baseline: number | null) =>
    `${metric}${baseline ? `较${baseline}年` : ''}${change === 'decrease' ? '下降' : '增长'}幅度`,
  changeHint: (change: 'decrease' | 'increase', unit: string | null) =>
    change === 'decrease'
      ? `填写下降幅度${unit ? `（${unit}）` : ''}，如下降 16% 填 16；不降反升请填负数。`
      : `填写增长幅度${unit ? `（${unit}）` : ''}；不增反降请填负数。`,
  year: (year: number) => `${year}年`,
  baselineYear: (year: number) => `较${year}年`,
  changeWord: { decrease: '下降', increase: '增长' },
  gap: (
    gap: string,
    direction: 'up' | 'down',
    strict: boolean,
    change: 'decrease' | 'increase' | null,
  ): string => {
    const subject = change === 'decrease' ? '降幅' : change === 'increase' ? '增幅' : '';
    if (strict) return direction === 'up' ? `${subject}需高于目标值，目前恰好持平` : `${subject}需低于目标值，目前恰好持平`;
    return direction === 'up' ? `${subject}还差 ${gap}` : `${subject}超出 ${gap}`;
  },
  margin: (margin: string) => `超出目标 ${margin}`,
  exact: '恰好达到目标',
  error: {
    'not-a-number': '请输入一个数字，例如 68.22。',
    'chinese-numeral': '请用阿拉伯数字输入，例如 68.22。',
    'extra-words': '只填数字（可带 %），不要加“约”“以上”等文字。',
    'comma-decimal': '小数请用小数点，例如 68.22，而不是 68,22。',
    'several-numbers': '每格只填一个数字。',
    'not-integer': '请输入整数。',
    negative: '请输入不小于 0 的数。',
    'unexpected-percent': '这项指标不是百分比，请去掉 %。',
  } satisfies Record<NumberInputError, string>,
  reason: { 'target-met': '达标', 'target-near': '达标（约数目标，差距在允许范围内）', 'target-unmet': '未达标', 'target-empty': '未填', 'target-invalid': '无法识别' } satisfies Record<
    IndicatorReason,
    string
  >,
  tableCaption: (title: string) => `《${title}》中的量化目标`,
  noScript: '启用 JavaScript 后可填入实际值并即时判断是否达标；以下列出全部目标及其出处。',
  barLabel: '数值与目标的对比',
};

export const acceptance = {
  title: '验收测算',
  lead: '填入评价指标体系中的指标数量和已达到的数量，测算是否满足验收条件。',
  typeLegend: '申报类型',
  fields: {
    bindingTotal: '约束指标总数',
    bindingMet: '已达到的约束指标数',
    referenceTotal: '参考指标总数',
    referenceMet: '已达到的参考指标数',
  } satisfies Record<CountField, string>,
  status: { pass: '满足验收条件', fail: '暂不满足验收条件', incomplete: '请填写数量' },
  missing: (labels: string[]) => `还需填写：${labels.join('、')}。`,
  error: {
    ...indicators.error,
    'not-integer': '指标数量应为整数。',
    negative: '指标数量不能小于 0。',
    'unexpected-percent': '请填写项数，不是百分比。',
    'exceeds-total': '已达到的数量不能多于总数。',
  } satisfies Record<CountError, string>,
  ruleSummary: (p: { allBinding: boolean; referencePercent: number | null; referenceMin: number | null }) =>
    [
      p.allBinding ? '约束指标全部达到' : null,
      p.referencePercent !== null ? `参考指标达到 ${p.referencePercent}% 以上` : null,
      p.referenceMin !== null ? `参考指标至少 ${p.referenceMin} 项` : null,
    ]
      .filter(Boolean)
      .join('；'),
  ruleTitle: '验收条件',
  resultTitle: '测算结果',
  countsLegend: '指标数量',
  countHint: '填写整数，如 12。',
  /** One line per part of the rule, with the numbers that decided it. */
  checkText: (c: AcceptanceCheck, percent: number | null): string => {
    switch (c.code) {
      case 'binding-met':
        return `约束指标全部达到（${c.actual} / ${c.required}）。`;
      case 'binding-unmet':
        return `约束指标须全部达到：已达到 ${c.actual} / ${c.required}，还差 ${c.short} 项。`;
      case 'reference-share-met':
        return `参考指标达到 ${percent}% 以上：已达到 ${c.actual} / ${c.of} 项（${percent}% 即至少 ${c.required} 项）。`;
      case 'reference-share-unmet':
        return `参考指标须达到 ${percent}% 以上，即 ${c.of} 项中至少 ${c.required} 项：已达到 ${c.actual} 项，还差 ${c.short} 项。`;
      case 'reference-min-met':
        return `参考指标至少 ${c.required} 项：已达到 ${c.actual} 项。`;
      case 'reference-min-unmet':
        return `参考指标至少须达到 ${c.required} 项：已达到 ${c.actual} 项，还差 ${c.short} 项。`;
      default:
        return '';
    }
  },
  reason: {
    'binding-met': '约束指标全部达到',
    'binding-unmet': '约束指标未全部达到',
    'reference-share-met': '参考指标比例达到要求',
    'reference-share-unmet': '参考指标比例不足',
    'reference-min-met': '参考指标数量达到要求',
    'reference-min-unmet': '参考指标数量不足',
    'counts-missing': '数量未填',
    'counts-invalid': '数量有误',
  } satisfies Record<AcceptanceReason, string>,
};

export const pages = {
  eligibilityTitle: (title: string) => `资格自查：${title}`,
  indicatorTitle: (title: string) => `指标自查：${title}`,
  acceptanceTitle: (title: string) => `验收测算：${title}`,
  eligibilityLead: '逐题回答是否满足申报条件，得出是否符合条件以及还缺什么。问题全部来自',
  indicatorLead: '填入实际值，逐项判断是否达到目标。目标全部来自',
  acceptanceLead: '填入指标数量，测算是否满足验收条件。验收条件来自',
  acceptanceLink: '验收时需要达到哪些指标？使用验收测算',
  acceptanceNoScript: '启用 JavaScript 后可填入数量并即时测算；验收条件及其出处如下。',
  description: (title: string) => `根据《${title}》生成的自查工具，在浏览器中完成，不上传任何信息。`,
};

export const index = {
  title: '自查工具',
  lead: '根据政策原文生成的资格自查、指标自查和验收测算。全部计算在您的浏览器中完成，填写的内容不会发送到任何地方。',
  eligibilityTitle: '资格自查',
  indicatorTitle: '指标自查',
  acceptanceTitle: '验收测算',
  eligibilityPage: (title: string) => `资格自查：${title}`,
  indicatorPage: (title: string) => `指标自查：${title}`,
  types: (n: number) => `${n} 类申报主体`,
  targets: (n: number) => `${n} 项量化目标`,
  none: '暂无可生成自查的文件。',
};
