/**
 * Indicator checks: a value typed against each target of a document, judged at once as 达标 /
 * 接近目标 / 未达标 / 未填 with the gap in the direction that closes it.
 *
 * A change target (较2020年下降16%) is judged on the change achieved since the baseline year: the
 * person enters the decrease (16), not the level. An approximate target (下降6%左右, 470万千瓦左右)
 * keeps its direction: a cut of 7% meets 下降6%左右. The text gives no tolerance for 左右, so the
 * person chooses one; a value short of the figure but within it is 接近目标, never 达标, and the
 * result names the tolerance it used. Only a level to keep (`=`, 保持在 X 左右) is met anywhere
 * inside the tolerance, because there the figure is a centre, not a bound.
 */
import type { Comparator, Target } from '../schema/index.ts';
import { isPercent } from '../ui/format.ts';
import { compare, subtract } from './decimal.ts';
import { parseNumberInput, type NumberInputError, type NumberInputOptions } from './number-input.ts';
import type { IndicatorReason } from './reasons.ts';

export type IndicatorStatus = 'met' | 'near' | 'unmet' | 'empty' | 'invalid';

export interface Judgement {
  target: Target;
  status: IndicatorStatus;
  code: IndicatorReason;
  /** The number read from the input, or null. */
  entered: number | null;
  /** Why the input could not be read, or null. */
  error: NumberInputError | null;
  /** Near or unmet: how far the value is from the target (≥ 0). */
  gap: number | null;
  /** Near or unmet: which way the value has to move. */
  direction: 'up' | 'down' | null;
  /** Near or unmet: the value sits exactly on a strict bound (> or <) and must pass it. */
  strict: boolean;
  /** Met only: how far the value is from the target (≥ 0), and on which side. */
  margin: number | null;
  side: 'above' | 'below' | null;
  /** The tolerance the judgement used, as a share (0.05), for an approximate target; else null. */
  tolerance: number | null;
}

export interface IndicatorSummary {
  met: number;
  near: number;
  unmet: number;
  empty: number;
  invalid: number;
  total: number;
}

/** Tolerances a person may choose for 左右 / 约, as shares of the target value. */
export const TOLERANCES = [0, 0.02, 0.05, 0.1] as const;
/** Chosen until the person picks another: our reading of 左右, shown with every result it decides. */
export const DEFAULT_TOLERANCE = 0.05;

/** Only a percentage target accepts a typed %. */
export function inputOptionsFor(target: Target): NumberInputOptions {
  return { allowPercent: isPercent(target.unit) };
}

function holds(comparator: Comparator, sign: -1 | 0 | 1): boolean {
  switch (comparator) {
    case '>=':
      return sign >= 0;
    case '>':
      return sign > 0;
    case '<=':
      return sign <= 0;
    case '<':
      return sign < 0;
    case '=':
      return sign === 0;
  }
}

const nothing = {
  entered: null,
  error: null,
  gap: null,
  direction: null,
  strict: false,
  margin: null,
  side: null,
  tolerance: null,
};

/** Judges one raw input against one target, with `tolerance` for an approximate one. */
export function judgeTarget(target: Target, raw: string, tolerance: number = DEFAULT_TOLERANCE): Judgement {
  const input = parseNumberInput(raw, inputOptionsFor(target));
  if (input.kind === 'empty') return { ...nothing, target, status: 'empty', code: 'target-empty' };
  if (input.kind === 'invalid')
    return { ...nothing, target, status: 'invalid', code: 'target-invalid', error: input.error };
  const entered = input.value;
  const sign = compare(entered, target.value);
  const distance = Math.abs(subtract(entered, target.value));
  const used = target.approximate ? tolerance : null;
  // The band is computed from a whole percent so 5% of 470 is exactly 23.5, and 446.5 inside it.
  const withinBand = used !== null && compare(distance, (Math.abs(target.value) * Math.round(used * 100)) / 100) <= 0;
  const side = sign > 0 ? 'above' : sign < 0 ? 'below' : null;
  const base = { ...nothing, target, entered, tolerance: used };
  if (holds(target.comparator, sign) || (target.comparator === '=' && withinBand)) {
    return { ...base, status: 'met', code: 'target-met', margin: distance, side };
  }
  const miss = {
    gap: distance,
    // Below a lower bound (or under a level to keep) the value has to rise.
    direction: sign < 0 ? 'up' : sign > 0 ? 'down' : target.comparator === '>' ? 'up' : 'down',
    strict: sign === 0,
  } as const;
  if (withinBand) return { ...base, ...miss, status: 'near', code: 'target-near' };
  return { ...base, ...miss, status: 'unmet', code: 'target-unmet' };
}

export function judgeAll(
  targets: readonly Target[],
  values: Readonly<Record<string, string>>,
  tolerance: number = DEFAULT_TOLERANCE,
): Judgement[] {
  return targets.map((target) => judgeTarget(target, values[target.id] ?? '', tolerance));
}

export function summarize(judgements: readonly Judgement[]): IndicatorSummary {
  const count = (status: IndicatorStatus) => judgements.filter((j) => j.status === status).length;
  return {
    met: count('met'),
    near: count('near'),
    unmet: count('unmet'),
    empty: count('empty'),
    invalid: count('invalid'),
    total: judgements.length,
  };
}

/**
 * Positions for the small value-against-target bar, as shares of its width.
 * A percentage level runs on 0–100; anything else on a scale with headroom
 * past the larger of value and target.
 */
export function barGeometry(target: Target, entered: number | null): { value: number | null; target: number } {
  const level = Math.max(0, entered ?? 0);
  const goal = Math.max(0, target.value);
  const percentLevel = isPercent(target.unit) && target.change === null;
  const max = percentLevel ? Math.max(100, level, goal) : Math.max(level, goal) * 1.25 || 1;
  return { value: entered === null ? null : level / max, target: goal / max };
}
