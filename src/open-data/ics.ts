/**
 * An iCalendar (RFC 5545) feed of the milestones that carry real dates. Bare years (到2025年) and
 * durations (公示期5个工作日) have no day to put in a calendar and are left to the timeline page.
 */

export interface CalendarEvent {
  uid: string;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day (inclusive), YYYY-MM-DD. */
  end: string;
  summary: string;
  description: string;
  url: string | null;
  categories: string | null;
}

const fullDate = /^\d{4}-\d{2}-\d{2}$/;

/** Which days a milestone covers, or null when it has no full date. */
export function eventDays(m: { start: string | null; end: string | null }): { start: string; end: string } | null {
  const start = m.start && fullDate.test(m.start) ? m.start : null;
  const end = m.end && fullDate.test(m.end) ? m.end : null;
  if (start && end) return start <= end ? { start, end } : { start: end, end: start };
  const day = end ?? start;
  // A period with only one full date (…至2023年10月31日 with a bare-year start) is shown on its known day.
  return day ? { start: day, end: day } : null;
}

function compact(date: string): string {
  return date.replace(/-/g, '');
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, and every line break
 * (CRLF, LF, or a bare CR, which some calendar programs also end a line on) written as \n, so
 * source text can never start a property of its own.
 */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * DTSTAMP for a feed built from content dated `date` (YYYY-MM-DD): the start of that day in China,
 * as the UTC date-time the standard asks for. Derived from content, so the same content gives the
 * same feed byte for byte.
 */
export function contentStamp(date: string): string {
  return new Date(`${date}T00:00:00+08:00`)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character. */
export function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with one space
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The feed; `stamp` is the content's date (contentStamp), written as every event's DTSTAMP. */
export function toIcs(calendarName: string, events: readonly CalendarEvent[], stamp: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Policy Atlas//政策通//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendarName)}`,
    'X-WR-TIMEZONE:Asia/Shanghai',
  ];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(e.uid)}`,
      `DTSTAMP:${contentStamp(stamp)}`,
      `DTSTART;VALUE=DATE:${compact(e.start)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(e.end))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      // A URL value is not TEXT and has no escapes; the URL parser already dropped any line break.
      ...(e.url ? [`URL:${new URL(e.url).href}`] : []),
      ...(e.categories ? [`CATEGORIES:${escapeText(e.categories)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
