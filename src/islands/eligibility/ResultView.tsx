/**
 * 符合条件 / 不符合 / 尚需确认, then every question sorted into 满足 / 不满足 / 待确认 (each with
 * its sign and word, its quote, clause link and what to do), what the call offers, and the
 * answers as a checklist.
 */
import type { Ref } from 'preact';
import type { RuleSet } from '../../schema/index.ts';
import type { DeadlineStatus } from '../../checks/deadline.ts';
import {
  citationOf,
  informationOf,
  type EligibilityResult,
  type EligibilityState,
  type Weight,
} from '../../checks/eligibility.ts';
import { eligibility as t } from '../../ui/check-strings.ts';
import { Citation } from '../shared/Citation.tsx';
import { AnswersList } from './AnswersList.tsx';

interface Props {
  result: EligibilityResult;
  ruleSets: RuleSet[];
  state: EligibilityState;
  deadlines: DeadlineStatus[];
  headingRef: Ref<HTMLHeadingElement>;
  /** The acceptance calculator for this document, when it has acceptance rules. */
  acceptanceHref: string | null;
  acceptanceLabel: string;
  onChange: (step: number) => void;
}

/** Worst first: what stops an application, then what is open, then what is settled. */
const groupOrder: Weight[] = ['unmet', 'uncertain', 'met'];

export function ResultView(props: Props) {
  const { result } = props;
  const info = result.ruleSet ? informationOf(result.ruleSet) : { quotas: [], deadlines: [], support: [] };
  const document = props.ruleSets[0]?.document ?? '';
  const openDeadlines = props.deadlines.filter((d) => d.code === 'window-open');
  return (
    <section class="check-result" aria-labelledby="check-result-heading">
      <div class={`check-result__panel check-result__panel--${result.status}`} data-status={result.status}>
        <h2 id="check-result-heading" ref={props.headingRef} tabIndex={-1}>
          <span class="check-result__label">{t.resultTitle}</span>
          <span class="check-result__status">{t.status[result.status]}</span>
        </h2>
        <p>{t.statusLead[result.status]}</p>
        {result.ruleSet ? (
          <p class="check-result__type">
            {t.typeQuestion}：{result.ruleSet.applicantType}
          </p>
        ) : null}
      </div>

      {groupOrder
        .filter((weight) => result.groups[weight].length > 0)
        .map((weight) => (
          <section class={`check-group check-group--${weight}`} data-group={weight} key={weight}>
            <h3>
              <span class={`check-mark check-mark--${weight}`} aria-hidden="true">
                {t.mark[weight]}
              </span>{' '}
              {t.groupTitle[weight]}（{result.groups[weight].length}）
            </h3>
            <p class="check-group__lead">{t.groupLead[weight]}</p>
            <ol class="check-reasons">
              {result.groups[weight].map((reason) => (
                <li
                  key={reason.criterion ?? reason.code}
                  class={`check-reason check-reason--${reason.weight}`}
                  data-code={reason.code}
                >
                  <p class="check-reason__text">
                    <span class={`check-mark check-mark--${weight}`} aria-hidden="true">
                      {t.mark[weight]}
                    </span>{' '}
                    <strong>{reason.text}</strong>
                    <span class="check-reason__code">{t.reason[reason.code]}</span>
                  </p>
                  {weight !== 'met' ? (
                    <>
                      <Citation citation={reason.citation} about={reason.text} />
                      <p class="check-reason__fix">
                        <span class="check-reason__fix-label">{t.whatNext}：</span>
                        {t.fix[reason.code]}
                      </p>
                    </>
                  ) : (
                    <Citation citation={reason.citation} about={reason.text} collapsed />
                  )}
                </li>
              ))}
            </ol>
          </section>
        ))}

      {result.status === 'eligible' ? (
        <>
          <h3>{t.whatNext}</h3>
          <p>{t.eligibleNext}</p>
          {openDeadlines.map((d) => (
            <p key={d.date}>{t.windowOpen(d.date, d.daysLeft)}</p>
          ))}
        </>
      ) : null}
      {props.acceptanceHref ? (
        <p class="check-no-print">
          <a href={props.acceptanceHref}>{props.acceptanceLabel}</a>
        </p>
      ) : null}

      {info.support.length > 0 ? (
        <section class="check-support" data-group="support">
          <h3>{t.supportTitle}</h3>
          <p>{t.supportLead}</p>
          <ul class="check-info">
            {info.support.map((criterion) => (
              <li key={criterion.id}>
                {criterion.text}
                <Citation citation={citationOf(document, criterion)} about={criterion.text} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {info.quotas.length + info.deadlines.length > 0 ? (
        <>
          <h3>{t.infoTitle}</h3>
          <ul class="check-info">
            {[...info.quotas, ...info.deadlines].map((criterion) => (
              <li key={criterion.id}>
                <span class="check-caption">{criterion.kind === 'quota' ? t.quotaTitle : t.deadlineTitle}</span>
                {criterion.text}
                <Citation citation={citationOf(document, criterion)} about={criterion.text} />
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h3>{t.yourAnswers}</h3>
      <AnswersList ruleSets={props.ruleSets} state={props.state} onChange={props.onChange} />
    </section>
  );
}
