/**
 * Every string the reading site shows, in Simplified Chinese, in one place (the self-checks'
 * strings sit beside it in check-strings.ts). Functions build the strings that carry a number or
 * a name. Role labels, change words and short forms come from src/vocabulary, never retyped here.
 */
import { timelineStatus } from './filter-strings.ts';
import {
  APPROXIMATE_LABEL,
  CHANGE_LABEL,
  COMPARATOR_SUFFIXES,
  ROLE_LABEL,
  SHORT_FORMS,
  UNITS,
} from '../vocabulary/index.ts';

const lead = ROLE_LABEL.lead;
const partner = ROLE_LABEL.partner;
const responsible = ROLE_LABEL.responsible;
/** A short form people search by, for the how-to text (发改委). */
const exampleShortForm = SHORT_FORMS[0]![1];
/** A suffix the text writes after a lower bound (以上), for the valueText example. */
const lowerBoundSuffix = Object.entries(COMPARATOR_SUFFIXES).find(([, c]) => c === '>=')![0];
/** The word the text writes after an approximate value (左右). */
const approximateSuffix = Object.entries(COMPARATOR_SUFFIXES).find(([, c]) => c === 'approximate')![0];

export const site = {
  title: '政策通',
  tagline: '把气候与生态政策文件变成看得懂、查得到、可下载的开放数据',
  description: `政策通：气候与生态政策文件的阅读、检索与开放数据网站。按条款阅读全文，查${lead}部门、目标指标和时间节点。`,
} as const;

/** Section names, used by the sidebar, page titles and breadcrumbs alike. */
export const nav = {
  home: '首页',
  documents: '文件',
  tasks: '任务分工',
  departments: '部门',
  targets: '目标指标',
  timeline: '时间表',
  checks: '申报自查',
  data: '开放数据',
} as const;

export const home = {
  intro: `政策通把政府发布的气候与生态政策文件逐条整理：全文按条款排列并可直接链接；每项任务的${lead}和${partner}部门、每个量化目标、每个时间节点都从原文提取，并标明出处条款。`,
  howTo: '怎么用',
  howToSteps: [
    `在右上角搜索框输入部门简称（如“${exampleShortForm}”）、指标名称、数字或“任务 7”，直接跳到相关条款。`,
    `打开一份文件，按条款阅读全文；任务下方列出${lead}与${partner}部门，目标和日期在正文中高亮。`,
    `在“部门”页查看某个部门${lead}和${partner}的全部任务。`,
    '所有数据可在“开放数据”页下载（JSON、CSV、日历订阅）。',
  ],
  entryPoints: '从这里开始',
  findLead: `找${lead}部门`,
  findLeadHint: `按地区浏览部门，看每个部门${lead}、${partner}的任务`,
  findTargets: '查目标指标',
  findTargetsHint: '所有量化目标一表汇总，同一指标跨文件对照',
  seeTimeline: '看时间表',
  seeTimelineHint: '截止日期和阶段，按日期排列，标出已过和将到',
  selfCheck: '申报自查',
  selfCheckHint: '对照申报条件，逐项自查是否符合',
  documentsHeading: '收录文件',
} as const;

export const meta = {
  issuer: '发文机关',
  docNumber: '发文字号',
  issued: '成文日期',
  published: '发布日期',
  region: '地区',
  source: '来源',
  sourceFile: '原文文件',
  period: '规划期',
  unknown: '未注明',
  openSource: '查看原文网页',
  original: '原件',
  download: (format: string) => `下载原件（${format.toUpperCase()}）`,
} as const;

/** The pager of a list split over several pages (components/PartNav.astro). */
export const pager = {
  label: '分页',
  labelEnd: '分页（列表末尾）',
  of: (n: number, total: number) => `第 ${n} 页，共 ${total} 页`,
  first: '第一页',
  previous: '上一页',
  next: '下一页',
  last: '最后一页',
  page: (n: number) => `第 ${n} 页`,
  titleOf: (title: string, n: number) => (n <= 1 ? title : `${title}（第 ${n} 页）`),
  filterNote: '筛选条件在翻页时保留，只作用于当前页。',
  byYear: '按年份跳转',
  year: (year: string) => `${year}年`,
  allDocuments: (n: number) => `全部 ${n} 份文件`,
} as const;

