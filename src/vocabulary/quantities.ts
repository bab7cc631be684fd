import type { Comparator } from '../schema/target.ts';

/**
 * Words of quantities: how a text compares (不低于 → >=), which way a change goes (下降 →
 * decrease), the units it counts in and the multipliers it writes (万, 亿). The extractor builds
 * its patterns from these lists; the site and the self-checks show the same words.
 */

/** Verbs before a number, by the comparison they make. `=` is only for keeping a level. */
/** The floor word of an acceptance sentence: 达到所有约束指标和70%以上的参考指标. */
export const REACH_WORD = '达到';
export const COMPARATOR_VERBS: Readonly<Record<Comparator, readonly string[]>> = {
  '>=': [
    '不低于',
    '不少于',
    '不小于',
    '达到',
    '达',
    '提高到',
    '提高至',
    '提升到',
    '提升至',
    '增加到',
    '增加至',
    '增长到',
    '增长至',
    '上升到',
    '上升至',
    '扩大到',
    '扩大至',
  ],
  '>': ['高于', '大于', '超过', '多于', '突破'],
  '<=': [
    '不高于',
    '不超过',
    '不得超过',
    '不大于',
    '不多于',
    '控制在',
    '降至',
    '降到',
    '下降到',
    '下降至',
    '减少到',
    '减少至',
    '降低到',
    '降低至',
    '压减到',
    '压减至',
    '压缩到',
    '压缩至',
    '缩小到',
    '缩小至',
  ],
  '<': ['低于', '少于', '小于'],
  '=': ['保持在', '稳定在', '维持在', '保持', '维持', '稳定', '为'],
};

/** Words after a number that set or soften the comparison. */
export const COMPARATOR_SUFFIXES: Readonly<Record<string, Comparator | 'approximate'>> = {
  以上: '>=',
  及以上: '>=',
  以下: '<=',
  及以下: '<=',
  以内: '<=',
  左右: 'approximate',
  上下: 'approximate',
};

/** Words before a number that make it approximate: 约20%, 大约, 近. */
export const APPROXIMATE_PREFIXES = ['大约', '约'] as const;

/** Which way a change goes: 下降6% is a decrease of 6, 提高5个百分点 an increase. */
export const CHANGE_WORDS: Readonly<Record<'decrease' | 'increase', readonly string[]>> = {
  decrease: ['下降', '降低', '减少', '压减', '削减', '减排', '压降'],
  increase: ['提高', '增长', '增加', '提升', '上升', '新增', '扩大'],
};

/** A running total rather than a level: 累计建成, 累计完成. */
export const CUMULATIVE_WORDS = ['累计'] as const;

/** Verbs of building or certifying a number of things: 建成10个, 培育3家. */
/** Nouns a count of named examples may end in that are no output of a plan: 等5个方面, 等3个部门. */
export const NOT_COUNTED = [
  '方面',
  '领域',
  '部门',
  '环节',
  '措施',
  '任务',
  '问题',
  '层面',
  '维度',
  '单位',
  '批次',
] as const;
/** Marks after a number that make it a floor it exceeds: 500余家, 300多个. */
export const MORE_THAN_MARKS = ['余', '多'] as const;
export const COUNT_VERBS = [
  '创建',
  '新改建',
  '改扩建',
  '新建',
  '新增',
  '建成',
  '建设',
  '培育',
  '完成',
  '打造',
  '实施',
  '改造',
  '淘汰',
  '认定',
  '建立',
  '治理',
  '整治',
  '修复',
  '推广',
  '推广应用',
  '发展',
  '引进',
  '具备',
  '启动',
  '选取',
  '核查',
  '扶持',
  '支持',
  '遴选',
  '选择',
  '评选',
  '组织',
  '开展',
  '创成',
  '更新改造',
  '关停',
  '退出',
  '整合',
  '安装',
  '布局',
  '形成',
  '申报',
  '争创',
  '争取',
  '储备',
  '推动',
  '培训',
  '植树',
  '造林',
  '营造',
  '种植',
] as const;

/**
 * Units as written, grouped by what they measure. Amounts and counts may carry a multiplier in
 * front (万千瓦, 亿吨, 1.5万个) and a rate behind (万立方米/日, 万吨/年): see `MULTIPLIERS`, `PER`.
 */
