import type { Comparator } from '../../src/schema/index.ts';
import { chineseNumber } from '../lib/text.ts';

/**
 * Patterns of a quantity in a sentence (matched on full-width-folded text).
 * Each names the groups it fills; `readQuantities` turns matches into
 * quantities with the metric read from the words before them.
 */
const NUM = String.raw`(\d+(?:\.\d+)?|[一二三四五六七八九十百千]+(?=亿|万))`;
const UNIT = String.raw`(%|个百分点|微克\/立方米|毫克\/立方米|吨\/万元|立方米\/万元|平方米\/人|万平方米|平方米|平方公里|万千瓦时|亿千瓦时|万千瓦|千瓦|亿立方米|万立方米|立方米|亿元|万元|元|万吨标准煤|万吨|亿吨|吨|公里|千米|米|万辆|辆|万户|户|万人|人次|家|个|座|项|处|条|所|台|套|倍|万亩|亩|公顷|亿|万)`;
const UNIT_COUNT = String.raw`(万平方米|平方米|万千瓦|公里|千米|家|个|座|项|处|条|所|台|套|万辆|辆|万户|户|万亩|亩|公顷|万吨|吨|人)`;
const VERB = '不低于|不少于|不小于|不高于|不超过|不大于|高于|大于|超过|低于|少于|小于|控制在|稳定在|保持在|维持在|保持|提高到|提高至|提升到|提升至|增加到|增加至|增长到|降至|降到|下降到|下降至|减少到|减少至|降低到|降低至|达到|达|为';
const CHANGE = '下降|降低|减少|压减|削减|提高|增长|增加|提升|上升';
const BUILD = '创建|新改建|改扩建|新建|新增|建成|建设|培育|完成|打造|实施|改造|淘汰|累计建成|新培育|认定|建立|治理|整治|修复';
const SUFFIX = '(以上|及以上|以下|以内|左右)?';

const LIST_ITEM = new RegExp(String.raw`^、([^,，;；。、\d]{1,25}?)${NUM}\s*${UNIT_COUNT}\s*(以上|左右)?(?=[,，;；。、]|$)`);

export type QuantityForm = 'compare' | 'change-from' | 'change' | 'count-after' | 'count-before';

interface Form {
  form: QuantityForm;
  pattern: RegExp;
}

const forms: Form[] = [
  { form: 'change-from', pattern: new RegExp(String.raw`(较|比)\s*(\d{4})\s*年(?:基础上|水平)?(?:累计)?(${CHANGE})(?:了)?\s*${NUM}\s*${UNIT}\s*${SUFFIX}`, 'g') },
  { form: 'change', pattern: new RegExp(String.raw`(?:累计)?(${CHANGE})(?:了)?\s*${NUM}\s*(%|个百分点)\s*${SUFFIX}`, 'g') },
  { form: 'compare', pattern: new RegExp(String.raw`(${VERB})(?:[^,，;；。、]{0,10}?的)?\s*${NUM}\s*${UNIT}?\s*${SUFFIX}(?![年月日号\d.])`, 'g') },
  { form: 'count-after', pattern: new RegExp(String.raw`(${BUILD})([^,，;；。\d]{1,25}?)${NUM}\s*${UNIT_COUNT}\s*(以上|左右)?(?=[,，;；。、]|$)`, 'g') },
  { form: 'count-before', pattern: new RegExp(String.raw`(${BUILD})\s*${NUM}\s*(个|家|座|处|条|所)([^,，;；。]{2,25}?)(?=[,，;；。]|$)`, 'g') },
];

export interface Quantity {
  form: QuantityForm;
  /** Offsets of the whole match in the sentence. */
  start: number;
  end: number;
  /** Offset where the verb or change word starts (the metric ends here). */
  verbAt: number;
  /** When the pattern itself holds the metric (创建…40家): its pieces as [from, to) in the sentence. */
  metricInside: Array<[number, number]> | null;
  comparator: Comparator;
  value: number;
  unit: string | null;
  change: 'decrease' | 'increase' | null;
  baseline: number | null;
  valueText: string;
  approximate: boolean;
}

