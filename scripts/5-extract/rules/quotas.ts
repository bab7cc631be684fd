import { anyOf, COMPARATOR_VERBS, COUNT_VERBS, QUOTA_WORDS, UNITS } from '../../../src/vocabulary/index.ts';
import { clauseStart } from '../../lib/text.ts';
import type { Block } from '../../3-outline/tree.ts';
import type { DocumentContext } from '../context.ts';
import { bestType, criterion, type Draft } from './criteria.ts';
import { matchesOf } from '../../lib/matches.ts';

/** 每市申报数量原则上不超过1个县(市、区)、2个园区、3个社区 / 选择15个…旗县和15个典型园区. */
const AT_MOST = anyOf([...COMPARATOR_VERBS['<='].filter((w) => w.startsWith('不')), '最多']);
const QUOTA_HINT = new RegExp(`申报数量|${anyOf(QUOTA_WORDS)}|${AT_MOST}|选择|遴选|择优|推荐`);
const COUNTED = anyOf(UNITS.count.filter((u) => ['个', '家', '项'].includes(u)));
const NOUN_FIRST = new RegExp(`([^,，;；。、]{2,30}?)(?:${AT_MOST})\\s*(\\d+)\\s*(${COUNTED})`, 'g');
const COUNT_FIRST = new RegExp(`(\\d+)\\s*(${COUNTED})((?:[^、,，;；。和()]|\\([^()]*\\)){1,16})`, 'g');
/** Where the thing counted ends: at the verb after it (15个典型园区|开展碳达峰试点建设). */
const AFTER_COUNTED = new RegExp(anyOf([...COUNT_VERBS, '进行', '作为', '申报']));

export function readQuotas(
  ctx: DocumentContext,
  block: Block,
  s: { text: string; index: number },
  folded: string,
  drafts: Draft[],
): void {
  if (!QUOTA_HINT.test(folded)) return;
  const perMatch = /每个?(市\(州\)|设区市|市|县|区|盟|州|省|单位)/.exec(folded);
  const per = perMatch
    ? s.text.substr(perMatch.index + perMatch[0].length - perMatch[1]!.length, perMatch[1]!.length)
    : null;
  let found = 0;
  // 推荐零碳示范园区不超过2个、低碳示范社区不超过5个 / 试点城市全省遴选不超过4个: the noun comes first.
  for (const m of matchesOf(NOUN_FIRST, folded)) {
    const noun = m[1]!
      .replace(/^每个?[^推遴选申择]{1,8}?(推荐|遴选|申报|选择)/, '')
      .replace(/(全省|全市|全区|全县)?(遴选|推荐|申报|选择)$/, '')
      .trim();
    const draft = bestType(noun, drafts);
    if (!draft || !noun) continue;
    const from = clauseStart(folded.slice(0, m.index));
    const end = m.index + m[0].length;
    const c = criterion(ctx, block, { text: s.text.slice(from, end), index: s.index + from }, 'quota');
    draft.criteria.push({
      ...c,
      quota: { max: Number(m[2]), unit: m[3]!, per },
      text: `${noun}${s.text.slice(m.index + m[1]!.length, end)}`.trim(),
    });
    found++;
  }
  if (found) return;
  for (const m of matchesOf(COUNT_FIRST, folded)) {
    const noun = m[3]!.split(AFTER_COUNTED)[0]!;
    const draft = bestType(noun, drafts);
    if (!draft) continue;
    // Quote from the start of the clause to this item: 每市申报数量原则上不超过1个县(市、区)、2个园区.
    const from = clauseStart(folded.slice(0, m.index));
    const end = m.index + m[0].length - (m[3]!.length - noun.length);
    // The words before the first counted item of the clause (每市申报数量原则上不超过) head every item.
    const lead = folded.slice(from, m.index).split(/\d+\s*(?:个|家|项)/)[0]!;
    const c = criterion(ctx, block, { text: s.text.slice(from, end), index: s.index + from }, 'quota');
    draft.criteria.push({
      ...c,
      quota: { max: Number(m[1]), unit: m[2]!, per },
      text: `${s.text.slice(from, from + lead.length)}${s.text.slice(m.index, end)}`.trim(),
    });
  }
}