export const UNITS = {
  share: ['%', '‰', '个百分点', '百分点'],
  concentration: ['微克/立方米', '毫克/立方米', '毫克/升', '毫克/千克'],
  intensity: [
    '吨/万元',
    '吨标准煤/万元',
    '千克标准煤/万元',
    '立方米/万元',
    '平方米/人',
    '千瓦时/平方米',
    '克/千瓦时',
    '克标准煤/千瓦时',
    '千克/吨',
    '吨/公顷',
    '千克/亩',
  ],
  amount: [
    '千瓦时',
    '度',
    '吨标准煤',
    '吨标煤',
    '吨干物质',
    '吨CO2',
    '吨二氧化碳',
    '千瓦',
    '兆瓦',
    '吉瓦',
    '吨',
    '千克',
    '公斤',
    '立方米',
    '方',
    '平方米',
    '平方公里',
    '亩次',
    '亩',
    '公顷',
    '公里',
    '千米',
    '米',
    '元',
    '标箱',
    '标准箱',
  ],
  count: [
    '个',
    '家',
    '座',
    '项',
    '处',
    '条',
    '所',
    '台',
    '套',
    '辆',
    '户',
    '人次',
    '人',
    '株',
    '棵',
    '批',
    '种',
    '只',
    '艘',
    '根',
    '组',
    '部',
    '件',
    '栋',
    '片',
    '块',
    '间',
    '名',
    '位',
    '场',
    '次',
    '吨位',
    '床',
    '尾',
    '头',
    '羽',
  ],
} as const;
/** Multipliers written before a unit or alone: 1.5万, 3亿千瓦. */
export const MULTIPLIERS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8, 千: 1e3, 百: 1e2 };
/** What a rate is per: 万立方米/日, 万吨/年. */
export const PER = ['日', '天', '年', '小时', '月'] as const;
/** Units that are never a target's: time spans, grades and scores. */
export const NON_TARGET_UNITS = ['年', '月', '日', '天', '小时', '级', '分', '星', '号', '页'] as const;

/** How the site writes each comparator: as a sign (≥ 65%) and in words (不低于). */
export const COMPARATOR_SIGN: Readonly<Record<Comparator, string>> = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '=': '=',
};
export const COMPARATOR_LABEL: Readonly<Record<Comparator, string>> = {
  '>=': '不低于',
  '>': '高于',
  '<=': '不高于',
  '<': '低于',
  '=': '保持',
};

/** How the site names a change and an approximate value. */
export const CHANGE_LABEL: Readonly<Record<'decrease' | 'increase', string>> = { decrease: '下降', increase: '提高' };
export const APPROXIMATE_LABEL = '约';

/** Where a target applies, when a sentence opens with it: 全市, 中心城区, 县城. */
export const SCOPE_WORDS = [
  '全市',
  '全省',
  '全区',
  '全县',
  '全州',
  '全盟',
  '全国',
  '市区',
  '县城',
  '中心城区',
  '主城区',
  '城市建成区',
  '建成区',
  '各县区',
  '乡镇政府驻地',
  '建制镇',
  '重点区域',
] as const;
/** Words that open a clause before its metric and are not part of it: 力争, 确保, 到2025年. */
export const METRIC_OPENERS = [
  '、',
  '和',
  '及',
  '与',
  '并',
  '且',
  '同时',
  '其中',
  '使',
  '确保',
  '力争',
  '争取',
  '全面',
  '基本',
  '实现',
  '推动',
  '优先支持',
  '支持',
  '进一步',
  '持续',
  '逐步',
  '我市',
  '本市',
  '我省',
  '本省',
  '我区',
  '本区',
  '全年',
  '年内',
  '当年',
  '今年',
  '明年',
  '其中',
] as const;
/** Words that close a metric before its verb and are not part of it: 力争, 要, 均. */
export const METRIC_CLOSERS = [
  '力争',
  '要',
  '均',
  '将',
  '需',
  '应',
  '累计',
  '稳定',
  '持续',
  '进一步',
  '基本',
  '逐步',
  '全部',
  '保持',
  '分别',
  '总体',
  '平均',
  '年均',
] as const;
