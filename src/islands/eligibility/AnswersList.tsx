/**
 * Every question with its answer: the check-your-answers summary (with 修改)
 * and, on the result page, the filled checklist that prints.
 */
import type { RuleSet } from '../../schema/index.ts';
import { chosenRuleSet, noType, questionsOf, type EligibilityState } from '../../checks/eligibility.ts';
import { clauseHref } from '../../checks/links.ts';
import { common, eligibility as t } from '../../checks/strings.ts';

interface Props {
  ruleSets: RuleSet[];
  state: EligibilityState;
  base: string;
  /** Called with the step to change; no 修改 buttons when absent. */
  onChange?: (step: number) => void;
}

export function AnswersList({ ruleSets, state, base, onChange }: Props) {
  const ruleSet = chosenRuleSet(ruleSets, state.type);
  const document = ruleSets[0]?.document ?? '';
  const rows = [
    {
      clause: ruleSet?.clause ?? null,
      question: t.typeQuestion,
      answer: state.type === noType ? t.typeNone : (ruleSet?.applicantType ?? null),
      mark: state.type === null ? '☐' : '☑',
    },
    ...(ruleSet ? questionsOf(ruleSet) : []).map((criterion) => {
      const answer = state.answers[criterion.id];
      return {
        clause: criterion.clause,
        question: criterion.kind === 'disqualifier' ? t.disqualifierLegend(criterion.text) : criterion.text,
        answer: answer ? (criterion.kind === 'disqualifier' ? t.disqualifierAnswers : t.answers)[answer] : null,
        mark: answer ? '☑' : '☐',
      };
    }),
  ];
  return (
    <dl class="check-answers">
      {rows.map((row, step) => (
        <div class="check-answers__row" key={step}>
          <dt>
            <span class="check-answers__mark" aria-hidden="true">
              {row.mark}
            </span>
            {row.question}
            {row.clause ? (
              <a class="check-answers__source" href={clauseHref(base, document, row.clause)} data-clause={row.clause}>
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
