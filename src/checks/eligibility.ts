/**
 * Eligibility checks: a document's rule sets (one per applicant type) become
 * questions — the applicant type first, then each required condition, then each
 * disqualifier — and the answers become a result with one reason per question.
 */
import type { Criterion, RuleSet } from '../schema/index.ts';
import type { Citation, EligibilityReason } from './reasons.ts';

export type Answer = 'yes' | 'no' | 'unsure';

/** Criterion kinds asked as questions, in the order they are asked. */
export const questionKinds = ['required', 'disqualifier'] as const;
export type QuestionKind = (typeof questionKinds)[number];

/**
 * The local id of the question on who may apply (申报对象为省级及以上园区): the rule set's own
 * `scope`, asked first because a wrong kind of applicant needs no further question.
 */
export const scopeQuestionId = 'scope';

/** The chosen applicant type: a rule set id, `none` of them, or not chosen yet. */
export type TypeChoice = string | null;
export const noType = 'none';

export interface EligibilityState {
  type: TypeChoice;
  /** Answers keyed by criterion id. */
  answers: Readonly<Record<string, Answer>>;
}

export type EligibilityStatus = 'eligible' | 'ineligible' | 'uncertain';

/** Where a reason stands in the result: 满足, 不满足 or 待确认. */
export type Weight = 'met' | 'unmet' | 'uncertain';

/** How one question (or the applicant type) weighs on the result. */
export interface Reason {
  code: EligibilityReason;
  /** `met` counts for the applicant, `unmet` against, `uncertain` needs confirming. */
  weight: Weight;
  /** Plain-language text of the criterion or applicant type. */
  text: string;
  answer: Answer | null;
  /** The criterion id, or null for the applicant type. */
  criterion: string | null;
  citation: Citation;
}

export interface EligibilityResult {
  status: EligibilityStatus;
  /** The rule set evaluated, or null when no applicant type applies. */
  ruleSet: RuleSet | null;
  /** One reason per question, in the order asked. */
  reasons: Reason[];
  /** Reasons that keep the result from 符合条件: unmet first, then uncertain. */
  blocking: Reason[];
  /** The reasons sorted into 满足 / 不满足 / 待确认, each in the order asked. */
  groups: Record<Weight, Reason[]>;
  codes: EligibilityReason[];
}

function isQuestion(criterion: Criterion): criterion is Criterion & { kind: QuestionKind } {
  return (questionKinds as readonly string[]).includes(criterion.kind);
}

/**
 * The question on who may apply, when the rule set names it (`scope`): a required condition whose
 * text is the scope as written, cited to the clause that defines the applicant type.
 */
export function scopeQuestion(ruleSet: RuleSet): Criterion | null {
  if (!ruleSet.scope) return null;
  return {
    id: `${ruleSet.id}/${scopeQuestionId}`,
    kind: 'required',
    text: ruleSet.scope,
    clause: ruleSet.clause,
    line: ruleSet.line,
    quote: ruleSet.quote,
    span: ruleSet.span,
    quota: null,
    date: null,
    acceptance: null,
  };
}

/** Whether a question is the one on who may apply. */
export function isScopeQuestion(criterion: Pick<Criterion, 'id'>): boolean {
  return criterion.id.endsWith(`/${scopeQuestionId}`);
}

/** Who may apply, then required conditions, then disqualifiers, each in the order of the text. */
export function questionsOf(ruleSet: RuleSet): Criterion[] {
  const scope = scopeQuestion(ruleSet);
  return [
    ...(scope ? [scope] : []),
    ...questionKinds.flatMap((kind) => ruleSet.criteria.filter((c) => c.kind === kind)),
  ];
}

/** Criteria shown as information beside the questions: quotas, deadlines and what is offered. */
export function informationOf(ruleSet: RuleSet): { quotas: Criterion[]; deadlines: Criterion[]; support: Criterion[] } {
  return {
    quotas: ruleSet.criteria.filter((c) => c.kind === 'quota'),
    deadlines: ruleSet.criteria.filter((c) => c.kind === 'deadline'),
    support: ruleSet.criteria.filter((c) => c.kind === 'support'),
  };
}

export function citationOf(document: string, source: { clause: string; line: number; quote: string }): Citation {
  return { document, clause: source.clause, line: source.line, quote: source.quote };
}