/** Links to the other builds of a collection built in shards (components/ShardLinks.astro). */
export const shardsText = {
  label: '其他分区',
} as const;

export const counts = {
  tasks: (n: number) => `${n} 项任务`,
  targets: (n: number) => `${n} 个目标`,
  deadlines: (n: number) => `${n} 个时间节点`,
  clauses: (n: number) => `${n} 个条款`,
  departments: (n: number) => `${n} 个部门`,
  leads: (n: number) => `${lead} ${n} 项`,
  partners: (n: number) => `${partner} ${n} 项`,
  responsible: (n: number) => `${responsible} ${n} 项`,
} as const;

export const roles = {
  ...ROLE_LABEL,
  generic: '其他',
  /** A duty an earlier clause gives every later task (以下…不再列出). */
  inherited: '前文统一规定',
} as const;

export const documentPage = {
  fullText: '全文',
  copyLink: '复制本条链接',
  copyLinkHint: '每条末尾的链接图标是“复制本条链接”：点击后地址栏即为本条地址，也可右键或长按图标复制。',
  linkTo: (label: string) => `本条链接：${label}`,
  taskLabel: (number: string) => `任务 ${number}`,
  targetMark: (metric: string) => `目标：${metric}，见目标指标表`,
  baselineMark: (metric: string) => `现状数据：${metric}，见目标指标表`,
  dateMark: (label: string) => `时间节点：${label}，见时间表`,
  tasksOfDocument: '本文件任务分工',
  selfChecks: '自查',
  eligibilityCheck: '资格自查',
  indicatorCheck: '指标自查',
  acceptanceCheck: '验收测算',
  frontBlock: '原文文头（标题、文号、日期、主送机关等，要点已列于上方）',
  printedFrom: '打印自',
  box: '专栏',
  table: '表格',
  /** A clause's page in the published PDF, linked to that page of the PDF. */
  originalPage: (page: number) => `原文第 ${page} 页`,
} as const;

export const tasksPage = {
  title: '任务分工',
  description: `各文件的任务编号、名称、${lead}部门和${partner}或${responsible}部门，链接到原文条款。`,
  intro:
    `每行是一项任务；“${lead}”为${lead}部门，“${partner} / ${responsible}”为${partner}部门或未指明${lead}时的` +
    `${responsible}部门。点击任务名称可跳到原文条款。`,
  perDocument: '分文件查看',
  number: '编号',
  task: '任务',
  /** Before a task's number in its heading: 任务 7, the words a search for it types. */
  taskWord: '任务',
  deadline: '期限',
  byDeadline: '按期限',
  whoLeads: `谁${lead}？按部门和角色筛选下表，或打开部门页查看它${lead}的全部任务。`,
  lead,
  partnerOrResponsible: `${partner} / ${responsible}`,
  none: '—',
  documentTitle: (title: string) => `${title} · 任务分工`,
  allDocuments: '全部文件',
} as const;

export const departmentsPage = {
  title: '部门',
  description: `按地区列出政策文件中出现的部门，以及每个部门${lead}和${partner}的任务。`,
  intro: `同一地区内同一机构的不同写法已合并。点击部门名称查看它${lead}、${partner}的全部任务。`,
  noRegion: '未注明地区',
  aliases: '文中写法',
  leads: `${lead}的任务`,
  partners: `${partner}的任务`,
  responsible: `${responsible}的任务（未指明${lead}）`,
  noneOfKind: '无',
  documents: '涉及文件',
  region: '地区',
  summary: (leads: number, partners: number, r: number) =>
    `${lead} ${leads} 项，${partner} ${partners} 项，${responsible} ${r} 项`,
  inDocument: (title: string, n: number) => `${title}（${n} 项）`,
  pageTitle: (region: string | null, name: string) => (region ? `${region} ${name}` : name),
  sameKind: '各地同类部门',
  kindLink: (name: string, n: number) => `${name}（${n} 个地区）`,
  due: '期限',
  calendar: `订阅本部门${lead}任务的截止日期（.ics）`,
  calendarHint: (n: number) => `共 ${n} 个有具体日期的节点，可添加到日历程序。`,
  kindsHeading: '按部门类别跨地区查看',
  kindsIntro: `同一类部门在各地区的名称不同（如${SHORT_FORMS[0]![0].at(-1)}、${exampleShortForm}）；以下按类别列出各地区的对应部门。`,
  kindTitle: (name: string) => `各地区的${name}`,
  kindDescription: (name: string, n: number) => `${n} 个地区的${name}，以及各自${lead}、${partner}的任务数。`,
  kindIntro: (n: number) => `以下 ${n} 个地区的部门属于同一类别（名称按各地写法）。点击部门名称查看它的任务。`,
  kindRegion: '地区',
  kindBody: '部门',
  kindLeads: lead,
  kindPartners: partner,
  kindResponsible: responsible,
} as const;

