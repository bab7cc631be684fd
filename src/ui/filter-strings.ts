/**
 * The words of the filter forms and of the scripts that run them (src/filters). Kept apart from
 * strings.ts, which re-exports them, because a browser script takes in every module it imports:
 * these must not bring the whole site's strings and the vocabulary with them (5 KB per island).
 */

/** Where a milestone stands today: the timeline's badges, set again by its script in the browser. */
export const timelineStatus = {
  intro: (date: string) => `按日期排列。是否“已过”以 ${date} 为准；在浏览器中打开时按当天日期更新。`,
  past: '已过',
  upcoming: '将到',
  current: '进行中',
  undated: '无具体日期',
} as const;

/** The filter form above tables and lists, and what its script says. */
export const filters = {
  legend: '筛选与排序',
  any: '全部',
  text: '关键词',
  textHint: '标题、部门或正文中的词',
  sort: '排序',
  sortDefault: '默认顺序',
  sortOldest: '按日期（从早到晚）',
  sortTitle: '按标题',
  sortYear: '按年份',
  sortMetric: '按指标名称',
  sortDocument: '按文件',
  reset: '清除筛选',
  export: '导出当前表格 (CSV)',
  shown: (n: number, total: number) => `显示 ${n} / ${total} 项`,
  groupColumn: '文件',
  copyCitation: '复制引用',
  copied: '引用已复制。',
  copyFailed: '无法自动复制，请选中引用文字后复制。',
  document: '文件',
  region: '地区',
  department: '部门',
  role: '角色',
  year: '年份',
  metric: '指标',
  check: '指标自查结果',
  status: '状态',
  level: '层级',
  issuer: '发文机关',
  kind: '类型',
  levels: { national: '国家级', province: '省级', city: '市级', county: '县级' },
  kinds: { plan: '规划、方案', regulation: '办法、条例', call: '申报通知' },
  statuses: { past: timelineStatus.past, current: timelineStatus.current, upcoming: timelineStatus.upcoming },
  checks: { met: '达标', near: '接近目标', unmet: '未达标', empty: '未填' },
  /** Beside 未填 in the targets table: a link to the indicator check. */
  fillIn: '去填写',
} as const;
