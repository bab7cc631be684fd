/**
 * The question flow of an eligibility check: which step comes next, what the
 * progress line says, where 修改 returns to. Pure, so the island stays thin.
 */
import type { Criterion, RuleSet } from '../schema/index.ts';
import { chosenRuleSet, noType, questionsOf, type EligibilityState } from './eligibility.ts';

/** Step 0 is the applicant type; steps 1… are the chosen rule set's questions. */
export type View = { kind: 'question'; step: number } | { kind: 'summary' } | { kind: 'result' };

export function stepsOf(ruleSets: readonly RuleSet[], state: EligibilityState): Criterion[] {
  const ruleSet = chosenRuleSet(ruleSets, state.type);
  return ruleSet ? questionsOf(ruleSet) : [];
}

/** Total questions including the type question: exact once a type is chosen, else the range across types. */
export function totalLabel(ruleSets: readonly RuleSet[], state: EligibilityState): string {
  if (state.type === noType) return '1';
  if (chosenRuleSet(ruleSets, state.type)) return String(1 + stepsOf(ruleSets, state).length);
  const counts = ruleSets.map((r) => 1 + questionsOf(r).length);
  const min = Math.min(...counts);
  const max = Math.max(...counts);
  return min === max ? String(min) : `${min}–${max}`;
}

export function isAnswered(ruleSets: readonly RuleSet[], state: EligibilityState, step: number): boolean {
  if (step === 0) return state.type !== null;
  const criterion = stepsOf(ruleSets, state)[step - 1];
  return criterion ? state.answers[criterion.id] !== undefined : false;
}

/** The first unanswered step, or null when every question has an answer. */
export function firstUnanswered(ruleSets: readonly RuleSet[], state: EligibilityState): number | null {
  const count = 1 + stepsOf(ruleSets, state).length;
  for (let step = 0; step < count; step++) if (!isAnswered(ruleSets, state, step)) return step;
  return null;
}

/** Where 继续 leads from a step: the next question, or the summary after the last (or after a change). */
export function nextView(ruleSets: readonly RuleSet[], state: EligibilityState, step: number, changing: boolean): View {
  if (changing) {
    const gap = firstUnanswered(ruleSets, state);
    return gap === null ? { kind: 'summary' } : { kind: 'question', step: gap };
  }
  const count = 1 + stepsOf(ruleSets, state).length;
  return step + 1 < count ? { kind: 'question', step: step + 1 } : { kind: 'summary' };
}

export function previousView(ruleSets: readonly RuleSet[], state: EligibilityState, view: View): View | null {
  if (view.kind === 'result') return { kind: 'summary' };
  if (view.kind === 'summary') return { kind: 'question', step: stepsOf(ruleSets, state).length };
  return view.step > 0 ? { kind: 'question', step: view.step - 1 } : null;
}

/** The view as kept in the saved entries (`at`), and back. */
export function viewKey(view: View): string {
  return view.kind === 'question' ? `q${view.step}` : view.kind;
}

export function viewFromKey(key: string | undefined, ruleSets: readonly RuleSet[], state: EligibilityState): View {
  const gap = firstUnanswered(ruleSets, state);
  if (key === 'result' || key === 'summary') return gap === null ? { kind: key } : { kind: 'question', step: gap };
  const step = Number(/^q(\d+)$/.exec(key ?? '')?.[1] ?? Number.NaN);
  const count = 1 + stepsOf(ruleSets, state).length;
  if (Number.isInteger(step) && step < count) return { kind: 'question', step };
  return { kind: 'question', step: gap ?? 0 };
}
