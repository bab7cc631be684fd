/**
 * Eligibility self-check island: one question at a time, then check your
 * answers, then the result. Everything is evaluated here, in the browser.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RuleSet } from '../../schema/index.ts';
import { deadlinesOf, windowClosed } from '../../checks/deadline.ts';
import { today as todayInChina } from '../../ui/today.ts';
import {
  carryOverAnswers,
  chosenRuleSet,
  evaluateEligibility,
  type Answer,
  type EligibilityState,
} from '../../checks/eligibility.ts';
import {
  isAnswered,
  nextView,
  previousView,
  stepsOf,
  totalLabel,
  viewFromKey,
  viewKey,
  type View,
} from '../../checks/eligibility-flow.ts';
import { eligibilityFromEntries, eligibilityToEntries } from '../../checks/state.ts';
import { eligibility as t } from '../../ui/check-strings.ts';
import { PrintHeader } from '../shared/PrintHeader.tsx';
import { Toolbar } from '../shared/Toolbar.tsx';
import type { CheckProps } from '../shared/props.ts';
import { useSavedEntries } from '../shared/use-saved-entries.ts';
import { AllQuestions } from './AllQuestions.tsx';
import { AnswersList } from './AnswersList.tsx';
import { QuestionStep } from './QuestionStep.tsx';
import { ResultView } from './ResultView.tsx';
import { WindowNotice } from './WindowNotice.tsx';

export interface EligibilityCheckProps extends CheckProps {
  /** The document's rule sets, one per applicant type. */
  ruleSets: RuleSet[];
  /** The document's acceptance calculator, or null when it has no acceptance rule. */
  acceptanceHref: string | null;
  acceptanceLabel: string;
}

const emptyState: EligibilityState = { type: null, answers: {} };

export default function EligibilityCheck(props: EligibilityCheckProps) {
  const { ruleSets } = props;
  const saved = useSavedEntries(props.checkId);
  const [live, setLive] = useState(false);
  const [state, setState] = useState<EligibilityState>(emptyState);
  const [view, setView] = useState<View>({ kind: 'question', step: 0 });
  const [changing, setChanging] = useState(false);
  const [showError, setShowError] = useState(false);
  const [today, setToday] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Focus moves only after the person acts, never on page load.
  const acted = useRef(false);
  const scrollToVerdict = useRef(false);

  useEffect(() => {
    if (!saved.ready || live) return;
    const restored = eligibilityFromEntries(ruleSets, saved.restored);
    setState(restored);
    const restoredView = viewFromKey(saved.restored.at, ruleSets, restored);
    setView(restoredView);
    setToday(todayInChina());
    setLive(true);
    // Someone opening a shared result link came for the verdict: bring it into view, once.
    if (restoredView.kind === 'result') scrollToVerdict.current = true;
  }, [saved.ready]);

  useEffect(() => {
    if (!scrollToVerdict.current || view.kind !== 'result') return;
    scrollToVerdict.current = false;
    headingRef.current?.scrollIntoView({ block: 'start' });
  }, [live, view.kind]);

  useEffect(() => {
    if (!live) return;
    const entries = eligibilityToEntries(ruleSets, state);
    saved.save(state.type === null ? entries : { ...entries, at: viewKey(view) });
  }, [live, state, view]);

  const steps = stepsOf(ruleSets, state);
  const progress = view.kind === 'question' ? t.progress(view.step + 1, totalLabel(ruleSets, state)) : '';
  const result = useMemo(() => evaluateEligibility(ruleSets, state), [ruleSets, state]);
  const deadlines = useMemo(() => (today ? deadlinesOf(ruleSets, today) : []), [ruleSets, today]);

  useEffect(() => {
    if (!live) return;
    setAnnouncement(
      view.kind === 'question'
        ? progress
        : view.kind === 'summary'
          ? t.summaryTitle
          : `${t.resultTitle}：${t.status[result.status]}`,
    );
    if (acted.current) headingRef.current?.focus();
  }, [live, viewKey(view)]);

  if (!live) return <AllQuestions ruleSets={ruleSets} />;

  const go = (next: View) => {
    acted.current = true;
    setShowError(false);
    setView(next);
  };

  const chooseType = (type: string) => {
    const to = chosenRuleSet(ruleSets, type);
    setState((s) => ({ type, answers: to ? carryOverAnswers(ruleSets, s.answers, to) : {} }));
  };

  const answer = (value: Answer) => {
    if (view.kind !== 'question') return;
    const criterion = steps[view.step - 1];
    if (criterion) setState((s) => ({ ...s, answers: { ...s.answers, [criterion.id]: value } }));
  };

  const next = () => {
    if (view.kind !== 'question') return;
    if (!isAnswered(ruleSets, state, view.step)) {
      setShowError(true);
      headingRef.current?.focus();
      return;
    }
    const to = nextView(ruleSets, state, view.step, changing);
    if (to.kind !== 'question') setChanging(false);
    go(to);
  };

  const change = (step: number) => {
    setChanging(true);
    go({ kind: 'question', step });
  };

  const restart = () => {
    setChanging(false);
    go({ kind: 'question', step: 0 });
  };

  const clear = () => {
    saved.clear();
    setState(emptyState);
    setChanging(false);
    go({ kind: 'question', step: 0 });
  };

  const back = previousView(ruleSets, state, view);

  return (
    <div class="check" data-view={view.kind}>
      <p class="sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {view.kind === 'result' ? (
        <PrintHeader
          title={props.title}
          documentTitle={props.documentTitle}
          documentHref={props.documentHref}
          today={today}
        />
      ) : null}
      <WindowNotice
        deadlines={deadlines}
        closed={windowClosed(deadlines)}

        compact={view.kind === 'summary' || (view.kind === 'question' && view.step > 0)}
      />
      {back ? (
        <button type="button" class="check-back" onClick={() => go(back)}>
          {t.back}
        </button>
      ) : null}

      {view.kind === 'question' ? (
        <QuestionStep
          document={ruleSets[0]?.document ?? ''}
          ruleSets={ruleSets}
          state={state}
          criterion={view.step === 0 ? null : (steps[view.step - 1] ?? null)}
          progress={progress}
          showError={showError}

          headingRef={headingRef}
          onType={chooseType}
          onAnswer={answer}
          onContinue={next}
        />
      ) : null}

      {view.kind === 'summary' ? (
        <section class="check-summary" aria-labelledby="check-summary-heading">
          <h2 id="check-summary-heading" ref={headingRef} tabIndex={-1}>
            {t.summaryTitle}
          </h2>
          <p>{t.summaryLead}</p>
          <AnswersList ruleSets={ruleSets} state={state} onChange={change} />
          <button type="button" class="check-button" onClick={() => go({ kind: 'result' })}>
            {t.showResult}
          </button>
        </section>
      ) : null}

      {view.kind === 'result' ? (
        <>
          <ResultView
            result={result}
            ruleSets={ruleSets}
            state={state}
            deadlines={deadlines}

            headingRef={headingRef}
            acceptanceHref={props.acceptanceHref}
            acceptanceLabel={props.acceptanceLabel}
            onChange={change}
          />
        </>
      ) : null}

      <Toolbar onClear={clear}>
        {view.kind === 'result' ? (
          <button type="button" class="check-button check-button--secondary" onClick={restart}>
            {t.restart}
          </button>
        ) : null}
      </Toolbar>
    </div>
  );
}
