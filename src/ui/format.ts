/**
 * How the site writes dates, numbers and targets, on pages and in the self-checks alike. Every
 * word of a comparison, a change or an approximate value comes from src/vocabulary, the table the
 * extractor reads the same words from.
 */
import type { Baseline, Target } from '../schema/index.ts';
// The vocabulary's own modules, not its index: browser scripts import this file, and the index
// would bring every word list (and the patterns built from them at load) along.
import { APPROXIMATE_LABEL, CHANGE_LABEL, CHANGE_WORDS, COMPARATOR_SIGN, UNITS } from '../vocabulary/quantities.ts';
import { BASE_WORDS } from '../vocabulary/time.ts';

/** `2022-03-17` → `2022年3月17日`; `2025` → `2025年`. */
export function formatDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (full) return `${full[1]}年${Number(full[2])}月${Number(full[3])}日`;
  const year = /^(\d{4})$/.exec(value);
  if (year) return `${year[1]}年`;
  return value;
}

/** Plain decimal as official text writes it: no grouping, no trailing zeros, no float noise. */
export function formatNumber(n: number): string {
  return String(Math.round(n * 1e10) / 1e10);
}

const percent = UNITS.share[0];
/** The unit a difference between two percentages is written in: the longest share unit (个百分点). */
const percentagePoints = [...UNITS.share].sort((a, b) => b.length - a.length)[0]!;

/** Whether a unit is the percent sign, the one unit a person may type after a number. */
export function isPercent(unit: string | null): boolean {
  return unit === percent;
}

/** A gap or margin in a target's unit: percentages differ by percentage points, not by %. */
export function gapUnit(unit: string | null): string {
  if (isPercent(unit)) return ` ${percentagePoints}`;
  return unit ?? '';
}

/** `较2020年` before a change, or `较基期` when the text names no year. */
export function sinceBaseline(baseline: number | null): string {
  return `${BASE_WORDS[0]}${baseline ? `${baseline}年` : '基期'}`;
}

/** A share as a percentage: 70 → `70%`. */
export function formatPercent(value: number | null): string {
  return formatAmount(value ?? 0, percent);
}

/** An amount with its unit: `65.2%`, `470万千瓦`. */
export function formatAmount(value: number, unit: string | null): string {
  return `${formatNumber(value)}${unit ?? ''}`;
}

/**
 * What a target asks for: `≥ 65.2%`, `较2020年下降 ≥ 16%`, and for an approximate value
 * `约 470万千瓦` (the text's 左右 keeps its direction when judged, but reads as 约).
 * A no-break space keeps the sign with its number when a narrow column wraps.
 */
export function formatTargetValue(
  t: Pick<Target, 'comparator' | 'value' | 'unit' | 'change' | 'baseline' | 'approximate'>,
): string {
  const sign = t.approximate ? APPROXIMATE_LABEL : t.comparator === '=' ? '' : COMPARATOR_SIGN[t.comparator];
  const amount = `${sign ? `${sign}\u00a0` : ''}${formatAmount(t.value, t.unit)}`;
  if (!t.change) return amount;
  return `${sinceBaseline(t.baseline)}${CHANGE_LABEL[t.change]} ${amount}`;
}

/** A reported figure as written, with its direction when it is a change (下降 23.77%). */
export function formatBaselineValue(b: Pick<Baseline, 'value' | 'unit' | 'change' | 'valueText'>): string {
  const amount = b.valueText || formatAmount(b.value, b.unit);
  if (
    !b.change ||
    Object.values(CHANGE_WORDS)
      .flat()
      .some((w) => amount.includes(w))
  )
    return amount;
  return `${CHANGE_LABEL[b.change]} ${amount}`;
}

/** How a target reads in a check: its name (scope and metric) and its goal. */
export function targetName(t: Pick<Target, 'scope' | 'metric'>): string {
  return `${t.scope ?? ''}${t.metric}`;
}
