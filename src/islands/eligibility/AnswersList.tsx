/**
 * Every question with its answer: the check-your-answers summary (with 修改) and, on the result
 * page, the filled checklist that prints. Each row is marked ✓ 满足, ✗ 不满足 or ? 待确认 by what
 * the answer means for the applicant (否 to a disqualifier is ✓), in words as well as a sign.
 */
import type { RuleSet } from '../../schema/index.ts';
import {
  evaluateEligibility,
  isScopeQuestion,
  questionsOf,
  type EligibilityState,
  type Weight,
} from '../../checks/eligibility.ts';
import { href, paths } from '../../components/lib/url.ts';
import { common, eligibility as t } from '../../ui/check-strings.ts';

interface Props {
  ruleSets: RuleSet[];
  state: EligibilityState;
  /** Called with the step to change; no 修改 buttons when absent. */
  onChange?: (step: number) => void;
}

/** The question as asked: a disqualifier and the scope read as what they are. */
function questionText(ruleSet: RuleSet, criterionId: string | null): string {
  const criterion = questionsOf(ruleSet).find((c) => c.id === criterionId);
  if (!criterion) return '';
  if (isScopeQuestion(criterion)) return t.scopeLegend(criterion.text);
  return criterion.kind === 'disqualifier' ? t.disqualifierLegend(criterion.text) : criterion.text;
}

export function AnswersList({ ruleSets, state, onChange }: Props) {
  const result = evaluateEligibility(ruleSets, state);
  const document = ruleSets[0]?.document ?? '';
  const typeWeight: Weight = state.type === null ? 'uncertain' : result.ruleSet ? 'met' : 'unmet';
  const typeAnswer = result.ruleSet?.applicantType ?? (state.type === null ? null : t.typeNone);
  const rows = [
    { clause: result.ruleSet?.clause ?? null, question: t.typeQuestion, answer: typeAnswer, weight: typeWeight },
    // Without a type there are no questions; the one reason is the type itself, shown above.
    ...(result.ruleSet ? result.reasons : []).map((reason) => {
      const question = result.ruleSet ? questionText(result.ruleSet, reason.criterion) : reason.text;
      const kind = reason.code.startsWith('disqualifier') ? 'disqualifier' : 'required';
      return {
        clause: reason.citation.clause,
        question,
        answer: reason.answer ? (kind === 'disqualifier' ? t.disqualifierAnswers : t.answers)[reason.answer] : null,
        weight: reason.weight,
      };
    }),
  ];
  return (
    <dl class="check-answers">
      {rows.map((row, step) => (
        <div class="check-answers__row" key={step}>
          <dt>
            <span class={`check-answers__mark check-mark--${row.weight}`}>
              <span aria-hidden="true">{t.mark[row.weight]}</span>
              <span class="check-answers__weight">{t.groupTitle[row.weight]}</span>
            </span>
            {row.question}
            {row.clause ? (
              <a class="check-answers__source" href={href(paths.clause(document, row.clause))} data-clause={row.clause}>
                {common.quoteLabel}
                <span class="sr-only">：{row.question}</span>
              </a>
            ) : null}
          </dt>
          <dd class={row.answer ? undefined : 'check-answers__missing'}>{row.answer ?? t.notAnswered}</dd>
          {onChange ? (
            <dd class="check-answers__change">
              <button type="button" class="check-link-button" onClick={() => onChange(step)}>
                {t.change}
                <span class="sr-only">：{row.question}</span>
              </button>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
