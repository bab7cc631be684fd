/**
 * Acceptance calculator island: counts of indicators in, pass or fail and
 * exactly why out, for the acceptance rule of the chosen applicant type.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RuleSet } from '../../schema/index.ts';
import {
  acceptanceCriteria,
  countFields,
  evaluateAcceptance,
  fieldsFor,
  type CountField,
} from '../../checks/acceptance.ts';
import { citationOf } from '../../checks/eligibility.ts';
import { localId, type Entries } from '../../checks/state.ts';
import { acceptance as t } from '../../ui/check-strings.ts';
import { today as todayInChina } from '../../ui/today.ts';
import { Citation } from '../shared/Citation.tsx';
import { PrintHeader } from '../shared/PrintHeader.tsx';
import { Radio } from '../shared/Radio.tsx';
import { Toolbar } from '../shared/Toolbar.tsx';
import type { CheckProps } from '../shared/props.ts';
import { useSavedEntries } from '../shared/use-saved-entries.ts';

export interface AcceptanceCalculatorProps extends CheckProps {
  /** Rule sets of one document that carry an acceptance rule with numbers. */
  ruleSets: RuleSet[];
}

export default function AcceptanceCalculator(props: AcceptanceCalculatorProps) {
  const { ruleSets } = props;
  const saved = useSavedEntries(props.checkId);
  const [live, setLive] = useState(false);
  const [type, setType] = useState<string>(ruleSets[0]?.id ?? '');
  const [counts, setCounts] = useState<Partial<Record<CountField, string>>>({});
  const [today, setToday] = useState('');

  useEffect(() => {
    if (!saved.ready || live) return;
    const entries = saved.restored;
    const restoredType = ruleSets.find((r) => localId(r.id, r.document) === entries.type);
    if (restoredType) setType(restoredType.id);
    setCounts(Object.fromEntries(countFields.filter((f) => entries[f]).map((f) => [f, entries[f]])));
    setToday(todayInChina());
    setLive(true);
  }, [saved.ready]);

  const ruleSet = ruleSets.find((r) => r.id === type) ?? ruleSets[0];
  const criterion = ruleSet ? acceptanceCriteria(ruleSet.criteria)[0] : undefined;

  useEffect(() => {
    if (!live || !ruleSet) return;
    const filled = Object.entries(counts).filter(([, v]) => v && v.trim() !== '');
    const entries: Entries =
      filled.length > 0 ? { type: localId(ruleSet.id, ruleSet.document), ...Object.fromEntries(filled) } : {};
    saved.save(entries);
  }, [live, type, counts]);

  const result = useMemo(
    () => (criterion ? evaluateAcceptance(criterion.acceptance, counts) : null),
    [criterion, counts],
  );
  if (!ruleSet || !criterion || !result) return null;
  const params = criterion.acceptance;
  const fields = fieldsFor(params);

  return (
    <div class="check check--acceptance">
      {live ? (
        <PrintHeader
          title={props.title}
          documentTitle={props.documentTitle}
          documentHref={props.documentHref}
          today={today}
        />
      ) : null}
      {ruleSets.length > 1 ? (
        <fieldset class="check-fieldset">
          <legend>{t.typeLegend}</legend>
          <div class="check-radios">
            {ruleSets.map((r) => {
              const rule = acceptanceCriteria(r.criteria)[0];
              return (
                <Radio
                  key={r.id}
                  name="acceptance-type"
                  value={r.id}
                  label={r.applicantType}
                  hint={rule ? t.ruleSummary(rule.acceptance) : null}
                  checked={r.id === ruleSet.id}
                  onSelect={() => setType(r.id)}
                />
              );
            })}
          </div>
        </fieldset>
      ) : null}

      <div class="check-rule">
        <p>
          <span class="check-caption">{t.ruleTitle}</span>
          {t.ruleSummary(params)}
        </p>
        <Citation citation={citationOf(ruleSet.document, criterion)} about={t.ruleTitle} />
      </div>

      <fieldset class="check-fieldset">
        <legend>{t.countsLegend}</legend>
        <div class="check-counts">
          {fields.map((field) => {
            const error = result.errors[field];
            const id = `count-${field}`;
            return (
              <div class={`check-count${error ? ' has-error' : ''}`} key={field}>
                <label for={id}>{t.fields[field]}</label>
                <input
                  id={id}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  value={counts[field] ?? ''}
                  aria-invalid={error ? 'true' : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  onInput={(event) => {
                    const value = (event.currentTarget as HTMLInputElement).value;
                    setCounts((c) => ({ ...c, [field]: value }));
                  }}
                />
                {error ? (
                  <p id={`${id}-error`} class="check-error">
                    {t.error[error]}
                  </p>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>

      <section
        class={`check-result__panel check-result__panel--${result.status}`}
        data-status={result.status}
        aria-live="polite"
        aria-atomic="true"
      >
        <h2 class="check-result__heading">
          <span class="check-result__label">{t.resultTitle}</span>
          <span class="check-result__status">{t.status[result.status]}</span>
        </h2>
        {result.status === 'invalid' ? (
          <>
            <p>{t.invalidLead}</p>
            <ul class="check-acceptance-errors">
              {fields
                .filter((field) => result.errors[field])
                .map((field) => (
                  <li key={field} data-field={field}>
                    {t.fields[field]}：{t.error[result.errors[field]!]}
                  </li>
                ))}
            </ul>
          </>
        ) : null}
        {result.status === 'incomplete' && result.missing.length > 0 ? (
          <p>{t.missing(result.missing.map((f) => t.fields[f]))}</p>
        ) : null}
        <ul class="check-acceptance-checks">
          {result.checks.map((c) => (
            <li key={c.code} data-code={c.code} class={c.met ? 'is-met' : 'is-unmet'}>
              <span class={`check-badge check-badge--${c.met ? 'met' : 'unmet'}`}>{c.met ? '✓' : '✗'}</span>{' '}
              {t.checkText(c, params.referencePercent)}
            </li>
          ))}
        </ul>
      </section>

      {live ? (
        <Toolbar
          onClear={() => {
            saved.clear();
            setCounts({});
          }}
        />
      ) : null}
    </div>
  );
}
