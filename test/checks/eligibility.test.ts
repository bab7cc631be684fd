import { describe, expect, test } from 'vitest';
import {
  carryOverAnswers,
  evaluateEligibility,
  questionsOf,
  type Answer,
  type EligibilityReason,
  type EligibilityStatus,
} from '../../src/checks/index.ts';
import type { RuleSet } from '../../src/schema/index.ts';
import { scopedType, threeTypes, twoTypes } from './fixtures.ts';
import { informationOf, isScopeQuestion } from '../../src/checks/index.ts';

interface Case {
  name: string;
  ruleSets: RuleSet[];
  type: string | null;
  /** Answers by criterion local id (`required-1`). */
  answers: Record<string, Answer>;
  status: EligibilityStatus;
  codes: EligibilityReason[];
}

const cases: Case[] = [
  {
    name: 'all conditions met and no disqualifier present is 符合条件',
    ruleSets: threeTypes,
    type: 'three-types/park',
    answers: { 'required-1': 'yes', 'required-2': 'yes', 'disqualifier-1': 'no', 'disqualifier-2': 'no' },
    status: 'eligible',
    codes: ['required-met', 'required-met', 'disqualifier-absent', 'disqualifier-absent'],
  },
  {
    name: 'one required condition answered 否 is 不符合',
    ruleSets: threeTypes,
    type: 'three-types/city',
    answers: { 'required-1': 'yes', 'required-2': 'no', 'disqualifier-1': 'no', 'disqualifier-2': 'no' },
    status: 'ineligible',
    codes: ['required-met', 'required-unmet', 'disqualifier-absent', 'disqualifier-absent'],
  },
  {
    name: 'a disqualifier answered 是 is 不符合 even when every condition is met',
    ruleSets: threeTypes,
    type: 'three-types/community',
    answers: { 'required-1': 'yes', 'required-2': 'yes', 'disqualifier-1': 'no', 'disqualifier-2': 'yes' },
    status: 'ineligible',
    codes: ['required-met', 'required-met', 'disqualifier-absent', 'disqualifier-present'],
  },
  {
    name: '不确定 on a condition is 尚需确认',
    ruleSets: threeTypes,
    type: 'three-types/park',
    answers: { 'required-1': 'unsure', 'required-2': 'yes', 'disqualifier-1': 'no', 'disqualifier-2': 'no' },
    status: 'uncertain',
    codes: ['required-uncertain', 'required-met', 'disqualifier-absent', 'disqualifier-absent'],
  },
  {
    name: '不确定 on a disqualifier is 尚需确认',
    ruleSets: threeTypes,
    type: 'three-types/park',
    answers: { 'required-1': 'yes', 'required-2': 'yes', 'disqualifier-1': 'unsure', 'disqualifier-2': 'no' },
    status: 'uncertain',
    codes: ['required-met', 'required-met', 'disqualifier-uncertain', 'disqualifier-absent'],
  },
  {
    name: 'an unmet condition outweighs an uncertain one',
    ruleSets: threeTypes,
    type: 'three-types/park',
    answers: { 'required-1': 'unsure', 'required-2': 'no', 'disqualifier-1': 'no', 'disqualifier-2': 'no' },
    status: 'ineligible',
    codes: ['required-uncertain', 'required-unmet', 'disqualifier-absent', 'disqualifier-absent'],
  },
  {
    name: 'missing answers count as uncertain, never as met',
    ruleSets: threeTypes,
    type: 'three-types/park',
    answers: { 'required-1': 'yes' },
    status: 'uncertain',
    codes: ['required-met', 'required-unanswered', 'disqualifier-unanswered', 'disqualifier-unanswered'],
  },
  {
    name: 'no applicant type chosen is 尚需确认',
    ruleSets: threeTypes,
    type: null,
    answers: {},
    status: 'uncertain',
    codes: ['type-unanswered'],
  },
  {
    name: 'an applicant of none of the types is 不符合',
    ruleSets: twoTypes,
    type: 'none',
    answers: {},
    status: 'ineligible',
    codes: ['type-none'],
  },
  {
    name: 'a rule set without disqualifiers asks only its conditions',
    ruleSets: twoTypes,
    type: 'two-types/county',
    answers: { 'required-1': 'yes', 'required-2': 'yes' },
    status: 'eligible',
    codes: ['required-met', 'required-met'],
  },
  {
    name: 'who may apply is asked first, and an applicant outside the scope is 不符合',
    ruleSets: scopedType,
    type: 'scoped/park',
    answers: { scope: 'no', 'required-1': 'yes', 'disqualifier-1': 'no' },
    status: 'ineligible',
    codes: ['scope-unmet', 'required-met', 'disqualifier-absent'],
  },
  {
    name: 'an applicant unsure of the scope is 尚需确认, not 不符合',
    ruleSets: scopedType,
    type: 'scoped/park',
    answers: { scope: 'unsure', 'required-1': 'yes', 'disqualifier-1': 'no' },
    status: 'uncertain',
    codes: ['scope-uncertain', 'required-met', 'disqualifier-absent'],
  },
  {
    name: 'inside the scope with every condition met is 符合条件',
    ruleSets: scopedType,
    type: 'scoped/park',
    answers: { scope: 'yes', 'required-1': 'yes', 'disqualifier-1': 'no' },
    status: 'eligible',
    codes: ['scope-met', 'required-met', 'disqualifier-absent'],
  },
  {
    name: 'a type with its own disqualifier asks it after the conditions',
    ruleSets: twoTypes,
    type: 'two-types/park',
    answers: { 'required-1': 'yes', 'required-2': 'yes', 'disqualifier-1': 'yes' },
    status: 'ineligible',
    codes: ['required-met', 'required-met', 'disqualifier-present'],
  },
];