export const targetsPage = {
  title: '目标指标',
  description: '政策文件中的全部量化目标，以及单列的现状数据；同名指标跨文件对照。',
  intro: '“目标”是文件承诺要实现的数值；“现状数据”是文件中描述过去或当前情况的数字，不是目标，单独列出。',
  targetsHeading: '全部目标',
  compareHeading: '同一指标对照',
  compareIntro: '以下指标在多份文件中出现，或既有现状数据又有目标，按文件并排列出：先列现状，再列目标。',
  reportedLabel: '现状',
  targetLabel: '目标',
  baselinesHeading: '现状数据（非目标）',
  baselinesIntro: '以下数字描述的是过去或当前的情况（如“十三五”成就），不是承诺目标。',
  metric: '指标',
  value: '目标值',
  year: '年份',
  scope: '范围',
  document: '文件',
  source: '出处',
  reported: '数值',
  openClause: '原文',
  check: '指标自查',
  checkHint: '“指标自查”一列来自您在本浏览器中填写的指标自查（不上传）；可按自查结果筛选。',
  none: '—',
} as const;

export const timelinePage = {
  title: '时间表',
  description: '政策文件中的截止日期、阶段和目标年份，按日期排列，标出已过和将到。',
  ...timelineStatus,
  undatedIntro: '以下是没有具体日期的期限（如公示期）。',
  subscribe: '订阅日历（.ics）',
  subscribeHint: '把这个地址添加到日历程序，即可在日历中看到全部截止日期。',
  kinds: {
    deadline: '截止',
    period: '阶段',
    'target-year': '目标年份',
    duration: '期限',
    issued: '印发',
    published: '发布',
  } as Record<string, string>,
  range: (start: string, end: string) => `${start} 至 ${end}`,
  until: (end: string) => `${end} 前`,
  from: (start: string) => `${start} 起`,
  year: (y: string) => `${y}年`,
  date: '日期',
  what: '事项',
  status: '状态',
} as const;

export const dataPage = {
  title: '开放数据',
  description: '政策通的全部数据：JSON、CSV（UTF-8 带 BOM）和 iCalendar 日历，附字段说明。',
  intro:
    '以下文件随网站一起发布，可直接下载或被其他程序读取。字段名固定不变；未知的值为 null。CSV 文件采用 UTF-8 带 BOM 编码，可直接用表格软件打开；多个值用分号分隔。',
  file: '文件',
  records: '记录数',
  formats: '格式',
  field: '字段',
  meaning: '含义',
  calendar: '日历订阅',
  calendarHint: '截止日期和阶段的 iCalendar 订阅源，可添加到 Outlook、Google 日历、苹果日历等。',
  urlNote: 'url 字段为站内路径（已包含部署子路径），与站点域名拼接即为完整地址。',
} as const;

export const notFound = {
  title: '页面未找到',
  text: '没有找到这个页面。可能链接有误，或页面已经移动。',
  back: '返回首页',
  search: '也可以使用右上角的搜索框查找文件、部门或指标。',
} as const;

/** Words of the search index shown on pages (a department's other names). */
export const search = {
  aliasesLabel: '又称',
} as const;

