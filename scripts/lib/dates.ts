import { calendarDate } from '../../src/schema/calendar.ts';
import { chineseNumber, forMatching } from './text.ts';

export { calendarDate };

/** A year written in digits or Chinese numerals (2023, 二〇二三). */
export function yearOf(text: string): number | null {
  const n = chineseNumber(text.replace(/\s/g, ''));
  return n !== null && n >= 1900 && n <= 2199 ? n : null;
}

/** Last day of a month (6月底 → 30), or null for a month that does not exist (13月底). */
export function monthEnd(year: number, month: number): string | null {
  if (month < 1 || month > 12) return null;
  return calendarDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}

const NUM = '[\\d〇零一二三四五六七八九十]';
/** 2023年7月6日 / 二〇二三年七月六日 / 2023 年 3 月 17 日. */
export const CHINESE_DATE = new RegExp(`(${NUM}{4})\\s*年\\s*(${NUM}{1,3})\\s*月\\s*(${NUM}{1,3})\\s*日`, 'g');

/** Parses the first full date in a text (Chinese or ISO form). */
export function firstDate(text: string): { date: string; index: number; length: number } | null {
  const folded = forMatching(text);
  const cn = new RegExp(CHINESE_DATE.source).exec(folded);
  if (cn) {
    const y = yearOf(cn[1]!);
    const m = chineseNumber(cn[2]!);
    const d = chineseNumber(cn[3]!);
    const date = y && m && d ? calendarDate(y, m, d) : null;
    if (date) return { date, index: cn.index, length: cn[0].length };
  }
  const iso = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(folded);
  if (iso) {
    const date = calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (date) return { date, index: iso.index, length: iso[0].length };
  }
  return null;
}
