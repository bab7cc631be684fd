import type { Milestone } from '../../schema/index.ts';

export type MilestoneStatus = 'past' | 'current' | 'upcoming' | 'undated';

/** The last day a date or bare year stands for: `2025` → `2025-12-31`. */
export function lastDay(value: string): string {
  return /^\d{4}$/.test(value) ? `${value}-12-31` : value;
}

/** The first day a date or bare year stands for: `2025` → `2025-01-01`. */
export function firstDay(value: string): string {
  return /^\d{4}$/.test(value) ? `${value}-01-01` : value;
}

/** Sort key: the day a milestone falls due (its end, else its start); undated last. */
export function sortKey(m: Pick<Milestone, 'start' | 'end'>): string {
  if (m.end) return lastDay(m.end);
  if (m.start) return firstDay(m.start);
  return '9999-99-99';
}

/** Past, current (a period under way) or upcoming, relative to `today` (YYYY-MM-DD). */
export function statusOn(m: Pick<Milestone, 'start' | 'end'>, today: string): MilestoneStatus {
  if (!m.start && !m.end) return 'undated';
  const end = m.end ? lastDay(m.end) : null;
  const start = m.start ? firstDay(m.start) : null;
  if (end && end < today) return 'past';
  if (start && start <= today && (!end || end >= today) && m.start !== m.end) return 'current';
  if (!end && start && start < today) return 'current';
  return 'upcoming';
}

/** Milestones in date order; ties keep document order. */
export function chronological<T extends Pick<Milestone, 'start' | 'end'>>(list: readonly T[]): T[] {
  return list
    .map((m, i) => ({ m, i }))
    .sort((a, b) => sortKey(a.m).localeCompare(sortKey(b.m)) || a.i - b.i)
    .map(({ m }) => m);
}
