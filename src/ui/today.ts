/**
 * The site's one notion of "today": the calendar day in China (TIME_ZONE), where the documents'
 * dates are written. The timeline, the deadline notices and the printed checklists all ask here,
 * so a reader in another time zone sees a deadline close on the day the document means.
 */
import { TIME_ZONE } from '../vocabulary/time.ts';

// en-CA writes dates as YYYY-MM-DD; the locale only picks the digit layout.
const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today in China as YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  return dayFormat.format(now);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD): 0 on the same day, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const day = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / 86_400_000;
  };
  return day(to) - day(from);
}
