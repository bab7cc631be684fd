/**
 * Acceptance calculators: counts of indicators met, judged against an
 * acceptance rule (all binding indicators, a share of the reference indicators,
 * at least N of them). The numbers come from the rule's data, never from here.
 */
import type { AcceptanceParams, Criterion } from '../schema/index.ts';
import { leastCountForPercent, reachesPercent } from './decimal.ts';
import { parseNumberInput, type NumberInputError } from './number-input.ts';
import type { AcceptanceReason } from './reasons.ts';

export const countFields = ['bindingTotal', 'bindingMet', 'referenceTotal', 'referenceMet'] as const;
export type CountField = (typeof countFields)[number];
export type CountInputs = Readonly<Partial<Record<CountField, string>>>;

export type CountError = NumberInputError | 'exceeds-total';

export interface AcceptanceCheck {
  code: AcceptanceReason;
  met: boolean;
  /** What the rule asks for (a count of indicators). */
  required: number;
  /** What was entered. */
  actual: number;
  /** How many indicators of this class exist (the total entered), or null for a fixed least count. */
  of: number | null;
  /** How many more indicators would meet this check (0 when met). */
  short: number;
}

export interface AcceptanceResult {
  /** `invalid` when a count cannot be used (more met than exist), `incomplete` when one is missing. */
  status: 'pass' | 'fail' | 'incomplete' | 'invalid';
  /** One check per part of the rule, in the order binding → share → minimum. */
  checks: AcceptanceCheck[];
  /** Problems with the inputs, per field. */
  errors: Partial<Record<CountField, CountError>>;
  /** Fields the rule needs that are empty. */
  missing: CountField[];
  codes: AcceptanceReason[];
}

/** The count fields an acceptance rule needs filled in. */
export function fieldsFor(params: AcceptanceParams): CountField[] {
  const fields: CountField[] = [];
  if (params.allBinding) fields.push('bindingTotal', 'bindingMet');
  if (params.referencePercent !== null) fields.push('referenceTotal');
  if (params.referencePercent !== null || params.referenceMin !== null) fields.push('referenceMet');
  return fields;
}

/** The acceptance criteria of a rule set that carry numbers to calculate with. */
export function acceptanceCriteria(criteria: readonly Criterion[]): (Criterion & { acceptance: AcceptanceParams })[] {
  return criteria.filter(
    (c): c is Criterion & { acceptance: AcceptanceParams } => c.kind === 'acceptance' && c.acceptance !== null,
  );
}

function check(
  code: [AcceptanceReason, AcceptanceReason],
  required: number,
  actual: number,
  of: number | null,
): AcceptanceCheck {
  const met = actual >= required;
  return { code: met ? code[0] : code[1], met, required, actual, of, short: Math.max(0, required - actual) };
}

export function evaluateAcceptance(params: AcceptanceParams, inputs: CountInputs): AcceptanceResult {
  const fields = fieldsFor(params);
  const counts: Partial<Record<CountField, number>> = {};
  const errors: Partial<Record<CountField, CountError>> = {};
  const missing: CountField[] = [];
  for (const field of fields) {
    const input = parseNumberInput(inputs[field] ?? '', { integer: true, nonNegative: true, allowPercent: false });
    if (input.kind === 'empty') missing.push(field);
    else if (input.kind === 'invalid') errors[field] = input.error;
    else counts[field] = input.value;
  }
  // More met than exist is a typing slip worth naming, not a pass.
  const pairs: [CountField, CountField][] = [
    ['bindingMet', 'bindingTotal'],
    ['referenceMet', 'referenceTotal'],
  ];
  for (const [met, total] of pairs) {
    const m = counts[met];
    const t = counts[total];
    if (m !== undefined && t !== undefined && m > t) {
      errors[met] = 'exceeds-total';
      delete counts[met];
    }
  }
  if (Object.keys(errors).length > 0 || missing.length > 0) {
    const codes: AcceptanceReason[] = [];
    if (Object.keys(errors).length > 0) codes.push('counts-invalid');
    if (missing.length > 0) codes.push('counts-missing');
    // A count that cannot be right is named before a count that is merely missing.
    return { status: Object.keys(errors).length > 0 ? 'invalid' : 'incomplete', checks: [], errors, missing, codes };
  }

  const value = (field: CountField) => counts[field] ?? 0;
  const checks: AcceptanceCheck[] = [];
  if (params.allBinding) {
    checks.push(
      check(['binding-met', 'binding-unmet'], value('bindingTotal'), value('bindingMet'), value('bindingTotal')),
    );
  }
  if (params.referencePercent !== null) {
    const total = value('referenceTotal');
    const met = value('referenceMet');
    const required = leastCountForPercent(total, params.referencePercent);
    const reached = reachesPercent(met, total, params.referencePercent);
    // The share decides; the least count only phrases the gap (还差 N 项). They agree by construction.
    checks.push({
      code: reached ? 'reference-share-met' : 'reference-share-unmet',
      met: reached,
      required,
      actual: met,
      of: total,
      short: reached ? 0 : Math.max(0, required - met),
    });
  }
  if (params.referenceMin !== null) {
    checks.push(check(['reference-min-met', 'reference-min-unmet'], params.referenceMin, value('referenceMet'), null));
  }
  return {
    status: checks.every((c) => c.met) ? 'pass' : 'fail',
    checks,
    errors,
    missing,
    codes: checks.map((c) => c.code),
  };
}
