/**
 * The targets table's filters: document, region, metric, year, and the verdict of the indicator
 * self-check this browser has filled in (read from its saved answers, which never leave the
 * browser). The verdict is judged by the same rules as the check itself (checks/indicators.ts).
 */
import type { Target } from '../schema/index.ts';
import { judgeTarget } from '../checks/indicators.ts';
import { indicatorsFromEntries, loadEntries, toleranceFromEntries } from '../checks/state.ts';
import { href, paths } from '../components/lib/url.ts';
import { filters as t } from '../ui/filter-strings.ts';
import { listField, startFilters, textField } from './filter-view.ts';

type Judged = Pick<Target, 'id' | 'document' | 'comparator' | 'value' | 'unit' | 'change' | 'approximate'>;

/** Marks each row with this browser's indicator-check verdict (met / near / unmet / empty). */
function judgeRows(root: HTMLElement): void {
  const saved = new Map<string, ReturnType<typeof loadEntries>>();
  for (const row of root.querySelectorAll<HTMLElement>('tr[data-target]')) {
    // The row carries only what a verdict needs; the judge reads no other field.
    const target = JSON.parse(row.dataset.target ?? '{}') as Judged as Target;
    if (!saved.has(target.document)) saved.set(target.document, loadEntries(localStorage, `indicators:${target.document}`));
    const entries = saved.get(target.document) ?? {};
    const value = indicatorsFromEntries([target], entries)[target.id] ?? '';
    const judgement = judgeTarget(target, value, toleranceFromEntries(entries));
    const verdict = judgement.status === 'invalid' ? 'empty' : judgement.status;
    row.dataset.check = verdict;
    const cell = row.querySelector('.target-check');
    if (!cell) continue;
    if (verdict === 'empty') {
      const link = document.createElement('a');
      link.href = href(paths.indicatorCheck(target.document));
      link.textContent = t.fillIn;
      cell.replaceChildren(t.checks.empty, ' · ', link);
    } else {
      cell.replaceChildren(t.checks[verdict]);
    }
  }
}

for (const root of document.querySelectorAll<HTMLElement>('[data-filter-root="targets"]')) {
  judgeRows(root);
  startFilters({ root, fields: ['document', 'region', 'metric', 'year', 'check'].map((name) => listField(name)).concat(textField) });
}
