/**
 * The timeline's script: re-marks each milestone past, current or upcoming as of today in China,
 * then filters by document, department, year and that status.
 */
import { refreshTimeline } from './timeline-status.ts';
import { listField, startFilters, textField } from './filter-view.ts';

refreshTimeline(document);
for (const root of document.querySelectorAll<HTMLElement>('[data-filter-root="timeline"]')) {
  startFilters({
    root,
    fields: ['document', 'department', 'year', 'status'].map((name) => listField(name)).concat(textField),
    // Dates first by default; this keeps each document's milestones together, still by date.
    sorts: { document: (a, b) => (a.dataset.document ?? '').localeCompare(b.dataset.document ?? '') },
  });
}
