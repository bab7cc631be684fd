/**
 * Headings and sentence words that tell what a part of a document is for: the conditions of a
 * call for applications, a look back at the past, what is offered.
 */

/** Headings of sections that say who may apply and on what terms. */
export const ELIGIBILITY_HEADINGS = [
  '申报条件',
  '申报主体',
  '申报对象',
  '申报要求',
  '申报基础条件',
  '申请条件',
  '申请对象',
  '申请主体',
  '申请要求',
  '申报资格',
  '申请资格',
  '参评条件',
  '遴选条件',
  '基本条件',
  '创建条件',
  '推荐条件',
  '推荐要求',
  '推荐对象',
  '征集条件',
  '征集对象',
  '支持对象',
  '支持条件',
  '扶持对象',
  '扶持条件',
  '资助对象',
  '资助条件',
  '适用范围',
  '实施主体',
  '推荐名额',
  '名额分配',
  '负面清单',
  '不予支持',
  '不予受理',
  '限制条件',
  '申报须知',
  '评价要求',
  '入选条件',
  '认定条件',
  '有关说明',
  '相关说明',
  '申报说明',
  '项目要求',
  '具体要求',
  '资格条件',
  '试点对象',
  '创建对象',
  '示范对象',
  '评选条件',
  '评审条件',
  '参评对象',
  '入选标准',
  '准入条件',
  '认定标准',
  '申报基本条件',
] as const;
/** Headings of what may be applied for: each item is an applicant type (征集范围 （一）重点行业节能改造). */
export const SCOPE_HEADINGS = [
  '征集范围',
  '支持范围',
  '申报范围',
  '推荐范围',
  '扶持范围',
  '资助范围',
  '支持重点',
  '支持方向',
  '重点支持',
  '申报类别',
  '项目类别',
  '支持领域',
  '申报方向',
] as const;
/** Headings of what is offered. */
export const SUPPORT_HEADINGS = [
  '支持方式',
  '支持标准',
  '资助方式',
  '资助标准',
  '扶持方式',
  '扶持标准',
  '奖励标准',
  '补助标准',
  '支持内容',
  '资金支持',
  '奖补标准',
  '资助额度',
  '支持额度',
  '奖补方式',
  '补助方式',
  '支持措施',
  '扶持政策',
  '资金安排',
  '扶持内容',
  '资助内容',
  '奖励内容',
  '补助内容',
  '奖补内容',
  '支持政策',
  '扶持措施',
] as const;
/** Headings of what a funded project must achieve: its indicators and acceptance. */
export const ACCEPTANCE_HEADINGS = [
  '考核指标',
  '主要指标',
  '验收',
  '绩效目标',
  '考核目标',
  '预期目标',
  '验收标准',
  '评价指标',
  '技术指标',
  '绩效指标',
  '研究目标',
  '预期成果',
  '成果要求',
] as const;
/** Headings of what an application must hold. */
export const MATERIAL_HEADINGS = [
  '申报材料',
  '材料要求',
  '申请材料',
  '提交材料',
  '报送材料',
  '申报资料',
  '材料清单',
] as const;
/** Headings of the application process and its dates. */
export const PROCESS_HEADINGS = [
  '申报时间',
  '申报程序',
  '申报流程',
  '申报方式',
  '工作流程',
  '时间安排',
  '申报截止',
  '受理时间',
  '申请程序',
  '申请方式',
  '组织方式',
  '工作要求',
  '有关要求',
  '其他事项',
  '注意事项',
  '报送要求',
  '组织实施',
  '推荐程序',
  '评审程序',
  '申报渠道',
  '组织申报',
  '申报推荐',
  '申报工作',
  '推荐申报',
  '申报审核',
  '审核推荐',
  '项目申报',
  '申请流程',
  '扶持流程',
  '资助流程',
  '支持流程',
  '申报受理',
  '受理申报',
  '申报指南',
  '办理流程',
] as const;

/** Headings of a section that reports the past: 发展现状, 发展基础, 工作成效. */
export const PAST_HEADINGS = [
  '现状',
  '发展基础',
  '基础与',
  '成效',
  '回顾',
  '成就',
  '取得的进展',
  '工作基础',
  '面临形势',
  '形势分析',
] as const;
/** Words that make a figure a report of the past or present, not a commitment. */
export const PAST_WORDS = [
  '目前',
  '现状',
  '截至',
  '截止',
  '已经',
  '已达',
  '现有',
  '过去',
  '以来',
  '上年',
  '去年',
  '已建成',
  '已完成',
  '累计已',
] as const;

