/**
 * Exact arithmetic on the short decimals policy targets use (68.22, 1.25, 16).
 *
 * Binary floating point turns 68.22 − 66.92 into 1.2999999999999972; a gap shown
 * to a county must read 1.3, and a value equal to its target must compare equal.
 * Both numbers are scaled to integers by their longest decimal part first.
 */

/** Digits after the decimal point in the shortest representation of `n` (capped at 10). */
export function decimalPlaces(n: number): number {
  if (!Number.isFinite(n) || Number.isInteger(n)) return 0;
  const text = String(n);
  const exp = /e-(\d+)$/.exec(text);
  if (exp) {
    const mantissa = text.slice(0, exp.index);
    const frac = mantissa.split('.')[1] ?? '';
    return Math.min(10, frac.length + Number(exp[1]));
  }
  return Math.min(10, (text.split('.')[1] ?? '').length);
}

function scaled(a: number, b: number): { a: number; b: number; factor: number } {
  const factor = 10 ** Math.max(decimalPlaces(a), decimalPlaces(b));
  return { a: Math.round(a * factor), b: Math.round(b * factor), factor };
}

/** a − b, exact to the decimals of its operands. */
export function subtract(a: number, b: number): number {
  const s = scaled(a, b);
  return (s.a - s.b) / s.factor;
}

/** Sign of a − b (−1, 0, 1), exact to the decimals of its operands. */
export function compare(a: number, b: number): -1 | 0 | 1 {
  const s = scaled(a, b);
  return s.a < s.b ? -1 : s.a > s.b ? 1 : 0;
}

/**
 * Whether `part / whole` reaches `percent` %, without division:
 * part·100 ≥ percent·whole, with `percent` scaled to an integer first.
 */
export function reachesPercent(part: number, whole: number, percent: number): boolean {
  const factor = 10 ** decimalPlaces(percent);
  return part * 100 * factor >= Math.round(percent * factor) * whole;
}

/** The least whole count that reaches `percent` % of `whole` (70 % of 13 → 10). */
export function leastCountForPercent(whole: number, percent: number): number {
  const factor = 10 ** decimalPlaces(percent);
  const numerator = Math.round(percent * factor) * whole;
  const denominator = 100 * factor;
  // Both are non-negative integers, so integer ceiling division is exact.
  return Math.floor((numerator + denominator - 1) / denominator);
}
