/**
 * Words of public bodies: what a body's name ends with, what marks a phrase as a class of bodies
 * rather than one (各县区, 有关部门), the level prefixes of names, and the customary short forms
 * under which spellings of one body merge and by which people search for it.
 */

/** Endings of a public body's name. */
export const ORG_SUFFIXES = [
  '人民政府',
  '政府',
  '管理委员会',
  '管委会',
  '委员会',
  '办公厅',
  '办公室',
  '领导小组',
  '工作专班',
  '专班',
  '小组',
  '局',
  '委',
  '厅',
  '办',
  '室',
  '部',
  '处',
  '科',
  '中心',
  '公司',
  '集团',
  '银行',
  '分行',
  '支行',
  '中支',
  '海关',
  '分局',
  '党校',
  '院',
  '所',
  '站',
  '社',
  '总社',
  '联社',
  '协会',
  '学会',
  '商会',
  '联合会',
  '妇联',
  '残联',
  '侨联',
  '文联',
  '科协',
  '工会',
  '总工会',
  '红十字会',
  '电视台',
  '广播电视台',
  '队',
  '署',
  '会',
  '总队',
  '支队',
  '大队',
  '监管局',
  '营管部',
  '团委',
  '团省委',
  '团市委',
] as const;

/** A phrase that opens with one of these names a class of bodies: 各县区, 有关部门, 全市. */
export const GENERIC_OPENINGS = [
  '各',
  '所有',
  '全体',
  '其他',
  '其它',
  '有关',
  '相关',
  '当地',
  '本级',
  '上级',
  '下级',
  '全市',
  '全省',
  '全区',
  '全县',
  '各级',
  '地方',
] as const;
/** Words anywhere in a phrase that make it a class: 成员单位, 各类, 以上. */
export const GENERIC_WORDS = [
  '有关',
  '相关',
  '涉及',
  '成员单位',
  '各级',
  '各类',
  '各有关',
  '以上',
  '以下',
  '等部门',
  '等单位',
  '事涉',
] as const;
/** Endings of a class of bodies: …部门, …单位, …企业. */
export const GENERIC_ENDINGS = [
  '部门',
  '单位',
  '企业',
  '机构',
  '主体',
  '组织',
  '群众',
  '个人',
  '园区',
  '高校',
  '社会团体',
] as const;
/**
 * A body named by its function (市发展改革部门, 生态环境主管部门) is one body in its region:
 * a 主管部门 or a 部门 after a field name. These endings make such a phrase a body after all.
 */
export const FUNCTIONAL_ENDINGS = ['主管部门', '行政主管部门', '管理部门', '行政部门'] as const;

/** Level prefixes that open a body's name: 市发改委, 省生态环境厅, 自治区能源局. */
export const LEVEL_PREFIXES = ['自治区', '自治州', '自治县', '省', '市', '州', '盟', '县', '区', '旗', '地区'] as const;
/** Lower levels than a province: in a provincial plan 市生态环境局 means every city's bureau. */
export const BELOW_PROVINCE = ['市', '县', '区', '旗', '州', '盟'] as const;
/** Lower levels than a city: in a city's regulation 区人民政府 means every district's government. */
export const BELOW_CITY = ['县', '区', '旗', '乡', '镇', '街道'] as const;

/** Endings of a region's name, by level. */
export const REGION_ENDINGS = {
  province: ['省', '自治区', '特别行政区'],
  city: ['市', '自治州', '州', '盟', '地区'],
  county: ['县', '自治县', '旗', '区', '新区', '开发区', '高新区'],
} as const;
/** Municipalities directly under the central government: a 市 at provincial level. */
export const PROVINCIAL_CITIES = ['北京市', '天津市', '上海市', '重庆市'] as const;
/** The whole country, for national documents. */
export const NATIONAL = '全国';
export const NATIONAL_ISSUERS = ['国务院', '国家', '中共中央', '中华人民共和国'] as const;

/**
 * Customary short forms: every spelling on the left is written short as on the right. Spellings
 * of one body merge under their short form (市发展和改革委员会 = 市发改委), and a department page
 * is also found by it (a search for 工信局 finds 市工业和信息化局). Longer spellings win.
 */
export const SHORT_FORMS: ReadonlyArray<readonly [readonly string[], string]> = [
  [['发展和改革委员会', '发展改革委员会', '发展和改革委', '发展改革委'], '发改委'],
  [['发展和改革局', '发展改革局'], '发改局'],
  [['工业和信息化'], '工信'],
  [['经济和信息化'], '经信'],
  [['住房和城乡建设', '住房城乡建设'], '住建'],
  [['自然资源和规划', '自然资源与规划', '规划和自然资源', '自然资源规划'], '资规'],
  [['市场监督管理'], '市场监管'],
  [['人力资源和社会保障', '人力资源社会保障'], '人社'],
  [['卫生健康委员会', '卫生健康委'], '卫健委'],
  [['林业和草原'], '林草'],
  [['机关事务管理'], '机关事务'],
  [['地方金融监督管理', '金融监督管理'], '金融监管'],
  [['国有资产监督管理委员会', '国有资产监督管理委'], '国资委'],
  [['科学技术'], '科技'],
  [['交通运输'], '交通'],
  [['城市管理'], '城管'],
  [['行政审批服务'], '行政审批'],
  [['应急管理'], '应急'],
  [['生态环境保护局', '生态环境局', '环境保护局'], '环保局'],
];

/** Words after which a title names the region it is for: 关于组织申报2022年度无锡市…. */
export const REGION_OPENERS = ['关于', '组织', '申报', '开展', '推进', '年度', '年'] as const;