/** Words that exclude an applicant. */
export const DISQUALIFIER_WORDS = [
  '不得申报',
  '不予受理',
  '不予支持',
  '不得推荐',
  '不予推荐',
  '不得',
  '不予',
  '取消',
  '一票否决',
  '不能',
  '不可',
  '不属于支持范围',
  '不在支持范围',
  '视为无效',
  '不列入',
  '不受理',
] as const;
/** Headings or openings of a list of excluding cases. */
export const NEGATIVE_LISTS = ['负面清单', '情形之一', '下列情形', '以下情形', '如下情形'] as const;

/** Endings of a label that opens a paragraph and names what follows: 研究目标：, 有关说明：, 考核指标：. */
export const LABEL_ENDINGS = [
  '内容',
  '说明',
  '要求',
  '条件',
  '指标',
  '材料',
  '时间',
  '方式',
  '范围',
  '标准',
  '对象',
  '重点',
  '目标',
  '主体',
  '程序',
  '流程',
  '须知',
  '事项',
  '资格',
  '项目数',
] as const;

/** Words that point to what follows: 以下要求, 下列情形, 如下. */
export const FOLLOWING_WORDS = ['以下', '下列', '如下'] as const;
/** Words of a title that announces a call for applications. */
export const CALL_TITLE_WORDS = [
  '申报',
  '征集',
  '遴选',
  '推荐',
  '申请指南',
  '申报指南',
  '扶持计划',
  '操作规程',
  '资金管理办法',
  '资金支持政策',
  '支持政策',
  '奖补',
  '补助办法',
  '认定办法',
  '名单推荐',
] as const;
/** What a notice that opens a pilot calls for: 关于开展…试点工作的通知. */
export const PILOT_WORDS = ['试点', '示范', '创建'] as const;
/** Words of what a call offers: 给予补助, 资助经费, 最高…万元. */
export const OFFER_WORDS = ['支持', '补助', '资助', '奖励', '补贴', '奖补', '给予', '贴息', '扶持', '资金'] as const;
/** Words that make an amount one offered to applicants, not a commitment of the plan (安排专项资金2000万元 is one). */
export const OFFER_CUES = ['最高', '补助', '资助', '奖励', '补贴', '奖补', '扶持', '给予', '支持资金'] as const;
/** An offer stated without an amount: 给予支持, 予以支持. */
export const OFFER_PHRASES = [
  '给予支持',
  '予以支持',
  '给予补助',
  '给予奖励',
  '给予资助',
  '给予扶持',
  '优先支持',
] as const;
/** Money of an offer, before a rate: 拨款不超过项目总预算的30%. */
export const FUND_WORDS = ['拨款', '资助经费', '支持经费', '财政资金', '补助', '资助', '奖励', '补贴', '贴息'] as const;
/** The cap of an offer: 最高. */
export const CAP_WORDS = ['最高'] as const;
/** Words of a quota: 限报一项, 名额2个. */
export const QUOTA_WORDS = [
  '限报',
  '限申报',
  '限推荐',
  '限项',
  '名额',
  '只能申报',
  '只能享受',
  '限享受',
  '最多推荐',
  '最多申报',
  '最多支持',
] as const;
/** What a quota limits: applications, recommendations, projects. */
export const QUOTA_SUBJECTS = ['推荐', '申报', '立项', '承担', '参与', '项目数', '数量'] as const;

/** The kinds of document a title ends with: …实施方案, …管理办法, …操作规程 (not 政策 or 安排, which end lines of prose too). */
export const DOCUMENT_KINDS = [
  '方案',
  '意见',
  '通知',
  '规划',
  '办法',
  '细则',
  '决定',
  '计划',
  '纲要',
  '规定',
  '条例',
  '指南',
  '措施',
  '公告',
  '通告',
  '批复',
  '函',
  '要点',
  '清单',
  '标准',
  '规则',
  '指引',
  '路线图',
  '行动',
  '规程',
] as const;
/** The kinds of document that cover another (a notice that publishes a plan): …的通知, …的函. */
export const COVER_KINDS = ['通知', '函', '决定', '意见', '批复', '公告', '通告'] as const;
