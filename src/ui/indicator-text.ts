/** What an indicator judgement says beside its badge: how far from the target, and the tolerance that decided it. */
import type { Judgement } from '../checks/indicators.ts';
import { indicators as t } from './check-strings.ts';
import { formatNumber, gapUnit } from './format.ts';

export function judgementText(j: Judgement): string {
  const amount = (n: number | null) => `${formatNumber(n ?? 0)}${gapUnit(j.target.unit)}`;
  const tolerance = j.tolerance === null ? '' : t.toleranceNote(Math.round(j.tolerance * 100));
  if (j.status === 'invalid') return j.error ? t.error[j.error] : '';
  if (j.status === 'met') {
    if (!j.margin || !j.side) return t.exact;
    // A level to keep (=) met inside its band is not "above the target": it is within reach of it.
    if (j.target.comparator === '=') return `${t.withinBand(amount(j.margin))}${tolerance}`;
    return t.margin(amount(j.margin), j.side, j.target.change);
  }
  if ((j.status === 'unmet' || j.status === 'near') && j.direction) {
    return `${t.gap(amount(j.gap), j.direction, j.strict, j.target.change)}${tolerance}`;
  }
  return '';
}
