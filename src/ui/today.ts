/**
 * The site's one notion of "today": the calendar day in China (TIME_ZONE), where the documents'
 * dates are written. The timeline, the deadline notices and the printed checklists all ask here,
 * so a reader in another time zone sees a deadline close on the day the document means.
 */
import { TIME_ZONE_OFFSET_HOURS } from '../vocabulary/time.ts';

/**
 * Today in China as YYYY-MM-DD: the UTC date of the moment shifted by China's fixed offset. Not an
 * Intl.DateTimeFormat with a time zone, whose time-zone data costs a phone tens of milliseconds
 * while a self-check hydrates.
 */
export function today(now: Date = new Date()): string {
  return new Date(now.getTime() + TIME_ZONE_OFFSET_HOURS * 3_600_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD): 0 on the same day, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const day = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / 86_400_000;
  };
  return day(to) - day(from);
}
