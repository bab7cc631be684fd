/** One target: what it asks, an input, the judgement with its gap, a small bar, the source. */
import type { Judgement } from '../../checks/indicators.ts';
import { barGeometry } from '../../checks/indicators.ts';
import { citationOf } from '../../checks/eligibility.ts';
import { indicators as t } from '../../ui/check-strings.ts';
import { formatTargetValue, targetName } from '../../ui/format.ts';
import { judgementText } from '../../ui/indicator-text.ts';
import { Citation } from '../shared/Citation.tsx';

interface Props {
  judgement: Judgement;
  value: string;
  onInput: (value: string) => void;
}

export function IndicatorRow({ judgement, value, onInput }: Props) {
  const target = judgement.target;
  const id = `target-${target.id.replace(/[^a-zA-Z0-9-]/g, '-')}`;
  const bar = barGeometry(target, judgement.entered);
  const detail = judgementText(judgement);
  const name = targetName(target);
  const inputSuffix = target.change
    ? `：${t.changeLabel(target.change, target.baseline)}${target.unit ? `（${target.unit}）` : ''}`
    : `：${t.actualValue}${target.unit ? `（${target.unit}）` : ''}`;
  return (
    <li class={`indicator indicator--${judgement.status}`} data-status={judgement.status} data-target={target.id}>
      <div class="indicator__what">
        <label for={id} class="indicator__metric">
          {name}
          <span class="sr-only">{inputSuffix}</span>
        </label>
        <span class="indicator__target">
          {t.target} {formatTargetValue(target)}
          {target.year ? <span class="indicator__year">（{t.year(target.year)}）</span> : null}
        </span>
      </div>
      <div class="indicator__entry">
        <span class="indicator__input">
          <input
            id={id}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellcheck={false}
            value={value}
            aria-invalid={judgement.status === 'invalid' ? 'true' : undefined}
            aria-describedby={`${id}-judgement${target.change ? ` ${id}-hint` : ''}`}
            onInput={(event) => onInput((event.currentTarget as HTMLInputElement).value)}
          />
          {target.unit ? (
            <span class="indicator__unit" aria-hidden="true">
              {target.unit}
            </span>
          ) : null}
        </span>
        <p id={`${id}-judgement`} class="indicator__judgement">
          <span class={`check-badge check-badge--${judgement.status}`}>{t.status[judgement.status]}</span>
          {detail ? <span class="indicator__gap"> {detail}</span> : null}
        </p>
      </div>
      {target.change ? (
        <p id={`${id}-hint`} class="indicator__hint">
          {t.changeHint(target.change, target.unit)}
        </p>
      ) : null}
      <svg class="indicator__bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect class="indicator__bar-track" x="0" y="2" width="100" height="4" rx="2" />
        {bar.value !== null ? (
          <rect class="indicator__bar-value" x="0" y="2" width={Math.min(100, bar.value * 100)} height="4" rx="2" />
        ) : null}
        <rect class="indicator__bar-target" x={Math.min(99.4, bar.target * 100)} y="0" width="0.6" height="8" />
      </svg>
      <details class="indicator__source">
        <summary>{t.source}</summary>
        <Citation citation={citationOf(target.document, target)} about={name} />
      </details>
    </li>
  );
}
