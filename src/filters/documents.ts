/** The document list's filters: region, level, issuer, year and kind (plan / regulation / call). */
import { listField, startFilters, textField } from './filter-view.ts';

for (const root of document.querySelectorAll<HTMLElement>('[data-filter-root="documents"]')) {
  startFilters({
    root,
    fields: ['region', 'level', 'issuer', 'year', 'kind'].map((name) => listField(name)).concat(textField),
    // The list opens newest first; these put it oldest first or by title.
    sorts: {
      oldest: (a, b) => (a.dataset.date ?? '').localeCompare(b.dataset.date ?? ''),
      title: (a, b) => (a.dataset.title ?? '').localeCompare(b.dataset.title ?? '', 'zh-CN'),
    },
  });
}