/** Starlight's own UI strings and the Pagefind dialog, all in Chinese. */
export const starlightTranslations = {
  'skipLink.label': '跳转到内容',
  'search.label': '搜索',
  'search.ctrlKey': 'Ctrl',
  'search.cancelLabel': '取消',
  'search.devWarning': '搜索仅在构建后的网站中可用。\n请先构建并预览网站。',
  'themeSelect.accessibleLabel': '选择主题',
  'themeSelect.dark': '深色',
  'themeSelect.light': '浅色',
  'themeSelect.auto': '自动',
  'menuButton.accessibleLabel': '菜单',
  'sidebarNav.accessibleLabel': '主要',
  'tableOfContents.onThisPage': '本页内容',
  'tableOfContents.overview': '概述',
  'page.previousLink': '上一页',
  'page.nextLink': '下一页',
  '404.text': notFound.text,
  'heading.anchorLabel': '本节链接：{{title}}',
  'pagefind.clear_search': '清除',
  'pagefind.load_more': '加载更多结果',
  'pagefind.search_label': '搜索本站',
  'pagefind.filters_label': '筛选',
  'pagefind.zero_results': '没有找到“[SEARCH_TERM]”的结果',
  'pagefind.many_results': '找到 [COUNT] 个“[SEARCH_TERM]”的结果',
  'pagefind.one_result': '找到 [COUNT] 个“[SEARCH_TERM]”的结果',
  'pagefind.alt_search': '没有找到“[SEARCH_TERM]”的结果，改为显示“[DIFFERENT_TERM]”的结果',
  'pagefind.search_suggestion': '没有找到“[SEARCH_TERM]”的结果。可以试试以下搜索：',
  'pagefind.searching': '正在搜索“[SEARCH_TERM]”……',
} as const;

