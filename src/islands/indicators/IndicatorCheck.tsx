/**
 * Indicator self-check island: one input per target of a document, each row
 * judged as it is typed, a running summary (达标 28 / 37) announced politely.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Target } from '../../schema/index.ts';
import { localToday } from '../../checks/deadline.ts';
import { judgeAll, summarize } from '../../checks/indicators.ts';
import { indicatorsFromEntries, indicatorsToEntries } from '../../checks/state.ts';
import { indicators as t } from '../../checks/strings.ts';
import { PrintHeader } from '../shared/PrintHeader.tsx';
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
  const { targets, base } = props;
  const saved = useSavedEntries(props.checkId);
  const [live, setLive] = useState(false);
  const [values, setValues] = useState<Record<string, string>>({});
  const [today, setToday] = useState('');
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (!saved.ready || live) return;
    setValues(indicatorsFromEntries(targets, saved.restored));
    setToday(localToday());
    setLive(true);
  }, [saved.ready]);

  useEffect(() => {
    if (live) saved.save(indicatorsToEntries(targets, values));
  }, [live, values]);

  const judgements = useMemo(() => judgeAll(targets, values), [targets, values]);
  const summary = summarize(judgements);
  const summaryText = `${t.summary(summary.met, summary.total)}；${t.summaryDetail(summary.unmet, summary.empty, summary.invalid)}`;

  useEffect(() => {
    if (!live) return;
    const timer = setTimeout(() => setAnnouncement(summaryText), announceDelayMs);
    return () => clearTimeout(timer);
  }, [live, summaryText]);

  // SVG geometry, not style attributes: the site's CSP allows no inline styles.
  const share = (count: number) => (count / Math.max(1, summary.total)) * 100;

  return (
    <div class="check check--indicators">
      {live ? (
        <PrintHeader title={props.title} documentTitle={props.documentTitle} documentHref={props.documentHref} today={today} />
      ) : null}
      <div class="indicator-summary" data-met={summary.met} data-total={summary.total}>
        <p class="indicator-summary__count">
          <strong>{t.summary(summary.met, summary.total)}</strong>
          <span class="indicator-summary__detail">{t.summaryDetail(summary.unmet, summary.empty, summary.invalid)}</span>
        </p>
        <svg class="indicator-summary__bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          <rect class="indicator-summary__track" x="0" y="0" width="100" height="4" />
          <rect class="indicator-summary__met" x="0" y="0" width={share(summary.met)} height="4" />
          <rect class="indicator-summary__unmet" x={share(summary.met)} y="0" width={share(summary.unmet + summary.invalid)} height="4" />
        </svg>
        <p class="sr-only" aria-live="polite" aria-atomic="true">
          {announcement}
        </p>
      </div>
      <ol class="indicator-list" aria-label={t.tableCaption(props.documentTitle)}>
        {judgements.map((judgement) => (
          <IndicatorRow
            key={judgement.target.id}
            judgement={judgement}
            value={values[judgement.target.id] ?? ''}
            base={base}
            onInput={(value) => setValues((v) => ({ ...v, [judgement.target.id]: value }))}
          />
        ))}
      </ol>
      {live ? (
        <Toolbar
          onClear={() => {
            saved.clear();
            setValues({});
          }}
        />
      ) : null}
    </div>
  );
}
