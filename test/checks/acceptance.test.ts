import { describe, expect, test } from 'vitest';
import {
  acceptanceCriteria,
  evaluateAcceptance,
  fieldsFor,
  type AcceptanceResult,
  type CountInputs,
} from '../../src/checks/index.ts';
import type { AcceptanceParams } from '../../src/schema/index.ts';
import { threeTypes } from './fixtures.ts';

/** The rule as the data states it, per applicant type: nothing below is typed in by hand. */
const rules = Object.fromEntries(
  threeTypes.map((r) => [r.applicantType, acceptanceCriteria(r.criteria)[0]!.acceptance]),
) as Record<string, AcceptanceParams>;
const city = rules['近零碳城市']!;
const community = rules['近零碳社区']!;
const shareOnly: AcceptanceParams = { allBinding: false, referencePercent: 70, referenceMin: null };

interface Case {
  name: string;
  params: AcceptanceParams;
  inputs: CountInputs;
  status: AcceptanceResult['status'];
  codes: AcceptanceResult['codes'];
  short?: number[];
}

const cases: Case[] = [
  {
    name: 'exactly 70% of reference indicators passes',
    params: shareOnly,
    inputs: { referenceTotal: '10', referenceMet: '7' },
    status: 'pass',
    codes: ['reference-share-met'],
    short: [0],
  },
  {
    name: 'one under 70% fails and is one indicator short',
    params: shareOnly,
    inputs: { referenceTotal: '10', referenceMet: '6' },
    status: 'fail',
    codes: ['reference-share-unmet'],
    short: [1],
  },
  {
    name: '70% of 13 needs 10 (9.1 rounds up), so 9 fails',
    params: shareOnly,
    inputs: { referenceTotal: '13', referenceMet: '9' },
    status: 'fail',
    codes: ['reference-share-unmet'],
    short: [1],
  },
  {
    name: 'city: all binding, 70% and the least count of 10 all met passes',
    params: city,
    inputs: { bindingTotal: '6', bindingMet: '6', referenceTotal: '14', referenceMet: '10' },
    status: 'pass',
    codes: ['binding-met', 'reference-share-met', 'reference-min-met'],
  },
  {
    name: 'city: 70% reached but under the least count of 10 fails on the count alone',
    params: city,
    inputs: { bindingTotal: '6', bindingMet: '6', referenceTotal: '12', referenceMet: '9' },
    status: 'fail',
    codes: ['binding-met', 'reference-share-met', 'reference-min-unmet'],
    short: [0, 0, 1],
  },
  {
    name: 'city: one binding indicator missed fails whatever the reference count',
    params: city,
    inputs: { bindingTotal: '6', bindingMet: '5', referenceTotal: '14', referenceMet: '14' },
    status: 'fail',
    codes: ['binding-unmet', 'reference-share-met', 'reference-min-met'],
    short: [1, 0, 0],
  },
  {
    name: 'community: exactly the least count of 5 at exactly 70% passes',
    params: community,
    inputs: { bindingTotal: '3', bindingMet: '3', referenceTotal: '7', referenceMet: '5' },
    status: 'pass',
    codes: ['binding-met', 'reference-share-met', 'reference-min-met'],
  },
  {
    name: 'full-width digits are counted',
    params: community,
    inputs: { bindingTotal: '３', bindingMet: '３', referenceTotal: '７', referenceMet: '５' },
    status: 'pass',
    codes: ['binding-met', 'reference-share-met', 'reference-min-met'],
  },
  {
    name: 'an empty count is incomplete, not a fail',
    params: city,
    inputs: { bindingTotal: '6', bindingMet: '6', referenceTotal: '14' },
    status: 'incomplete',
    codes: ['counts-missing'],
  },
  {
    name: 'more met than exist is an input error, said as such rather than as a missing count',
    params: city,
    inputs: { bindingTotal: '6', bindingMet: '7', referenceTotal: '14', referenceMet: '10' },
    status: 'invalid',
    codes: ['counts-invalid'],
  },
  {
    name: 'a fraction of an indicator is an input error',
    params: city,
    inputs: { bindingTotal: '6', bindingMet: '6', referenceTotal: '14', referenceMet: '9.5' },
    status: 'invalid',
    codes: ['counts-invalid'],
  },
  {
    name: 'an error and a missing count together are an input error first',
    params: city,
    inputs: { bindingTotal: '6', bindingMet: '7', referenceTotal: '14' },
    status: 'invalid',
    codes: ['counts-invalid', 'counts-missing'],
  },
  {
    name: 'met equal to the total is no error',
    params: city,
    inputs: { bindingTotal: '6', bindingMet: '6', referenceTotal: '14', referenceMet: '14' },
    status: 'pass',
    codes: ['binding-met', 'reference-share-met', 'reference-min-met'],
  },
  {
    name: 'a count of a fraction with no other error is still an input error',
    params: city,
    inputs: { bindingTotal: '6', bindingMet: '6', referenceTotal: '14', referenceMet: '9.0001' },
    status: 'invalid',
    codes: ['counts-invalid'],
  },
];

describe('evaluateAcceptance', () => {
  test.each(cases)('$name', ({ params, inputs, status, codes, short }) => {
    const result = evaluateAcceptance(params, inputs);
    expect(result.status).toBe(status);
    expect(result.codes).toEqual(codes);
    if (short) expect(result.checks.map((c) => c.short)).toEqual(short);
  });

  test('the least counts per applicant type come from the data', () => {
    expect(Object.values(rules).map((r) => r.referenceMin)).toEqual([10, 8, 5]);
  });

  test('a rule without binding indicators does not ask for them', () => {
    expect(fieldsFor(shareOnly)).toEqual(['referenceTotal', 'referenceMet']);
  });
});
