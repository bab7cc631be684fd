/**
 * Indicator checks: a value typed against each target of a document, judged at
 * once as 达标 / 未达标 / 未填 with the gap in the direction that closes it.
 *
 * A change target (较2020年下降16%) is judged on the change achieved since the
 * baseline year: the person enters the decrease (16), not the level.
 */
import type { Comparator, Target } from '../schema/index.ts';
import { compare, subtract } from './decimal.ts';
import { parseNumberInput, type NumberInputError, type NumberInputOptions } from './number-input.ts';
import type { IndicatorReason } from './reasons.ts';

export type IndicatorStatus = 'met' | 'unmet' | 'empty' | 'invalid';

export interface Judgement {
  target: Target;
  status: IndicatorStatus;
  code: IndicatorReason;
  /** The number read from the input, or null. */
  entered: number | null;
  /** Why the input could not be read, or null. */
  error: NumberInputError | null;
  /** Unmet only: how far the value is from the target (≥ 0). */
  gap: number | null;
  /** Unmet only: which way the value has to move. */
  direction: 'up' | 'down' | null;
  /** Unmet only: the value sits exactly on a strict bound (> or <) and must pass it. */
  strict: boolean;
  /** Met only: how far the value is beyond the target (≥ 0). */
  margin: number | null;
}

export interface IndicatorSummary {
  met: number;
  unmet: number;
  empty: number;
  invalid: number;
  total: number;
}

/**
 * A target written as approximate (470万千瓦左右, 下降6%左右) is met within this
 * share of its value either side. The text gives no tolerance; 5% is our
 * reading of 左右, shown to the person with the result.
 */
export const APPROXIMATE_TOLERANCE = 0.05;

/** Only a percentage target accepts a typed %. */
export function inputOptionsFor(target: Target): NumberInputOptions {
  return { allowPercent: target.unit === '%' };
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

function blank(target: Target, status: 'empty' | 'invalid', error: NumberInputError | null): Judgement {
  return {
    target,
    status,
    code: status === 'empty' ? 'target-empty' : 'target-invalid',
    entered: null,
    error,
    gap: null,
    direction: null,
    strict: false,
    margin: null,
  };
}

/** Judges one raw input against one target. */
export function judgeTarget(target: Target, raw: string): Judgement {
  const input = parseNumberInput(raw, inputOptionsFor(target));
  if (input.kind === 'empty') return blank(target, 'empty', null);
  if (input.kind === 'invalid') return blank(target, 'invalid', input.error);
  const entered = input.value;
  const sign = compare(entered, target.value);
  const distance = Math.abs(subtract(entered, target.value));
  if (holds(target.comparator, sign)) {
    return { ...blank(target, 'empty', null), status: 'met', code: 'target-met', entered, margin: distance };
  }
  if (target.approximate && distance <= Math.abs(target.value) * APPROXIMATE_TOLERANCE) {
    return { ...blank(target, 'empty', null), status: 'met', code: 'target-near', entered, margin: 0 };
  }
  return {
    ...blank(target, 'empty', null),
    status: 'unmet',
    code: 'target-unmet',
    entered,
    gap: distance,
    // Below a lower bound (or under an exact value) the value has to rise.
    direction: sign < 0 ? 'up' : sign > 0 ? 'down' : target.comparator === '>' ? 'up' : 'down',
    strict: sign === 0,
  };
}

export function judgeAll(targets: readonly Target[], values: Readonly<Record<string, string>>): Judgement[] {
  return targets.map((target) => judgeTarget(target, values[target.id] ?? ''));
}

export function summarize(judgements: readonly Judgement[]): IndicatorSummary {
  const count = (status: IndicatorStatus) => judgements.filter((j) => j.status === status).length;
  return {
    met: count('met'),
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
  const percentLevel = target.unit === '%' && target.change === null;
  const max = percentLevel ? Math.max(100, level, goal) : Math.max(level, goal) * 1.25 || 1;
  return { value: entered === null ? null : level / max, target: goal / max };
}
