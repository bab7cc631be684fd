/**
 * Words of time: how a text says "by a year" (到2025年), "before a date" (前), a year's end
 * (年底), a recurring deadline (每年), a span between two dates, and a length of time.
 */

/** Words before a year that make it the year something is due: 到2025年, 力争到2030年. */
export const BY_WORDS = ['力争到', '截至', '截止到', '到', '至', '于'] as const;
/** A year's or a month's end: 2025年底, 6月末. */
export const END_WORDS = ['底', '末'] as const;
/** Words after a date that make it a deadline: 2025年6月30日前. */
export const BEFORE_WORDS = ['之前', '以前', '前', '截止'] as const;
/** Recurring deadlines: 每年12月底前 is first due in the plan's first year. */
export const EVERY_YEAR = ['每年'] as const;
/** Joins between the two ends of a span: 2021—2025年, 3月1日至4月30日. */
export const SPAN_JOINS = ['—', '–', '－', '-', '~', '～', '至', '到'] as const;
/** Words before a base year: 较2020年下降. */
export const BASE_WORDS = ['较', '比', '相比', '相较'] as const;

/** Names of a length of time (公示期为5个工作日) and its units. */
export const DURATION_NAMES = [
  '公示期',
  '期限',
  '周期',
  '创建期',
  '建设期',
  '有效期',
  '申报期',
  '实施期',
  '试点期',
] as const;
export const DURATION_UNITS = ['个工作日', '工作日', '个月', '日', '天', '年'] as const;

/** Quarters as a deadline: 2021年四季度 ends on the quarter's last day. */
export const QUARTERS: Readonly<Record<string, number>> = {
  一: 3,
  二: 6,
  三: 9,
  四: 12,
  '1': 3,
  '2': 6,
  '3': 9,
  '4': 12,
};

/** The site's one notion of "today": dates are Beijing dates. */
export const TIME_ZONE = 'Asia/Shanghai';
/** Beijing time is UTC+8 all year (no daylight saving since 1991). */
export const TIME_ZONE_OFFSET_HOURS = 8;
