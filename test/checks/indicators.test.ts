import { describe, expect, test } from 'vitest';
import {
  barGeometry,
  judgeAll,
  judgeTarget,
  summarize,
  type IndicatorReason,
  type Judgement,
} from '../../src/checks/index.ts';
import type { Target } from '../../src/schema/index.ts';
import { target, targets } from './fixtures.ts';
import { indicatorCases } from './indicator-cases.ts';
import { judgementText } from '../../src/ui/indicator-text.ts';
import { formatTargetValue } from '../../src/ui/format.ts';

interface Case {
  name: string;
  target: Target;
  input: string;
  code: IndicatorReason;
  /** Expected gap (unmet) or margin (met); omitted when neither applies. */
  gap?: number;
  margin?: number;
  direction?: Judgement['direction'];
  strict?: boolean;
  error?: Judgement['error'];
}

const cases: Case[] = [
  { name: 'exactly 68.22 meets ≥ 68.22', target: targets.coverage, input: '68.22', code: 'target-met', margin: 0 },
  {
    name: '68.21 misses ≥ 68.22 by 0.01, not by a float artefact',
    target: targets.coverage,
    input: '68.21',
    code: 'target-unmet',
    gap: 0.01,
    direction: 'up',
    strict: false,
  },
  {
    name: '66.92 is 1.3 short of 68.22',
    target: targets.coverage,
    input: '66.92',
    code: 'target-unmet',
    gap: 1.3,
    direction: 'up',
  },
  {
    name: 'full-width digits and a typed % are read',
    target: targets.coverage,
    input: '６９．５％',
    code: 'target-met',
    margin: 1.28,
  },
  {
    name: 'a value above the target has a margin',
    target: targets.sewage,
    input: '98.5',
    code: 'target-met',
    margin: 0.5,
  },
  {
    name: 'PUE 1.25 does not meet < 1.25',
    target: targets.pue,
    input: '1.25',
    code: 'target-unmet',
    gap: 0,
    direction: 'down',
    strict: true,
  },
  {
    name: 'PUE 1.3 must come down by 0.05',
    target: targets.pue,
    input: '1.3',
    code: 'target-unmet',
    gap: 0.05,
    direction: 'down',
    strict: false,
  },
  { name: 'PUE 1.2 meets < 1.25', target: targets.pue, input: '1.2', code: 'target-met', margin: 0.05 },
  { name: 'a 16% decrease meets 下降16%', target: targets.energyDrop, input: '16', code: 'target-met', margin: 0 },
  {
    name: 'a 14.2% decrease is 1.8 points short of 下降16%',
    target: targets.energyDrop,
    input: '14.2',
    code: 'target-unmet',
    gap: 1.8,
    direction: 'up',
  },
  {
    name: 'an increase entered as a negative decrease is short by the whole way',
    target: targets.energyDrop,
    input: '-2',
    code: 'target-unmet',
    gap: 18,
    direction: 'up',
  },
  {
    name: '"=" 100% is met at exactly 100',
    target: targets.fullCoverage,
    input: '100%',
    code: 'target-met',
    margin: 0,
  },
  {
    name: '"=" 100% is missed at 99.9, which has to rise',
    target: targets.fullCoverage,
    input: '99.9',
    code: 'target-unmet',
    gap: 0.1,
    direction: 'up',
  },
  {
    name: '> 50 is missed at exactly 50',
    target: targets.rooftop,
    input: '50',
    code: 'target-unmet',
    gap: 0,
    direction: 'up',
    strict: true,
  },
  { name: '≤ 35 is met at exactly 35', target: targets.emissionsCap, input: '35', code: 'target-met', margin: 0 },
  {
    name: '≤ 35 is missed at 38.4 by 3.4 downwards',
    target: targets.emissionsCap,
    input: '38.4',
    code: 'target-unmet',
    gap: 3.4,
    direction: 'down',
  },
  { name: 'an empty input is 未填', target: targets.coverage, input: '   ', code: 'target-empty' },
  {
    name: 'words are explained, never NaN',
    target: targets.coverage,
    input: '很高',
    code: 'target-invalid',
    error: 'not-a-number',
  },
  {
    name: 'a % on a target that is not a percentage is explained',
    target: targets.pue,
    input: '1.2%',
    code: 'target-invalid',
    error: 'unexpected-percent',
  },
];

describe('judgeTarget', () => {
  test.each(cases)('$name', ({ target, input, code, gap, margin, direction, strict, error }) => {
    const j = judgeTarget(target, input);
    expect(j.code).toBe(code);
    if (gap !== undefined) expect(j.gap).toBe(gap);
    if (margin !== undefined) expect(j.margin).toBe(margin);
    if (direction !== undefined) expect(j.direction).toBe(direction);
    if (strict !== undefined) expect(j.strict).toBe(strict);
    if (error !== undefined) expect(j.error).toBe(error);
    for (const n of [j.entered, j.gap, j.margin]) if (n !== null) expect(Number.isNaN(n)).toBe(false);
  });
});

describe('summarize', () => {
  test('counts met, unmet, empty and unreadable rows against the total', () => {
    const all = Object.values(targets);
    const values = {
      [targets.coverage.id]: '70',
      [targets.pue.id]: '1.3',
      [targets.sewage.id]: 'x',
      [targets.fullCoverage.id]: '100',
    };
    expect(summarize(judgeAll(all, values))).toEqual({ met: 2, near: 0, unmet: 1, empty: 3, invalid: 1, total: 7 });
  });
});

describe('barGeometry', () => {
  test('a percentage level is drawn on 0–100', () => {
    expect(barGeometry(targets.sewage, 49)).toEqual({ value: 0.49, target: 0.98 });
  });

  test('other units leave headroom past the larger of value and target', () => {
    const g = barGeometry(targets.pue, 1.5);
    expect(g.value).toBeCloseTo(0.8);
    expect(g.target).toBeCloseTo(1.25 / 1.875);
  });

  test('no value draws only the target', () => {
    expect(barGeometry(targets.coverage, null).value).toBeNull();
  });
});

describe('every comparator, exact and approximate, with and without a change', () => {
  test.each(indicatorCases)('$name', (c) => {
    const unit = c.change ? '%' : '万千瓦';
    const subject = target('t-case', {
      metric: '指标',
      comparator: c.comparator,
      value: c.value,
      approximate: c.approximate,
      change: c.change,
      unit,
    });
    const j = judgeTarget(subject, c.input, c.tolerance);
    expect(j.status).toBe(c.status);
    expect(judgementText(j)).toBe(c.text);
  });

  test('a target written 左右 reads 约 on screen', () => {
    const cut = target('t-cut', {
      metric: '化肥使用量',
      comparator: '>=',
      value: 6,
      approximate: true,
      change: 'decrease',
      baseline: 2020,
    });
    expect(formatTargetValue(cut)).toBe('较2020年下降 约\u00a06%');
  });
});
