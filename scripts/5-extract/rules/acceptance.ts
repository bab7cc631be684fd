import {
  anyOf,
  COMPARATOR_SIGN,
  COMPARATOR_SUFFIXES,
  COMPARATOR_VERBS,
  REACH_WORD,
} from '../../../src/vocabulary/index.ts';
import type { Block } from '../../3-outline/tree.ts';
import type { DocumentContext } from '../context.ts';
import { bestType, criterion, type Draft } from './criteria.ts';
import { matchesOf } from '../../lib/matches.ts';

/** 达到所有约束指标和70%以上的参考指标（近零碳城市、园区和社区至少分别完成10项、8项与5项参考指标）. */
/** Words that set a floor: 不低于, 达到, ≥ …; and the closing words of one: 以上. */
const AT_LEAST = anyOf([...COMPARATOR_VERBS['>='], COMPARATOR_SIGN['>=']]);
const FLOOR_END = anyOf(
  Object.entries(COMPARATOR_SUFFIXES)
    .filter(([, c]) => c === '>=')
    .map(([w]) => w),
);
const PERCENT_FIRST = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*%\\s*(?:${FLOOR_END})?的?参考(?:性)?指标`);
const PERCENT_AFTER = new RegExp(
  `参考(?:性)?指标(?:达标率|完成率|比例)?\\s*(?:${AT_LEAST})\\s*(\\d+(?:\\.\\d+)?)\\s*%`,
);
const ALL_BINDING = new RegExp(`(?:所有|全部)约束(?:性)?指标|约束(?:性)?指标(?:全部|均)(?:达标|完成|${AT_LEAST})`);
const SPREAD = new RegExp(`([^(（,，]{1,40}?)(?:至少)?分别(?:完成|${AT_LEAST})((?:\\d+\\s*项\\s*[、和与及]?\\s*)+)`);

export function readAcceptance(
  ctx: DocumentContext,
  block: Block,
  s: { text: string; index: number },
  folded: string,
  drafts: Draft[],
): void {
  const allBinding = ALL_BINDING.test(folded);
  const percent = PERCENT_FIRST.exec(folded) ?? PERCENT_AFTER.exec(folded);
  const spread = SPREAD.exec(folded);
  const mins = new Map<Draft, number>();
  if (spread) {
    const names = spread[1]!
      .split(/[、和与及]/)
      .map((n) => n.trim())
      .filter(Boolean);
    const counts = matchesOf(/(\d+)\s*项/g, spread[2]!).map((m) => Number(m[1]));
    if (names.length === counts.length)
      names.forEach((n, i) => {
        const d = bestType(n, drafts);
        if (d) mins.set(d, counts[i]!);
      });
  }
  const from = percent ? Math.max(0, folded.lastIndexOf(REACH_WORD, percent.index)) : 0;
  const close = folded.indexOf(')', percent?.index ?? 0);
  const to = spread
    ? close > 0
      ? close + 1
      : s.text.length
    : percent
      ? percent.index + percent[0].length
      : s.text.length;
  for (const d of drafts) {
    const c = criterion(ctx, block, { text: s.text.slice(from, to), index: s.index + from }, 'acceptance');
    d.criteria.push({
      ...c,
      acceptance: {
        allBinding,
        referencePercent: percent ? Number(percent[1]) : null,
        referenceMin: mins.get(d) ?? null,
      },
    });
  }
}
