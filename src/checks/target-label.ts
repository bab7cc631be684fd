/** How a target reads on screen: 县城污水处理率, 目标 ≥ 93%, 较2020年下降 ≥ 16%. */
import type { Target } from '../schema/index.ts';
import { comparatorSymbol, formatNumber, indicators as t } from './strings.ts';

export function targetLabel(target: Target): { name: string; goal: string; inputSuffix: string } {
  const unit = target.unit ? (target.unit === '%' ? '%' : ` ${target.unit}`) : '';
  const amount = `${comparatorSymbol[target.comparator]} ${formatNumber(target.value)}${unit}`;
  const change = target.change
    ? `${target.baseline ? t.baselineYear(target.baseline) : ''}${t.changeWord[target.change]} `
    : '';
  return {
    name: `${target.scope ?? ''}${target.metric}`,
    goal: `${change}${amount}`,
    inputSuffix: target.change
      ? `：${t.changeLabel('', target.change, target.baseline)}${target.unit ? `（${target.unit}）` : ''}`
      : `：${t.actualValue}${target.unit ? `（${target.unit}）` : ''}`,
  };
}
