/**
 * This browser's indicator-check verdict for each row of the targets table (met / near / unmet /
 * empty), judged by the same rules as the check itself (checks/indicators.ts) from the answers the
 * check saved, which never leave the browser. Loaded only when such answers exist.
 */
import type { Target } from '../schema/index.ts';
import { judgeTarget } from '../checks/indicators.ts';
import { indicatorsFromEntries, loadEntries, toleranceFromEntries } from '../checks/state.ts';

type Judged = Pick<Target, 'id' | 'document' | 'comparator' | 'value' | 'unit' | 'change' | 'approximate'>;

export function verdictOf(
  row: HTMLElement,
  saved: Map<string, ReturnType<typeof loadEntries>>,
): 'met' | 'near' | 'unmet' | 'empty' {
  // The row carries only what a verdict needs; the judge reads no other field.
  const target = JSON.parse(row.dataset.target ?? '{}') as Judged as Target;
  if (!saved.has(target.document))
    saved.set(target.document, loadEntries(localStorage, `indicators:${target.document}`));
  const entries = saved.get(target.document) ?? {};
  const value = indicatorsFromEntries([target], entries)[target.id] ?? '';
  const judgement = judgeTarget(target, value, toleranceFromEntries(entries));
  return judgement.status === 'invalid' ? 'empty' : judgement.status;
}
