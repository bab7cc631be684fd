import { describe, expect, test } from 'vitest';
import {
  firstUnanswered,
  nextView,
  previousView,
  totalLabel,
  viewFromKey,
  type EligibilityState,
  type View,
} from '../../src/checks/index.ts';
import type { RuleSet } from '../../src/schema/index.ts';
import { threeTypes, twoTypes } from './fixtures.ts';

const none: EligibilityState = { type: null, answers: {} };
const park = (answers: Record<string, 'yes' | 'no' | 'unsure'> = {}): EligibilityState => ({
  type: 'three-types/park',
  answers: Object.fromEntries(Object.entries(answers).map(([k, v]) => [`three-types/park/${k}`, v])),
});
const allParkAnswers = {
  'required-1': 'yes',
  'required-2': 'yes',
  'disqualifier-1': 'no',
  'disqualifier-2': 'no',
} as const;

describe('totalLabel', () => {
  test.each([
    {
      name: 'types with the same number of questions show one total before a type is chosen',
      ruleSets: threeTypes,
      state: none,
      expected: '5',
    },
    {
      name: 'types with different numbers of questions show the range before a type is chosen',
      ruleSets: twoTypes,
      state: none,
      expected: '3–4',
    },
    {
      name: 'a chosen type shows its own total',
      ruleSets: twoTypes,
      state: { type: 'two-types/park', answers: {} },
      expected: '4',
    },
    {
      name: 'none of the types is a one-question check',
      ruleSets: twoTypes,
      state: { type: 'none', answers: {} },
      expected: '1',
    },
  ] as { name: string; ruleSets: RuleSet[]; state: EligibilityState; expected: string }[])(
    '$name',
    ({ ruleSets, state, expected }) => {
      expect(totalLabel(ruleSets, state)).toBe(expected);
    },
  );
});

describe('navigation', () => {
  test.each([
    {
      name: '继续 from the type goes to the first question',
      state: park(),
      step: 0,
      changing: false,
      expected: { kind: 'question', step: 1 },
    },
    {
      name: '继续 from the last question goes to the summary',
      state: park(allParkAnswers),
      step: 4,
      changing: false,
      expected: { kind: 'summary' },
    },
    {
      name: 'after a change with everything answered, 继续 returns to the summary',
      state: park(allParkAnswers),
      step: 2,
      changing: true,
      expected: { kind: 'summary' },
    },
    {
      name: 'after changing the type, 继续 goes to the first question the new type still lacks',
      state: park({ 'required-1': 'yes' }),
      step: 0,
      changing: true,
      expected: { kind: 'question', step: 2 },
    },
    {
      name: '继续 after choosing none of the types goes to the summary',
      state: { type: 'none', answers: {} },
      step: 0,
      changing: false,
      expected: { kind: 'summary' },
    },
  ] as { name: string; state: EligibilityState; step: number; changing: boolean; expected: View }[])(
    '$name',
    ({ state, step, changing, expected }) => {
      expect(nextView(threeTypes, state, step, changing)).toEqual(expected);
    },
  );

  test.each([
    { name: 'back from the result is the summary', view: { kind: 'result' }, expected: { kind: 'summary' } },
    {
      name: 'back from the summary is the last question',
      view: { kind: 'summary' },
      expected: { kind: 'question', step: 4 },
    },
    {
      name: 'back from a question is the one before',
      view: { kind: 'question', step: 3 },
      expected: { kind: 'question', step: 2 },
    },
    { name: 'there is no back from the first question', view: { kind: 'question', step: 0 }, expected: null },
  ] as { name: string; view: View; expected: View | null }[])('$name', ({ view, expected }) => {
    expect(previousView(threeTypes, park(allParkAnswers), view)).toEqual(expected);
  });

  test('the first unanswered question is found, and none once all are answered', () => {
    expect(firstUnanswered(threeTypes, none)).toBe(0);
    expect(firstUnanswered(threeTypes, park({ 'required-1': 'yes' }))).toBe(2);
    expect(firstUnanswered(threeTypes, park(allParkAnswers))).toBeNull();
  });
});

describe('viewFromKey', () => {
  test.each([
    {
      name: 'a saved result with every answer reopens the result',
      key: 'result',
      state: park(allParkAnswers),
      expected: { kind: 'result' },
    },
    {
      name: 'a saved result with a missing answer reopens that question',
      key: 'result',
      state: park({ 'required-1': 'yes' }),
      expected: { kind: 'question', step: 2 },
    },
    {
      name: 'a saved question step reopens it',
      key: 'q3',
      state: park(allParkAnswers),
      expected: { kind: 'question', step: 3 },
    },
    {
      name: 'a step beyond the questions falls back to the first gap',
      key: 'q99',
      state: none,
      expected: { kind: 'question', step: 0 },
    },
    {
      name: 'a missing key starts at the first gap',
      key: undefined,
      state: park(),
      expected: { kind: 'question', step: 1 },
    },
  ] as { name: string; key: string | undefined; state: EligibilityState; expected: View }[])(
    '$name',
    ({ key, state, expected }) => {
      expect(viewFromKey(key, threeTypes, state)).toEqual(expected);
    },
  );
});
