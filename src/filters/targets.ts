/**
 * The targets table's filters: document, region, metric, year, and the verdict of the indicator
 * self-check this browser has filled in. The judging code loads only when this browser has saved
 * such a check, so the table's own script stays small.
 */
import { storageKey } from '../checks/storage-key.ts';
import { filters as t } from '../ui/filter-strings.ts';
import { listField, startFilters, textField } from './filter-view.ts';

type Verdict = 'met' | 'near' | 'unmet' | 'empty';

/** The page shows 未填 with a link to the check in every row; only a row with a verdict changes. */
function show(row: HTMLElement, verdict: Verdict): void {
  row.dataset.check = verdict;
  const cell = row.querySelector('.target-check');
  if (cell && verdict !== 'empty') cell.replaceChildren(t.checks[verdict]);
}

async function judgeRows(root: HTMLElement): Promise<void> {
  const rows = [...root.querySelectorAll<HTMLElement>('tr[data-target]')];
  const documentOf = (row: HTMLElement) => (JSON.parse(row.dataset.target ?? '{}') as { document: string }).document;
  const checked = new Set(rows.map(documentOf).filter((d) => localStorage.getItem(storageKey(`indicators:${d}`))));
  const judge = checked.size > 0 ? (await import('./target-verdicts.ts')).verdictOf : null;
  const saved = new Map();
  for (const row of rows) show(row, judge && checked.has(documentOf(row)) ? judge(row, saved) : 'empty');
}

for (const root of document.querySelectorAll<HTMLElement>('[data-filter-root="targets"]')) {
  const apply = startFilters({
    root,
    fields: ['document', 'region', 'metric', 'year', 'check'].map((name) => listField(name)).concat(textField),
    // Within each document's rows: by the year due (undated last), or by metric name.
    sorts: {
      year: (a, b) => (a.dataset.year || '9999').localeCompare(b.dataset.year || '9999'),
      metric: (a, b) => (a.dataset.metric ?? '').localeCompare(b.dataset.metric ?? '', 'zh-CN'),
    },
  });
  // The verdicts settle after the filters start; filter again once they are known.
  void judgeRows(root).then(apply);
}