const GREATER_EQ = /^(不低于|不少于|不小于|达到|达|提高到|提高至|提升到|提升至|增加到|增加至|增长到)$/;
const GREATER = /^(高于|大于|超过)$/;
const LESS = /^(低于|少于|小于)$/;
const LESS_EQ = /^(不高于|不超过|不大于|控制在|降至|降到|下降到|下降至|减少到|减少至|降低到|降低至)$/;

function comparatorOf(verb: string, suffix: string | undefined, fallback: Comparator): Comparator {
  if (suffix === '以上' || suffix === '及以上') return '>=';
  if (suffix === '以下' || suffix === '以内') return '<=';
  if (suffix === '左右') return '=';
  if (GREATER_EQ.test(verb)) return '>=';
  if (GREATER.test(verb)) return '>';
  if (LESS.test(verb)) return '<';
  if (LESS_EQ.test(verb)) return '<=';
  return fallback;
}

const toNumber = (text: string) => (/^\d/.test(text) ? Number(text) : chineseNumber(text) ?? NaN);
const direction = (word: string) => (/下降|降低|减少|压减|削减/.test(word) ? 'decrease' : 'increase');

/** Every quantity in a sentence, overlapping matches resolved in favour of the more specific form. */
export function readQuantities(folded: string): Quantity[] {
  const found: Quantity[] = [];
  for (const { form, pattern } of forms) {
    for (const m of folded.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((q) => start < q.end && end > q.start)) continue;
      const g = m.slice(1);
      let q: Omit<Quantity, 'approximate'> | null = null;
      if (form === 'change-from') {
        q = { form, start, end, verbAt: start, metricInside: null, comparator: comparatorOf('', g[5], '>='), value: toNumber(g[3]!), unit: g[4]!, change: direction(g[2]!), baseline: Number(g[1]), valueText: m[0].slice(m[0].indexOf(g[3]!, m[0].indexOf(g[2]!))) };
      } else if (form === 'change') {
        q = { form, start, end, verbAt: start, metricInside: null, comparator: comparatorOf('', g[3], '>='), value: toNumber(g[1]!), unit: g[2]!, change: direction(g[0]!), baseline: null, valueText: m[0].slice(m[0].indexOf(g[1]!)) };
      } else if (form === 'compare') {
        const verb = g[0]!;
        const unit = g[2] ?? null;
        if (verb === '为' && !unit) continue; // 为3年, 为5个工作日: lengths of time, not quantities
        q = { form, start, end, verbAt: start, metricInside: null, comparator: comparatorOf(verb, g[3], '='), value: toNumber(g[1]!), unit, change: null, baseline: null, valueText: m[0].slice(m[0].lastIndexOf(g[1]!)) };
      } else if (form === 'count-after') {
        q = { form, start, end, verbAt: start, metricInside: [[start, start + g[0]!.length + g[1]!.length]], comparator: comparatorOf('达到', g[4], '>='), value: toNumber(g[2]!), unit: g[3]!, change: null, baseline: null, valueText: m[0].slice(m[0].lastIndexOf(g[2]!)) };
      } else {
        const objectAt = start + m[0].length - g[3]!.length;
        q = { form, start, end, verbAt: start, metricInside: [[start, start + g[0]!.length], [objectAt, end]], comparator: '>=', value: toNumber(g[1]!), unit: g[2]!, change: null, baseline: null, valueText: `${g[1]}${g[2]}` };
      }
      if (q && Number.isFinite(q.value)) found.push({ ...q, approximate: /左右$/.test(m[0]) });
      // 建成零碳示范园区10个左右、低碳示范社区50个以上: the verb carries over a 、 list.
      if (form === 'count-after' && q) {
        let at = end;
        for (let next = LIST_ITEM.exec(folded.slice(at)); next; next = LIST_ITEM.exec(folded.slice(at))) {
          const s0 = at + 1;
          const e0 = at + next[0].length;
          if (found.some((o) => s0 < o.end && e0 > o.start)) break;
          found.push({ form, start: s0, end: e0, verbAt: s0, metricInside: [[s0, s0 + next[1]!.length]], comparator: comparatorOf('达到', next[4], '>='), value: toNumber(next[2]!), unit: next[3]!, change: null, baseline: null, valueText: next[0].slice(1 + next[1]!.length), approximate: next[4] === '左右' });
          at = e0;
        }
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
