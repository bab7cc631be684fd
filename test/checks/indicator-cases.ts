/**
 * Indicator verdicts as data: every comparator, exact and approximate, with no change, a decrease
 * and an increase, at the boundaries of the target and of the tolerance band. Each row was worked
 * out by hand from the rule: a target keeps its direction when approximate; short of the figure but
 * within the chosen tolerance is 接近目标 (never 达标); only a level to keep (=) is met anywhere in
 * its band. Unit 万千瓦 unless a change in % is judged; tolerance 5% unless given.
 */
import type { Comparator } from '../../src/schema/index.ts';
import type { IndicatorStatus } from '../../src/checks/index.ts';

export interface IndicatorCase {
  name: string;
  comparator: Comparator;
  value: number;
  approximate: boolean;
  change: 'decrease' | 'increase' | null;
  input: string;
  tolerance?: number;
  status: IndicatorStatus;
  /** What the row says beside its badge. */
  text: string;
}

const level = { value: 100, change: null } as const;
const cut6 = { value: 6, change: 'decrease' } as const;
const rise10 = { value: 10, change: 'increase' } as const;
const t5 = '（所选容差 ±5%）';

export const indicatorCases: IndicatorCase[] = [
  // ≥ exact
  { name: '≥ 100 met exactly', comparator: '>=', ...level, approximate: false, input: '100', status: 'met', text: '与目标值持平' },
  { name: '≥ 100 missed by 0.1', comparator: '>=', ...level, approximate: false, input: '99.9', status: 'unmet', text: '还差 0.1万千瓦' },
  { name: '≥ 100 passed by 0.1', comparator: '>=', ...level, approximate: false, input: '100.1', status: 'met', text: '高于目标 0.1万千瓦' },
  // ≥ approximate (力争达到100万千瓦左右)
  { name: '≥ 约100 met exactly', comparator: '>=', ...level, approximate: true, input: '100', status: 'met', text: '与目标值持平' },
  { name: '≥ 约100 passed by 20 is met, not out of range', comparator: '>=', ...level, approximate: true, input: '120', status: 'met', text: '高于目标 20万千瓦' },
  { name: '≥ 约100 at the band edge (95) is near', comparator: '>=', ...level, approximate: true, input: '95', status: 'near', text: `还差 5万千瓦${t5}` },
  { name: '≥ 约100 just past the band (94.9) is unmet', comparator: '>=', ...level, approximate: true, input: '94.9', status: 'unmet', text: `还差 5.1万千瓦${t5}` },
  // > exact
  { name: '> 100 at 100 is unmet, on the bound', comparator: '>', ...level, approximate: false, input: '100', status: 'unmet', text: '需高于目标值，目前恰好持平' },
  { name: '> 100 at 100.1 is met', comparator: '>', ...level, approximate: false, input: '100.1', status: 'met', text: '高于目标 0.1万千瓦' },
  // > approximate
  { name: '> 约100 at 100 is near', comparator: '>', ...level, approximate: true, input: '100', status: 'near', text: `需高于目标值，目前恰好持平${t5}` },
  { name: '> 约100 at 95 is near', comparator: '>', ...level, approximate: true, input: '95', status: 'near', text: `还差 5万千瓦${t5}` },
  { name: '> 约100 at 94.9 is unmet', comparator: '>', ...level, approximate: true, input: '94.9', status: 'unmet', text: `还差 5.1万千瓦${t5}` },
  // ≤ exact
  { name: '≤ 100 met exactly', comparator: '<=', ...level, approximate: false, input: '100', status: 'met', text: '与目标值持平' },
  { name: '≤ 100 missed by 0.1 upwards', comparator: '<=', ...level, approximate: false, input: '100.1', status: 'unmet', text: '超出 0.1万千瓦' },
  { name: '≤ 100 undercut by 20 is met', comparator: '<=', ...level, approximate: false, input: '80', status: 'met', text: '低于目标 20万千瓦' },
  // ≤ approximate
  { name: '≤ 约100 at the band edge (105) is near', comparator: '<=', ...level, approximate: true, input: '105', status: 'near', text: `超出 5万千瓦${t5}` },
  { name: '≤ 约100 just past the band (105.1) is unmet', comparator: '<=', ...level, approximate: true, input: '105.1', status: 'unmet', text: `超出 5.1万千瓦${t5}` },
  { name: '≤ 约100 well under is met', comparator: '<=', ...level, approximate: true, input: '90', status: 'met', text: '低于目标 10万千瓦' },
  // < exact
  { name: '< 100 at 100 is unmet, on the bound', comparator: '<', ...level, approximate: false, input: '100', status: 'unmet', text: '需低于目标值，目前恰好持平' },
  { name: '< 100 at 99.9 is met', comparator: '<', ...level, approximate: false, input: '99.9', status: 'met', text: '低于目标 0.1万千瓦' },
  // < approximate
  { name: '< 约100 at 100 is near', comparator: '<', ...level, approximate: true, input: '100', status: 'near', text: `需低于目标值，目前恰好持平${t5}` },
  { name: '< 约100 at 105.1 is unmet', comparator: '<', ...level, approximate: true, input: '105.1', status: 'unmet', text: `超出 5.1万千瓦${t5}` },
  // = exact (保持在100)
  { name: '= 100 met exactly', comparator: '=', ...level, approximate: false, input: '100', status: 'met', text: '与目标值持平' },
  { name: '= 100 missed above', comparator: '=', ...level, approximate: false, input: '100.1', status: 'unmet', text: '超出 0.1万千瓦' },
  { name: '= 100 missed below', comparator: '=', ...level, approximate: false, input: '99.9', status: 'unmet', text: '还差 0.1万千瓦' },
  // = approximate (保持在100左右): met anywhere in the band
  { name: '= 约100 at the lower band edge is met', comparator: '=', ...level, approximate: true, input: '95', status: 'met', text: `在约数范围内（相差 5万千瓦）${t5}` },
  { name: '= 约100 at the upper band edge is met', comparator: '=', ...level, approximate: true, input: '105', status: 'met', text: `在约数范围内（相差 5万千瓦）${t5}` },
  { name: '= 约100 below the band is unmet', comparator: '=', ...level, approximate: true, input: '94.9', status: 'unmet', text: `还差 5.1万千瓦${t5}` },
  { name: '= 约100 above the band is unmet', comparator: '=', ...level, approximate: true, input: '105.1', status: 'unmet', text: `超出 5.1万千瓦${t5}` },
  // Decreases in % (较2020年下降6%左右): the person enters the cut achieved
  { name: '下降约6%: a 7% cut is met (it keeps its direction)', comparator: '>=', ...cut6, approximate: true, input: '7', status: 'met', text: '降幅高于目标 1 个百分点' },
  { name: '下降约6%: a 6.5% cut is met', comparator: '>=', ...cut6, approximate: true, input: '6.5', status: 'met', text: '降幅高于目标 0.5 个百分点' },
  { name: '下降约6%: a 5.7% cut is near (band 0.3)', comparator: '>=', ...cut6, approximate: true, input: '5.7', status: 'near', text: `降幅还差 0.3 个百分点${t5}` },
  { name: '下降约6%: a 5.69% cut is unmet', comparator: '>=', ...cut6, approximate: true, input: '5.69', status: 'unmet', text: `降幅还差 0.31 个百分点${t5}` },
  { name: '下降6%: a 5% cut is unmet', comparator: '>=', ...cut6, approximate: false, input: '5', status: 'unmet', text: '降幅还差 1 个百分点' },
  { name: '降幅不超过6%: a 7% cut is unmet', comparator: '<=', ...cut6, approximate: false, input: '7', status: 'unmet', text: '降幅超出 1 个百分点' },
  { name: '降幅保持6%: a 6% cut is met', comparator: '=', ...cut6, approximate: false, input: '6', status: 'met', text: '与目标值持平' },
  { name: '降幅高于6%: a 6% cut is unmet, on the bound', comparator: '>', ...cut6, approximate: false, input: '6', status: 'unmet', text: '降幅需高于目标值，目前恰好持平' },
  { name: '降幅低于约6%: a 6.3% cut is near', comparator: '<', ...cut6, approximate: true, input: '6.3', status: 'near', text: `降幅超出 0.3 个百分点${t5}` },
  // Increases in % (较2020年提高10%)
  { name: '提高10%: a 12% rise is met', comparator: '>=', ...rise10, approximate: false, input: '12', status: 'met', text: '增幅高于目标 2 个百分点' },
  { name: '提高约10%: a 9.5% rise is near', comparator: '>=', ...rise10, approximate: true, input: '9.5', status: 'near', text: `增幅还差 0.5 个百分点${t5}` },
  { name: '增幅不超过约10%: a 10.5% rise is near', comparator: '<=', ...rise10, approximate: true, input: '10.5', status: 'near', text: `增幅超出 0.5 个百分点${t5}` },
  { name: '增幅保持约10%: a 10.4% rise is met in the band', comparator: '=', ...rise10, approximate: true, input: '10.4', status: 'met', text: `在约数范围内（相差 0.4 个百分点）${t5}` },
  { name: '增幅低于10%: a 9% rise is met', comparator: '<', ...rise10, approximate: false, input: '9', status: 'met', text: '增幅低于目标 1 个百分点' },
  { name: '增幅高于约10%: a 10.6% rise is met', comparator: '>', ...rise10, approximate: true, input: '10.6', status: 'met', text: '增幅高于目标 0.6 个百分点' },
  // The tolerance chosen decides, and is named
  { name: 'no tolerance: 99 against 约100 is unmet', comparator: '>=', ...level, approximate: true, input: '99', tolerance: 0, status: 'unmet', text: '还差 1万千瓦（未设容差）' },
  { name: '±10%: 90 against 约100 is near', comparator: '>=', ...level, approximate: true, input: '90', tolerance: 0.1, status: 'near', text: '还差 10万千瓦（所选容差 ±10%）' },
  { name: '±2%: 97.9 against 约100 is unmet', comparator: '>=', ...level, approximate: true, input: '97.9', tolerance: 0.02, status: 'unmet', text: '还差 2.1万千瓦（所选容差 ±2%）' },
  { name: 'an exact target ignores the tolerance: 99 against ≥ 100 is unmet', comparator: '>=', ...level, approximate: false, input: '99', tolerance: 0.1, status: 'unmet', text: '还差 1万千瓦' },
  // The issue's own examples: 力争达到470万千瓦左右
  { name: '约470: 500 is met', comparator: '>=', value: 470, change: null, approximate: true, input: '500', status: 'met', text: '高于目标 30万千瓦' },
  { name: '约470: 480 is met by 10, not "exactly"', comparator: '>=', value: 470, change: null, approximate: true, input: '480', status: 'met', text: '高于目标 10万千瓦' },
  { name: '约470: 446.5 is at the 5% edge, near', comparator: '>=', value: 470, change: null, approximate: true, input: '446.5', status: 'near', text: `还差 23.5万千瓦${t5}` },
  { name: '约470: 446.4 is past it, unmet', comparator: '>=', value: 470, change: null, approximate: true, input: '446.4', status: 'unmet', text: `还差 23.6万千瓦${t5}` },
];
