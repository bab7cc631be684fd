/**
 * Progressive enhancement for the timeline: the static page marks milestones past or upcoming as
 * of the build day; in the browser they are re-marked as of the day the page is viewed.
 */
import { statusOn, type MilestoneStatus } from '../components/lib/timeline.ts';
import { today as todayInChina } from '../ui/today.ts';
import { formatDate } from '../ui/format.ts';
import { timelineStatus as timelinePage } from '../ui/filter-strings.ts';

const labels: Record<MilestoneStatus, string> = {
  past: timelinePage.past,
  upcoming: timelinePage.upcoming,
  current: timelinePage.current,
  undated: timelinePage.undated,
};

export function refreshTimeline(root: Document, today: string = todayInChina()): void {
  const note = root.querySelector<HTMLElement>('.today-note');
  if (note && note.dataset.today !== today) {
    note.dataset.today = today;
    note.textContent = timelinePage.intro(formatDate(today)!);
  }
  for (const row of root.querySelectorAll<HTMLElement>('.timeline-row')) {
    const start = row.dataset.start || null;
    const end = row.dataset.end || null;
    const status = statusOn({ start, end: end ?? null }, today);
    if (row.dataset.status === status) continue;
    row.dataset.status = status;
    const badge = row.querySelector('.status');
    if (badge) {
      badge.className = `status status-${status}`;
      badge.textContent = labels[status];
    }
  }
}
