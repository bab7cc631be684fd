/**
 * Indicator self-check island: one input per target of a document, each row judged as it is
 * typed, a running summary (达标 28 / 37) announced politely, and a tolerance for the targets the
 * text gives as approximate (左右), chosen by the person and saved with the answers.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Target } from '../../schema/index.ts';
import { DEFAULT_TOLERANCE, judgeAll, summarize, TOLERANCES } from '../../checks/indicators.ts';
import {
  indicatorsFromEntries,
  indicatorsToEntries,
  toleranceFromEntries,
  toleranceToEntries,
} from '../../checks/state.ts';
import { indicators as t } from '../../ui/check-strings.ts';
import { today as todayInChina } from '../../ui/today.ts';
import { PrintHeader } from '../shared/PrintHeader.tsx';
import { Radio } from '../shared/Radio.tsx';
import { Toolbar } from '../shared/Toolbar.tsx';
import type { CheckProps } from '../shared/props.ts';
import { useSavedEntries } from '../shared/use-saved-entries.ts';
import { IndicatorRow } from './IndicatorRow.tsx';

export interface IndicatorCheckProps extends CheckProps {
  targets: Target[];
}

/** Wait for a pause in typing before announcing, so a screen reader is not talked over per key. */
const announceDelayMs = 700;

export default function IndicatorCheck(props: IndicatorCheckProps) {
  const { targets } = props;
  const saved = useSavedEntries(props.checkId);
  // In the browser the saved answers are there from the first (hydrating) render; on the server
  // the check renders empty and without its toolbar.
  const live = saved.ready;
  const [values, setValues] = useState<Record<string, string>>(() =>
    live ? indicatorsFromEntries(targets, saved.restored) : {},
  );
  const [tolerance, setTolerance] = useState<number>(() =>
    live ? toleranceFromEntries(saved.restored) : DEFAULT_TOLERANCE,
  );
  const today = live ? todayInChina() : '';
  const announcer = useRef<HTMLParagraphElement>(null);
  const anyApproximate = targets.some((target) => target.approximate);

  useEffect(() => {
    if (live) saved.save({ ...indicatorsToEntries(targets, values), ...toleranceToEntries(tolerance) });
  }, [live, values, tolerance]);

  const judgements = useMemo(() => judgeAll(targets, values, tolerance), [targets, values, tolerance]);
  const summary = summarize(judgements);
  const detail = t.summaryDetail(summary.near, summary.unmet, summary.empty, summary.invalid);
  const summaryText = `${t.summary(summary.met, summary.total)}；${detail}`;

  // Written straight into the live region: as state it would render every row again per pause.
  const firstSummary = useRef(true);
  useEffect(() => {
    if (firstSummary.current) {
      // Nothing to announce on opening the page; only changes the person makes.
      firstSummary.current = false;
      return;
    }
    const timer = setTimeout(() => {
      if (announcer.current) announcer.current.textContent = summaryText;
    }, announceDelayMs);
    return () => clearTimeout(timer);
  }, [summaryText]);

  // SVG geometry, not style attributes: the site's CSP allows no inline styles.
  const share = (count: number) => (count / Math.max(1, summary.total)) * 100;

  return (
    <div class="check check--indicators">
      {/* Always rendered (it shows only on paper), so the server's markup and the first browser
          render have the same children and hydration replaces nothing above the rows. */}
      <PrintHeader
        title={props.title}
        documentTitle={props.documentTitle}
        documentHref={props.documentHref}
        today={today}
      />
      <div class="indicator-summary" data-met={summary.met} data-total={summary.total}>
        <p class="indicator-summary__count">
          <strong>{t.summary(summary.met, summary.total)}</strong>
          <span class="indicator-summary__detail">{detail}</span>
        </p>
        <svg
          class="indicator-summary__bar"
          viewBox="0 0 100 4"
          preserveAspectRatio="none"
          aria-hidden="true"
          focusable="false"
        >
          <rect class="indicator-summary__track" x="0" y="0" width="100" height="4" />
          <rect class="indicator-summary__met" x="0" y="0" width={share(summary.met)} height="4" />
          <rect class="indicator-summary__near" x={share(summary.met)} y="0" width={share(summary.near)} height="4" />
          <rect
            class="indicator-summary__unmet"
            x={share(summary.met + summary.near)}
            y="0"
            width={share(summary.unmet + summary.invalid)}
            height="4"
          />
        </svg>
        <p class="sr-only" aria-live="polite" aria-atomic="true" ref={announcer} />
      </div>
      {anyApproximate ? (
        <fieldset class="check-fieldset indicator-tolerance">
          <legend>{t.toleranceLegend}</legend>
          <p class="check-hint">{t.toleranceHint}</p>
          <div class="check-radios check-radios--inline">
            {TOLERANCES.map((share) => (
              <Radio
                key={share}
                name="tolerance"
                value={String(Math.round(share * 100))}
                label={t.toleranceOption(Math.round(share * 100))}
                checked={share === tolerance}
                onSelect={() => setTolerance(share)}
              />
            ))}
          </div>
        </fieldset>
      ) : null}
      <ol class="indicator-list" aria-label={t.tableCaption(props.documentTitle)}>
        {judgements.map((judgement) => (
          <IndicatorRow
            key={judgement.target.id}
            judgement={judgement}
            value={values[judgement.target.id] ?? ''}
            onInput={(value) => setValues((v) => ({ ...v, [judgement.target.id]: value }))}
          />
        ))}
      </ol>
      {live ? (
        <Toolbar
          onClear={() => {
            saved.clear();
            setValues({});
            setTolerance(DEFAULT_TOLERANCE);
          }}
        />
      ) : null}
    </div>
  );
}