/** The chosen rule set, or null for none / not chosen / an id the data no longer has. */
export function chosenRuleSet(ruleSets: readonly RuleSet[], type: TypeChoice): RuleSet | null {
  return ruleSets.find((r) => r.id === type) ?? null;
}

function reasonFor(document: string, criterion: Criterion & { kind: QuestionKind }, answer: Answer | null): Reason {
  const base = { text: criterion.text, answer, criterion: criterion.id, citation: citationOf(document, criterion) };
  // For a disqualifier, 是 means the disqualifying fact is present.
  const favourable = criterion.kind === 'required' ? 'yes' : 'no';
  const kind = isScopeQuestion(criterion) ? 'scope' : criterion.kind;
  if (answer === null) return { ...base, code: `${kind}-unanswered`, weight: 'uncertain' };
  if (answer === 'unsure') return { ...base, code: `${kind}-uncertain`, weight: 'uncertain' };
  if (answer === favourable)
    return { ...base, code: kind === 'disqualifier' ? 'disqualifier-absent' : `${kind}-met`, weight: 'met' };
  return { ...base, code: kind === 'disqualifier' ? 'disqualifier-present' : `${kind}-unmet`, weight: 'unmet' };
}

function statusOf(reasons: readonly Reason[]): EligibilityStatus {
  if (reasons.some((r) => r.weight === 'unmet')) return 'ineligible';
  if (reasons.some((r) => r.weight === 'uncertain')) return 'uncertain';
  return 'eligible';
}

function typeReason(ruleSets: readonly RuleSet[], code: 'type-none' | 'type-unanswered'): Reason {
  // The applicant types are defined together; cite the first definition.
  const first = ruleSets[0];
  if (!first) throw new Error('an eligibility check needs at least one rule set');
  return {
    code,
    weight: code === 'type-none' ? 'unmet' : 'uncertain',
    text: ruleSets.map((r) => r.applicantType).join(' / '),
    answer: null,
    criterion: null,
    citation: citationOf(first.document, first),
  };
}

function result(ruleSet: RuleSet | null, reasons: Reason[]): EligibilityResult {
  const groups: Record<Weight, Reason[]> = {
    met: reasons.filter((r) => r.weight === 'met'),
    unmet: reasons.filter((r) => r.weight === 'unmet'),
    uncertain: reasons.filter((r) => r.weight === 'uncertain'),
  };
  const blocking = [...groups.unmet, ...groups.uncertain];
  return { status: statusOf(reasons), ruleSet, reasons, blocking, groups, codes: reasons.map((r) => r.code) };
}

/**
 * Judges a state against a document's rule sets. Unanswered questions count as
 * uncertain, so a partial state still gives an honest 尚需确认 rather than 符合条件.
 */
export function evaluateEligibility(ruleSets: readonly RuleSet[], state: EligibilityState): EligibilityResult {
  if (state.type === noType) return result(null, [typeReason(ruleSets, 'type-none')]);
  const ruleSet = chosenRuleSet(ruleSets, state.type);
  if (!ruleSet) return result(null, [typeReason(ruleSets, 'type-unanswered')]);
  const reasons = questionsOf(ruleSet)
    .filter(isQuestion)
    .map((criterion) => reasonFor(ruleSet.document, criterion, state.answers[criterion.id] ?? null));
  return result(ruleSet, reasons);
}

/**
 * Carries answers over when the applicant type changes: a criterion of the new
 * rule set with the same kind and wording as an answered one keeps its answer,
 * so shared conditions (申报基础条件 common to 城市 / 园区 / 社区) are not asked twice.
 */
export function carryOverAnswers(
  ruleSets: readonly RuleSet[],
  answers: Readonly<Record<string, Answer>>,
  to: RuleSet,
): Record<string, Answer> {
  const byWording = new Map<string, Answer>();
  for (const ruleSet of ruleSets) {
    for (const criterion of ruleSet.criteria) {
      const answer = answers[criterion.id];
      if (answer) byWording.set(`${criterion.kind}\u0000${criterion.quote}`, answer);
    }
  }
  const carried: Record<string, Answer> = {};
  for (const criterion of questionsOf(to)) {
    const answer = answers[criterion.id] ?? byWording.get(`${criterion.kind}\u0000${criterion.quote}`);
    if (answer) carried[criterion.id] = answer;
  }
  return carried;
}
