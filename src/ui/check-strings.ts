/**
 * Every word the self-check islands and pages show (zh-CN), beside the reading site's strings.
 * Reason codes map to plain words here; legal wording stays in the quotes. Words of comparison
 * and change come from src/vocabulary, as everywhere on the site.
 */
import type { AcceptanceCheck, CountError, CountField } from '../checks/acceptance.ts';
import type { Answer, EligibilityStatus, Weight } from '../checks/eligibility.ts';
import type { IndicatorStatus } from '../checks/indicators.ts';
import type { NumberInputError } from '../checks/number-input.ts';
import type { AcceptanceReason, EligibilityReason, IndicatorReason } from '../checks/reasons.ts';
import { APPROXIMATE_LABEL, CHANGE_LABEL, COMPARATOR_LABEL, COMPARATOR_SUFFIXES } from '../vocabulary/index.ts';
import { formatDate, formatPercent, sinceBaseline } from './format.ts';

/** A suffix the text writes after a lower bound (以上), for the input hint. */
const lowerBoundSuffix = Object.entries(COMPARATOR_SUFFIXES).find(([, c]) => c === '>=')![0];
/** The word the text writes after an approximate value (左右). */
const approximateSuffix = Object.entries(COMPARATOR_SUFFIXES).find(([, c]) => c === 'approximate')![0];
const above = COMPARATOR_LABEL['>'];
const below = COMPARATOR_LABEL['<'];
const atLeast = COMPARATOR_LABEL['>='];
/** 降幅 / 增幅: the size of a change, named after its direction. */
const changeSize = { decrease: '降幅', increase: '增幅' } as const;

export const common = {
  sourceLink: '查看原文条款',
  quoteLabel: '原文',
  clearAnswers: '清除我的回答',
  cleared: '已清除本页保存的回答。',
  copyLink: '复制分享链接',
  linkCopied: '链接已复制。链接中包含您的回答，只保存在链接本身，不会发送到任何服务器。',
  linkCopyFailed: '无法自动复制，请从地址栏复制本页链接。',
  print: '打印结果',
  printedOn: (date: string) => `打印日期：${formatDate(date) ?? ''}`,
  source: (title: string) => `来源：《${title}》`,
  privacy: '您的回答只保存在本浏览器中（本地存储和页面链接），不会发送到任何服务器。',
  noScript: '启用 JavaScript 后可逐题作答并即时得到结果；以下列出全部问题及其出处。',
};

