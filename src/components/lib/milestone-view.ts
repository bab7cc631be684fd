import type { Milestone } from '../../schema/index.ts';
import { timelinePage } from '../../ui/strings.ts';
import { formatDate } from '../../ui/format.ts';

/** How a milestone's dates read: `2025年1月10日前`, `2023年11月1日 至 2025年12月31日`, `2025年`. */
export function describeWhen(m: Pick<Milestone, 'kind' | 'start' | 'end' | 'duration'>): string {
  const start = formatDate(m.start);
  const end = formatDate(m.end);
  if (start && end && m.start !== m.end) return timelinePage.range(start, end);
  if (m.kind === 'deadline' && end) return timelinePage.until(end);
  if (end ?? start) return (end ?? start)!;
  if (m.duration) return `${m.duration.value}${m.duration.unit}`;
  return timelinePage.undated;
}