describe('evaluateEligibility', () => {
  test.each(cases)('$name', ({ ruleSets, type, answers, status, codes }) => {
    const full = Object.fromEntries(Object.entries(answers).map(([local, a]) => [`${type}/${local}`, a]));
    const result = evaluateEligibility(ruleSets, { type, answers: full });
    expect(result.status).toBe(status);
    expect(result.codes).toEqual(codes);
    // Every reason cites a clause of the document it came from.
    for (const reason of result.reasons) {
      expect(reason.citation.document).toBe(ruleSets[0]?.document);
      expect(reason.citation.clause).toMatch(/^c/);
      expect(reason.citation.quote.length).toBeGreaterThan(0);
    }
    // Blocking reasons are exactly the ones that are not met, unmet first.
    const weights = result.blocking.map((r) => r.weight);
    expect(weights).toEqual([...weights].sort((a, b) => (a === 'unmet' ? -1 : b === 'unmet' ? 1 : 0)));
    expect(result.blocking.length).toBe(result.reasons.filter((r) => r.weight !== 'met').length);
  });
});

describe('the result in three groups', () => {
  test('puts 否 under 不满足, 不确定 under 待确认 and 是 under 满足, each once', () => {
    const [park] = threeTypes.slice(1) as [RuleSet];
    const answers = {
      [`${park.id}/required-1`]: 'no',
      [`${park.id}/required-2`]: 'unsure',
      [`${park.id}/disqualifier-1`]: 'no',
      [`${park.id}/disqualifier-2`]: 'no',
    } as const;
    const result = evaluateEligibility(threeTypes, { type: park.id, answers });
    expect(result.groups.unmet.map((r) => r.criterion)).toEqual([`${park.id}/required-1`]);
    expect(result.groups.uncertain.map((r) => r.criterion)).toEqual([`${park.id}/required-2`]);
    expect(result.groups.met.map((r) => r.criterion)).toEqual([
      `${park.id}/disqualifier-1`,
      `${park.id}/disqualifier-2`,
    ]);
  });
});

describe('support', () => {
  test('is information shown with the result, never a question', () => {
    const [park] = scopedType as [RuleSet];
    expect(questionsOf(park).map((c) => c.kind)).not.toContain('support');
    expect(informationOf(park).support.map((c) => c.text)).toEqual(['每个园区给予不超过500万元补助']);
  });
});

describe('questionsOf', () => {
  test('asks the scope first, cited to the clause that defines the applicant type', () => {
    const [park] = scopedType as [RuleSet];
    const [first] = questionsOf(park);
    expect(isScopeQuestion(first!)).toBe(true);
    expect(first!.text).toBe('省级及以上开发区、工业园区');
    expect(first!.clause).toBe(park.clause);
  });

  test('asks required conditions first, then disqualifiers, and never quotas, deadlines or acceptance rules', () => {
    const kinds = questionsOf(threeTypes[0]!).map((c) => c.kind);
    expect(kinds).toEqual(['required', 'required', 'disqualifier', 'disqualifier']);
  });
});

describe('carryOverAnswers', () => {
  test('keeps the answers to conditions worded the same when the applicant type changes', () => {
    const [city, park] = threeTypes as [RuleSet, RuleSet, RuleSet];
    const answers = { [`${city.id}/required-1`]: 'yes', [`${city.id}/disqualifier-2`]: 'unsure' } as const;
    expect(carryOverAnswers(threeTypes, answers, park)).toEqual({
      [`${park.id}/required-1`]: 'yes',
      [`${park.id}/disqualifier-2`]: 'unsure',
    });
  });

  test('does not carry an answer to a condition worded differently', () => {
    const [county, park] = twoTypes as [RuleSet, RuleSet];
    const carried = carryOverAnswers(
      twoTypes,
      { [`${county.id}/required-1`]: 'yes', [`${county.id}/required-2`]: 'no' },
      park,
    );
    expect(carried).toEqual({ [`${park.id}/required-2`]: 'no' });
  });
});