export const eligibility = {
  progress: (n: number, total: string) => `第 ${n} / ${total} 题`,
  typeLegend: '您要申报哪一类？',
  typeHint: '请选择与申报主体相符的类型。',
  typeNone: '都不属于上述类型',
  applicant: (who: string) => `申报主体：${who}`,
  scope: (what: string) => `申报对象：${what}`,
  requiredHint: '您是否满足这一条件？',
  scopeHint: '申报对象须属于这一范围。您的单位是否属于？',
  scopeLegend: (scope: string) => `申报对象：${scope}`,
  scopeGroup: '申报对象',
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
  status: { eligible: '符合条件', ineligible: '不符合', uncertain: '尚需确认' } satisfies Record<
    EligibilityStatus,
    string
  >,
  /** The three parts of a result, each with a mark that does not rest on colour alone. */
  groupTitle: { met: '满足', unmet: '不满足', uncertain: '待确认' } satisfies Record<Weight, string>,
  groupLead: {
    met: '以下条件根据您的回答已满足：',
    unmet: '以下条件根据您的回答不满足：',
    uncertain: '以下事项尚待确认：',
  } satisfies Record<Weight, string>,
  mark: { met: '✓', unmet: '✗', uncertain: '?' } satisfies Record<Weight, string>,
  supportTitle: '可获得的支持',
  supportLead: '原文写明的支持内容（金额、比例、上限等），以原文为准：',
  statusLead: {
    eligible: '根据您的回答，您满足全部申报条件，且不存在不得申报的情形。',
    ineligible: '根据您的回答，您可能不符合申报条件，原因如下。',
    uncertain: '根据您的回答，还有以下事项需要确认后才能判断是否符合条件。',
  } satisfies Record<EligibilityStatus, string>,
  whatNext: '下一步',
  eligibleNext: '按原文规定的程序准备并提交申报材料；提交前请再次对照原文核实每一项条件。',
  reason: {
    'type-unanswered': '尚未选择申报类型',
    'type-none': '不属于本次可申报的类型',
    'scope-met': '属于可申报的范围',
    'scope-unmet': '不属于可申报的范围',
    'scope-uncertain': '尚不确定是否属于可申报的范围',
    'scope-unanswered': '尚未回答',
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
    'scope-met': '',
    'scope-unmet': '原文只接受这一范围内的申报对象。如您认为属于，请对照原文核实并准备证明材料。',
    'scope-uncertain': '对照原文列出的范围核实您的单位类别（如园区级别），或向主管部门咨询。',
    'scope-unanswered': '回答这一问题后再看结果。',
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
  windowClosed: (date: string) => `申报已于 ${formatDate(date)} 截止。以下自查可供参考，或为今后的批次做准备。`,
  windowClosedShort: (date: string) => `申报已于 ${formatDate(date)} 截止。`,
  windowOpen: (date: string, daysLeft: number) =>
    daysLeft === 0
      ? `今天（${formatDate(date)}）是申报截止日。`
      : `申报截止日期：${formatDate(date)}（还有 ${daysLeft} 天）。`,
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
  status: { met: '达标', near: '接近目标', unmet: '未达标', empty: '未填', invalid: '无法识别' } satisfies Record<
    IndicatorStatus,
    string
  >,
  summary: (met: number, total: number) => `达标 ${met} / ${total}`,
  summaryDetail: (near: number, unmet: number, empty: number, invalid: number) =>
    [
      ...(near ? [`接近目标 ${near}`] : []),
      `未达标 ${unmet}`,
      `未填 ${empty}`,
      ...(invalid ? [`无法识别 ${invalid}`] : []),
    ].join('，'),
  inputLabel: (metric: string, scope: string | null) => `${scope ? `${scope}` : ''}${metric}的实际值`,
  changeLabel: (change: 'decrease' | 'increase', baseline: number | null) =>
    `${sinceBaseline(baseline)}${CHANGE_LABEL[change]}幅度`,
  changeHint: (change: 'decrease' | 'increase', unit: string | null) =>
    change === 'decrease'
      ? `填写${CHANGE_LABEL.decrease}幅度${unit ? `（${unit}）` : ''}，如${CHANGE_LABEL.decrease} 16% 填 16；不降反升请填负数。`
      : `填写${CHANGE_LABEL.increase}幅度${unit ? `（${unit}）` : ''}；不增反降请填负数。`,
  year: (year: number) => `${year}年`,
  /** Names the tolerance a judgement of an approximate target used. */
  toleranceNote: (percent: number) => (percent === 0 ? '（未设容差）' : `（所选容差 ±${formatPercent(percent)}）`),
  toleranceLegend: '约数目标的容差',
  toleranceHint: `原文写“${approximateSuffix}”或“${APPROXIMATE_LABEL}”的目标没有给出允许的偏差。请选择一个容差：在容差内但未到目标值的，判为“接近目标”，不算达标。`,
  toleranceOption: (percent: number) => (percent === 0 ? '不设容差' : `±${formatPercent(percent)}`),
  /** What a judgement says beside its badge; `change` names the size of a change (降幅). */
  gap: (gap: string, direction: 'up' | 'down', strict: boolean, change: 'decrease' | 'increase' | null): string => {
    const subject = change ? changeSize[change] : '';
    if (strict) return `${subject}需${direction === 'up' ? above : below}目标值，目前恰好持平`;
    return direction === 'up' ? `${subject}还差 ${gap}` : `${subject}超出 ${gap}`;
  },
  margin: (margin: string, side: 'above' | 'below', change: 'decrease' | 'increase' | null) =>
    `${change ? changeSize[change] : ''}${side === 'above' ? above : below}目标 ${margin}`,
  exact: '与目标值持平',
  withinBand: (margin: string) => `在约数范围内（相差 ${margin}）`,
  error: {
    'not-a-number': '请输入一个数字，例如 68.22。',
    'chinese-numeral': '请用阿拉伯数字输入，例如 68.22。',
    'extra-words': `只填数字（可带 %），不要加“${APPROXIMATE_LABEL}”“${lowerBoundSuffix}”等文字。`,
    'comma-decimal': '小数请用小数点，例如 68.22，而不是 68,22。',
    'several-numbers': '每格只填一个数字。',
    'not-integer': '请输入整数。',
    negative: '请输入 0 或正数。',
    'unexpected-percent': '这项指标不是百分比，请去掉 %。',
  } satisfies Record<NumberInputError, string>,
  reason: {
    'target-met': '达标',
    'target-near': '接近目标（在所选容差内，但未到目标值）',
    'target-unmet': '未达标',
    'target-empty': '未填',
    'target-invalid': '无法识别',
  } satisfies Record<IndicatorReason, string>,
  tableCaption: (title: string) => `《${title}》中的量化目标`,
  noScript: '启用 JavaScript 后可填入实际值并即时判断是否达标；以下列出全部目标及其出处。',
  barLabel: '数值与目标的对比',
};

export const acceptance = {
  title: '验收测算',
  lead: '填入评价指标体系中的指标数量和已达标的数量，测算是否满足验收条件。',
  typeLegend: '申报类型',
  fields: {
    bindingTotal: '约束指标总数',
    bindingMet: '已达标的约束指标数',
    referenceTotal: '参考指标总数',
    referenceMet: '已达标的参考指标数',
  } satisfies Record<CountField, string>,
  status: { pass: '满足验收条件', fail: '暂不满足验收条件', incomplete: '请填写数量', invalid: '数量有误' },
  invalidLead: '以下数量需要更正后才能测算：',
  missing: (labels: string[]) => `还需填写：${labels.join('、')}。`,
  error: {
    ...indicators.error,
    'not-integer': '指标数量应为整数。',
    negative: '指标数量须为 0 或正整数。',
    'unexpected-percent': '请填写项数，不是百分比。',
    'exceeds-total': '已达标的数量不能超出总数。',
  } satisfies Record<CountError, string>,
  ruleSummary: (p: { allBinding: boolean; referencePercent: number | null; referenceMin: number | null }) =>
    [
      p.allBinding ? '约束指标全部达标' : null,
      p.referencePercent !== null ? `参考指标达标比例${atLeast} ${formatPercent(p.referencePercent)}` : null,
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
        return `约束指标全部达标（${c.actual} / ${c.required}）。`;
      case 'binding-unmet':
        return `约束指标须全部达标：已达标 ${c.actual} / ${c.required}，还差 ${c.short} 项。`;
      case 'reference-share-met':
        return (
          `参考指标达标比例${atLeast} ${formatPercent(percent)}：已达标 ${c.actual} / ${c.of} 项` +
          `（${formatPercent(percent)} 即至少 ${c.required} 项）。`
        );
      case 'reference-share-unmet':
        return (
          `参考指标达标比例须${atLeast} ${formatPercent(percent)}，即 ${c.of} 项中至少 ${c.required} 项：` +
          `已达标 ${c.actual} 项，还差 ${c.short} 项。`
        );
      case 'reference-min-met':
        return `参考指标至少 ${c.required} 项：已达标 ${c.actual} 项。`;
      case 'reference-min-unmet':
        return `参考指标至少须有 ${c.required} 项达标：已达标 ${c.actual} 项，还差 ${c.short} 项。`;
      default:
        return '';
    }
  },
  reason: {
    'binding-met': '约束指标全部达标',
    'binding-unmet': '约束指标未全部达标',
    'reference-share-met': '参考指标比例符合要求',
    'reference-share-unmet': '参考指标比例不足',
    'reference-min-met': '参考指标数量符合要求',
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
  indicatorLead: '填入实际值，逐项判断是否达标。目标全部来自',
  acceptanceLead: '填入指标数量，测算是否满足验收条件。验收条件来自',
  acceptanceLink: '验收要求哪些指标达标？使用验收测算',
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
