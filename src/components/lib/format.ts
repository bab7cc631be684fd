import type { Baseline, Target } from '../../schema/index.ts';
import { targetsPage } from '../../ui/strings.ts';

/** `2022-03-17` → `2022年3月17日`; `2025` → `2025年`. */
export function formatDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (full) return `${full[1]}年${Number(full[2])}月${Number(full[3])}日`;
  const year = /^(\d{4})$/.exec(value);
  if (year) return `${year[1]}年`;
  return value;
}

/** Numbers as written in Chinese official text: no grouping, no trailing zeros. */
export function formatNumber(value: number): string {
  return String(Number(value.toFixed(6)));
}

/** `≥ 65.2%`, `较2020年下降 16%`. */
export function formatTargetValue(target: Pick<Target, 'comparator' | 'value' | 'unit' | 'change' | 'baseline'>): string {
  // A no-break space keeps the comparator with its number when a narrow column wraps.
  const sign = target.comparator === '=' ? '' : `${targetsPage.comparator[target.comparator] ?? target.comparator}\u00a0`;
  const amount = `${sign}${formatNumber(target.value)}${target.unit ?? ''}`;
  if (!target.change) return amount;
  const base = target.baseline ? targetsPage.baselineYear(target.baseline) : targetsPage.anyYear;
  return targetsPage.change[target.change](amount, base);
}

/** A reported figure as written, with its direction when it is a change (下降 23.77%). */
export function formatBaselineValue(b: Pick<Baseline, 'value' | 'unit' | 'change' | 'valueText'>): string {
  const amount = b.valueText || `${formatNumber(b.value)}${b.unit ?? ''}`;
  if (!b.change || /下降|提高|增长|减少|上升/.test(amount)) return amount;
  return `${targetsPage.changeWord[b.change]} ${amount}`;
}
