/**
 * Headings and sentence words that tell what a part of a document is for: the conditions of a
 * call for applications, a look back at the past, what is offered.
 */

/** Headings of sections that say who may apply and on what terms. */
export const ELIGIBILITY_HEADINGS = [
  '申报条件', '申报范围', '申报主体', '申报对象', '申报要求', '申报基础条件', '申请条件', '申请对象', '申请主体', '申请要求', '申请范围',
  '参评条件', '遴选条件', '基本条件', '创建条件', '申报资格', '推荐条件', '推荐要求', '推荐范围', '推荐对象', '征集范围', '征集对象', '征集条件',
  '支持范围', '支持对象', '支持条件', '扶持对象', '扶持条件', '扶持范围', '资助对象', '资助条件', '资助范围', '适用范围', '实施主体',
  '推荐名额', '名额分配', '负面清单', '不予支持', '不予受理', '限制条件', '申报须知', '有关要求', '评价要求', '入选条件', '认定条件', '申请资格',
] as const;
/** Headings of what an applicant receives. */
export const SUPPORT_HEADINGS = ['支持方式', '支持标准', '资助方式', '资助标准', '扶持方式', '扶持标准', '奖励标准', '补助标准', '支持内容', '资金支持', '奖补标准', '资助额度', '支持额度'] as const;
/** Headings of the application process and its dates. */
export const PROCESS_HEADINGS = ['申报时间', '申报程序', '申报流程', '申报方式', '工作流程', '时间安排', '申报材料', '材料要求', '报送要求', '申报截止', '受理时间', '申请程序', '申请材料'] as const;

/** Headings of a section that reports the past: 发展现状, 发展基础, 工作成效. */
export const PAST_HEADINGS = ['现状', '发展基础', '基础与', '成效', '回顾', '成就', '取得的进展', '工作基础', '面临形势', '形势分析'] as const;
/** Words that make a figure a report of the past or present, not a commitment. */
export const PAST_WORDS = ['目前', '现状', '截至', '截止', '已经', '已达', '现有', '过去', '以来', '上年', '去年', '已建成', '已完成', '累计已'] as const;

/** Words that exclude an applicant. */
export const DISQUALIFIER_WORDS = ['不得申报', '不予受理', '不予支持', '不得推荐', '不予推荐', '不得', '不予', '取消', '一票否决', '不能', '不可', '不属于支持范围', '不在支持范围', '视为无效', '不列入', '不受理'] as const;
/** Headings or openings of a list of excluding cases. */
export const NEGATIVE_LISTS = ['负面清单', '情形之一', '下列情形', '以下情形', '如下情形'] as const;
