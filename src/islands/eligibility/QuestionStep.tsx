/** One question on its own: the applicant type (step 0) or one criterion, 是 / 否 / 不确定. */
import type { Ref } from 'preact';
import type { Criterion, RuleSet } from '../../schema/index.ts';
import { citationOf, isScopeQuestion, noType, type Answer, type EligibilityState } from '../../checks/eligibility.ts';
import { eligibility as t } from '../../ui/check-strings.ts';
import { Citation } from '../shared/Citation.tsx';
import { Radio, domId } from '../shared/Radio.tsx';

interface Props {
  document: string;
  ruleSets: RuleSet[];
  state: EligibilityState;
  /** The criterion asked, or null for the applicant type. */
  criterion: Criterion | null;
  progress: string;
  showError: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onType: (type: string) => void;
  onAnswer: (answer: Answer) => void;
  onContinue: () => void;
}

const answerOrder: Answer[] = ['yes', 'no', 'unsure'];

export function QuestionStep(props: Props) {
  const { criterion, showError } = props;
  const name = domId('q', criterion ? criterion.id : 'type');
  const scope = criterion ? isScopeQuestion(criterion) : false;
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  const describedBy = [hintId, showError ? errorId : null].filter(Boolean).join(' ');

  const submit = (event: Event) => {
    event.preventDefault();
    props.onContinue();
  };

  return (
    <form class="check-question" onSubmit={submit} noValidate>
      <p class="check-progress">{props.progress}</p>
      <fieldset aria-describedby={describedBy} class={showError ? 'has-error' : undefined}>
        <legend>
          {criterion ? (
            <span class="check-caption">
              {scope ? t.scopeGroup : criterion.kind === 'required' ? t.requiredGroup : t.disqualifierGroup}
            </span>
          ) : null}
          <h2 ref={props.headingRef} tabIndex={-1} class="check-question__text">
            {criterion ? criterion.text : t.typeLegend}
          </h2>
        </legend>
        <p id={hintId} class="check-hint">
          {criterion
            ? scope
              ? t.scopeHint
              : criterion.kind === 'required'
                ? t.requiredHint
                : t.disqualifierHint
            : t.typeHint}
        </p>
        {showError ? (
          <p id={errorId} class="check-error" role="alert">
            {criterion ? t.chooseAnswer : t.chooseType}
          </p>
        ) : null}
        {criterion ? (
          <>
            <Citation citation={citationOf(props.document, criterion)} about={criterion.text} collapsed />
            <div class="check-radios check-radios--inline">
              {answerOrder.map((answer) => (
                <Radio
                  key={answer}
                  name={name}
                  value={answer}
                  label={t.answers[answer]}
                  checked={props.state.answers[criterion.id] === answer}
                  onSelect={() => props.onAnswer(answer)}
                />
              ))}
            </div>
          </>
        ) : (
          <div class="check-radios">
            {props.ruleSets.map((r) => (
              <Radio
                key={r.id}
                name={name}
                value={r.id}
                label={r.applicantType}
                hint={[r.applicant ? t.applicant(r.applicant) : null, r.scope ? t.scope(r.scope) : null]
                  .filter(Boolean)
                  .join('；')}
                checked={props.state.type === r.id}
                onSelect={() => props.onType(r.id)}
              />
            ))}
            <Radio
              name={name}
              value={noType}
              label={t.typeNone}
              checked={props.state.type === noType}
              onSelect={() => props.onType(noType)}
            />
          </div>
        )}
      </fieldset>
      <button type="submit" class="check-button">
        {t.next}
      </button>
    </form>
  );
}
