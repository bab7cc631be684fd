/**
 * Whether an application window is still open on the day someone looks. Dates are calendar days
 * (YYYY-MM-DD) in China, the site's one "today" (ui/today.ts): a window whose last day is
 * 2025-01-10 is open until that day ends in China, wherever it is viewed.
 */
import type { Criterion, RuleSet } from '../schema/index.ts';
import type { Citation, WindowReason } from './reasons.ts';
import { citationOf } from './eligibility.ts';
import { daysBetween } from '../ui/today.ts';

export interface DeadlineStatus {
  code: WindowReason;
  /** Last day to apply, YYYY-MM-DD. */
  date: string;
  /** Whole days from today to the last day: 0 on the day itself, negative once passed. */
  daysLeft: number;
  text: string;
  citation: Citation;
}

export function deadlineStatus(document: string, criterion: Criterion, today: string): DeadlineStatus | null {
  if (criterion.kind !== 'deadline' || !criterion.date) return null;
  const daysLeft = daysBetween(today, criterion.date);
  return {
    code: daysLeft < 0 ? 'window-closed' : 'window-open',
    date: criterion.date,
    daysLeft,
    text: criterion.text,
    citation: citationOf(document, criterion),
  };
}

/**
 * The application deadlines of the given rule sets, one per distinct date and
 * clause (rule sets of one document usually share them), earliest first.
 */
export function deadlinesOf(ruleSets: readonly RuleSet[], today: string): DeadlineStatus[] {
  const seen = new Map<string, DeadlineStatus>();
  for (const ruleSet of ruleSets) {
    for (const criterion of ruleSet.criteria) {
      const status = deadlineStatus(ruleSet.document, criterion, today);
      if (status) seen.set(`${status.date}#${status.citation.clause}`, status);
    }
  }
  return [...seen.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** The window is closed when every deadline has passed; null when there is none. */
export function windowClosed(deadlines: readonly DeadlineStatus[]): boolean | null {
  if (deadlines.length === 0) return null;
  return deadlines.every((d) => d.code === 'window-closed');
}
