/**
 * The one date check, shared by the schemas (sidecars, content/) and the extractor: a date is
 * written YYYY-MM-DD and names a day that exists (2024-02-29 does, 2023-02-29 and 2024-13-45 do not).
 */
const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` when year, month and day make a real calendar date, else null. */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Whether a `YYYY-MM-DD` text names a real day. */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return !!m && calendarDate(Number(m[1]), Number(m[2]), Number(m[3])) === text;
}

/** Whether `start` is not after `end`; either may be a date or a bare year (compared by its first day). */
export function inOrder(start: string | number | null, end: string | number | null): boolean {
  if (start === null || end === null) return true;
  const key = (v: string | number) => (typeof v === 'number' ? `${v}-01-01` : v.length === 4 ? `${v}-01-01` : v);
  return key(start) <= key(end);
}