/** What each open-data field means, per dataset, in the contract's order (DESIGN.md section 4). */
export const dataFields: Record<string, { title: string; about: string; fields: Array<[string, string]> }> = {
  documents: {
    title: '政策文件',
    about: '每条记录是一份政策文件。',
    fields: [
      ['id', '文件标识（网址中的短名）'],
      ['title', '文件标题'],
      ['issuer', '发文机关（可有多个）'],
      ['docNumber', '发文字号，如“苏委发〔2022〕7号”；没有则为 null'],
      ['region', '文件适用的地区'],
      ['issued', '成文日期，YYYY-MM-DD'],
      ['published', '发布日期，YYYY-MM-DD'],
      ['url', '本站的文件页面'],
      ['sourceUrl', '原文网址（附加字段）'],
      ['period', '规划期起止年份（附加字段）'],
      ['clauses', '条款数（附加字段）'],
      ['format', '原文格式：txt、pdf、html 或 docx（附加字段）'],
      ['original', '本站提供下载的原件（PDF 或 Word），没有则为 null（附加字段）'],
    ],
  },
  tasks: {
    title: '任务分工',
    about: `每条记录是一项任务或一条职责分工。附表中的每一行、正文中“X${responsible}……”式的句子也各算一项。`,
    fields: [
      ['id', '任务标识'],
      ['document', '所属文件的 id'],
      ['number', '原文编号，如“7”；附表行为“附表N”，职责句为“职责N”'],
      ['title', '任务名称'],
      ['leads', `${lead}部门的 id 列表`],
      ['partners', `${partner}部门的 id 列表`],
      ['responsible', `未指明${lead}时的${responsible}部门 id 列表`],
      ['generic', '泛指的单位，按原文保留（如“市有关部门”“各县区”），不是部门'],
      ['text', '任务全文'],
      ['clause', '所在条款的锚点 id'],
      ['line', '在原文文件中的行号（从 1 开始）'],
      ['quote', '原文摘录（与原文逐字一致）'],
      ['url', '本站上该条款的链接'],
      ['kind', '来源类型：numbered（编号任务）、annex（附表行）、statement（职责句）（附加字段）'],
      ['category', '附表行所属类别（附加字段）'],
      ['inherited', '由前文“以下……不再列出”继承的职责（附加字段）'],
      ['leadNames', `${lead}部门的名称，与 leads 一一对应（附加字段）`],
      ['partnerNames', `${partner}部门的名称，与 partners 一一对应（附加字段）`],
      ['responsibleNames', `${responsible}部门的名称，与 responsible 一一对应（附加字段）`],
    ],
  },
  departments: {
    title: '部门',
    about: '每条记录是某一地区的一个部门；同一地区同一机构的不同写法合并为一条。',
    fields: [
      ['id', '部门标识'],
      ['name', '最常用的名称'],
      ['aliases', '文中出现过的全部写法'],
      ['region', '所属地区'],
      ['leads', `${lead}的任务 id 列表`],
      ['partners', `${partner}的任务 id 列表`],
      ['url', '本站的部门页面'],
      ['responsible', `未指明${lead}时${responsible}的任务 id 列表（附加字段）`],
      ['documents', '提到该部门的文件 id 列表（附加字段）'],
      ['calendar', `该部门${lead}任务的截止日期日历（.ics）地址（附加字段）`],
    ],
  },
  targets: {
    title: '目标指标',
    about: '每条记录是一项量化承诺。',
    fields: [
      ['id', '目标标识'],
      ['document', '所属文件的 id'],
      ['task', '所在任务的 id，没有则为 null'],
      ['metric', '指标名称，按原文'],
      ['comparator', '比较方式：>=、>、<=、<、='],
      ['value', '目标数值'],
      ['unit', `单位，如 ${[UNITS.share[0], UNITS.intensity[0], UNITS.amount[0], UNITS.count[0]].join('、')}`],
      ['year', '目标年份'],
      ['scope', '适用范围，如“市区”'],
      ['change', `数值为相对基期的变化时：decrease（${CHANGE_LABEL.decrease}）或 increase（${CHANGE_LABEL.increase}）`],
      ['baseline', '基期年份'],
      ['clause', '所在条款的锚点 id'],
      ['line', '原文行号'],
      ['quote', '原文摘录'],
      ['valueText', `数值的原文写法，如“68.22%${lowerBoundSuffix}”（附加字段）`],
      ['approximate', `原文为约数（“${approximateSuffix}”“${APPROXIMATE_LABEL}”）时为 true（附加字段）`],
      ['cumulative', '累计值（如“累计建成”）时为 true（附加字段）'],
      ['url', '本站上该条款的链接（附加字段）'],
    ],
  },
  baselines: {
    title: '现状数据',
    about: '每条记录是文件中描述过去或当前情况的数字（如“十三五”成就），不是目标。',
    fields: [
      ['id', '标识'],
      ['document', '所属文件的 id'],
      ['metric', '指标名称'],
      ['value', '数值'],
      ['unit', '单位'],
      ['year', '数据所指的年份'],
      ['clause', '所在条款的锚点 id'],
      ['line', '原文行号'],
      ['quote', '原文摘录'],
      ['change', '数值为变化量时：decrease 或 increase（附加字段）'],
      ['valueText', '数值的原文写法（附加字段）'],
      ['url', '本站上该条款的链接（附加字段）'],
    ],
  },
  milestones: {
    title: '时间节点',
    about: '每条记录是一个日期、截止期限或时间段。',
    fields: [
      ['id', '标识'],
      ['document', '所属文件的 id'],
      ['label', '事项'],
      ['start', '开始日期，YYYY-MM-DD 或 YYYY；没有则为 null'],
      ['end', '结束或截止日期，YYYY-MM-DD 或 YYYY；没有则为 null'],
      ['clause', '所在条款的锚点 id'],
      ['line', '原文行号'],
      ['quote', '原文摘录'],
      ['kind', '类型：deadline、period、target-year、duration、issued、published（附加字段）'],
      ['duration', '期限长度，如 5 个工作日（附加字段）'],
      ['url', '本站上该条款的链接（附加字段）'],
    ],
  },
  rules: {
    title: '申报与验收规则',
    about: '每条记录是一类申报主体的一组条件。CSV 中每行是一条条件，并重复所属规则的字段。',
    fields: [
      ['id', '规则标识'],
      ['document', '所属文件的 id'],
      ['applicantType', '申报类型，如“近零碳社区”'],
      ['applicant', '申报主体'],
      [
        'criteria',
        '条件列表：id、kind（required 必备、disqualifier 否决、quota 名额、deadline 截止、acceptance 验收、support 可获得的支持）、text、clause、quote',
      ],
      ['scope', '可申报的范围（附加字段）'],
      ['clause', '定义该类型的条款锚点 id（附加字段）'],
      ['line', '原文行号（附加字段）'],
      ['quote', '原文摘录（附加字段）'],
      ['url', '本站上该条款的链接（附加字段）'],
    ],
  },
};

/** The filter forms' words live beside these, in a module small enough for the filter scripts. */
export { filters } from './filter-strings.ts';
