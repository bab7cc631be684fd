import type { Comparator } from '../../../src/schema/index.ts';
import {
  anyOf,
  APPROXIMATE_PREFIXES,
  BASE_WORDS,
  CHANGE_WORDS,
  COMPARATOR_SUFFIXES,
  COMPARATOR_VERBS,
  COUNT_VERBS,
  CUMULATIVE_WORDS,
  METRIC_CLOSERS,
  MORE_THAN_MARKS,
  MULTIPLIERS,
  NOT_COUNTED,
  PER,
  SCOPE_WORDS,
  UNITS,
} from '../../../src/vocabulary/index.ts';
import { chineseNumber } from '../../lib/text.ts';
import { matchesOf } from '../../lib/matches.ts';

/**
 * Quantities in a sentence, read with patterns built from the vocabulary. Matching runs on a
 * compact copy of the sentence without the spaces a PDF puts around numbers (到 2025 年下降 13.5 %);
 * every offset is mapped back to the sentence, so quotes stay exact.
 */

/** A number: 13.5, 1,200, 二十, or 1.5万 (a multiplier that no unit follows is part of the number). */
const MULTIPLIER = anyOf(Object.keys(MULTIPLIERS));
const COUNTED_UNITS = anyOf([...UNITS.amount, ...UNITS.count, ...Object.keys(MULTIPLIERS)]);
const NUM =
  String.raw`(?<value>\d+(?:,\d{3})*(?:\.\d+)?|[一二两三四五六七八九十百千]+(?=${MULTIPLIER}))` +
  String.raw`(?:(?<range>[-—–～~至到])(?<high>\d+(?:\.\d+)?))?` +
  String.raw`(?<more>${anyOf(MORE_THAN_MARKS)}(?=${COUNTED_UNITS}))?`;
/** An amount or a count, with a multiplier before it and a rate after it: 万千瓦, 亿吨, 万立方米/日, 万个. */
const MEASURED = `(?:${MULTIPLIER})?${anyOf([...UNITS.amount, ...UNITS.count])}(?:/${anyOf(PER)})?`;
/** Ratios first, so 吨/万元 is not read as 吨. A bare multiplier (1.5万) is a unit of its own. */
const RATIOS = anyOf([...UNITS.share, ...UNITS.concentration, ...UNITS.intensity]);
const ANY_UNIT = `${RATIOS}|${MEASURED}|${MULTIPLIER}(?![\\u4e00-\\u9fa5%])`;
const UNIT = `(?<unit>${ANY_UNIT})`;
const COUNT_UNIT = `(?<unit>${MEASURED})`;
const SHARE_UNIT = `(?<unit>${anyOf(UNITS.share)})`;
const SUFFIX_WORDS = anyOf(Object.keys(COMPARATOR_SUFFIXES));
const SUFFIX = `(?<suffix>${SUFFIX_WORDS})?`;
const VERBS = Object.values(COMPARATOR_VERBS).flat();
const CHANGE = anyOf(Object.values(CHANGE_WORDS).flat());
const CUMULATIVE = anyOf(CUMULATIVE_WORDS);
const APPROX = `(?<approx>${anyOf(APPROXIMATE_PREFIXES)})?`;
const BASE = anyOf(BASE_WORDS);
/** After a value: not a date (2025年), not a decimal, not a grade (4A) or a score (3分). */
const NOT_MORE = String.raw`(?![年月日号\d.A-Za-z级分])`;
/** What a counted noun may hold: no clause break and no number. */
const NOUN = String.raw`[^,，;；。：:\d]`;
const NOT_COUNTED_WORDS = anyOf(NOT_COUNTED);
const CLOSING_WORDS = new RegExp(`(?:${anyOf(METRIC_CLOSERS)})+$`);
/** A verb that makes a count of named examples a commitment: 建成, 实施, 完成, 整治 …. */
const COMMITTING = new RegExp(anyOf(COUNT_VERBS));

export type QuantityForm =
  'compare' | 'change-from' | 'change' | 'count-after' | 'named-count' | 'count-before' | 'share-first' | 'bare';

/** A pattern written as its pieces in order (each piece one part of the shape), matched globally. */
const inOrder = (...pieces: string[]) => new RegExp(pieces.join(''), 'g');
const CLAUSE_END = '(?=[,，;；。]|$)';

const forms: Array<{ form: QuantityForm; pattern: RegExp }> = [
  {
    form: 'change-from',
    pattern: inOrder(
      String.raw`${BASE}(?<base>\d{4})年(?:基础上|水平|同期)?(?:分别)?`,
      `(?:${CUMULATIVE})?(?<change>${CHANGE})(?:了)?`,
      `${APPROX}${NUM}${UNIT}${SUFFIX}`,
    ),
  },
  {
    form: 'change',
    pattern: inOrder(`(?:分别)?(?:${CUMULATIVE})?(?<change>${CHANGE})(?:了)?`, `${APPROX}${NUM}${SHARE_UNIT}${SUFFIX}`),
  },
  {
    form: 'compare',
    pattern: inOrder(`(?<verb>${anyOf(VERBS)})(?:${NOUN}{0,10}?的)?`, `${APPROX}${NUM}${UNIT}?${SUFFIX}${NOT_MORE}`),
  },
  {
    form: 'count-after',
    pattern: inOrder(
      `(?<verb>(?:${CUMULATIVE})?${anyOf([...COUNT_VERBS, ...CHANGE_WORDS.increase])})`,
      `(?<noun>${NOUN}{1,25}?)`,
      `${APPROX}${NUM}${COUNT_UNIT}${SUFFIX}`,
      '(?=[,，;；。、)）(（]|$)',
    ),
  },
  // 涉县经济开发区、邱县经济开发区等11个园区实施循环化改造: a count of named examples, then what becomes of them.
  {
    form: 'named-count',
    pattern: inOrder(
      `等${APPROX}${NUM}${COUNT_UNIT}`,
      `(?!${NOT_COUNTED_WORDS})(?<noun>${NOUN}{1,25}?)`,
      String.raw`(?=[,，;；。]|$|\d)`,
    ),
  },
  {
    form: 'count-before',
    pattern: inOrder(
      `(?<verb>(?:${CUMULATIVE})?${anyOf(COUNT_VERBS)})(?:${anyOf(SCOPE_WORDS)})?`,
      `${APPROX}${NUM}(?<unit>${ANY_UNIT})${SUFFIX}`,
      `的?(?!${SUFFIX_WORDS})(?<noun>${NOUN}{2,25}?)`,
      String.raw`(?=[,，;；。]|$|[和及、](?=\d))`,
    ),
  },
  // 30%以上的城市建成区达到海绵城市建设要求: the share first, then what it is a share of.
  {
    form: 'share-first',
    pattern: inOrder(
      String.raw`(?<=^|[,，;；])(?<scope>[\u4e00-\u9fa5]{0,4}?)`,
      `${APPROX}${NUM}${SHARE_UNIT}${SUFFIX}`,
      String.raw`的?(?<noun>[^,，;；。\d]{4,40}?)`,
      CLAUSE_END,
    ),
  },
  // 城市生活垃圾焚烧处理能力占比65%左右: a metric and its value with no verb between (the caller decides when it is a
  // commitment).
  {
    form: 'bare',
    pattern: inOrder(
      String.raw`(?<=^|[,，;；])(?<noun>[^,，;；。\d%]{2,30}?)`,
      `${APPROX}${NUM}${UNIT}${SUFFIX}`,
      CLAUSE_END,
    ),
  },
];
/** More values under the same verb: 分别下降8%、10%以上、10%以上. */
const SERIES = new RegExp(String.raw`^[、和及与]${APPROX}${NUM}(?:${UNIT})?${SUFFIX}(?=[,，;；。、和及与)）]|$)`);
/** One more count under the same verb: 建成零碳示范园区10个、低碳示范社区50个以上. */
const LIST_ITEM = new RegExp(
  String.raw`^[、和及](?<noun>${NOUN.replace(']', '、]')}{1,25}?)${APPROX}${NUM}${COUNT_UNIT}${SUFFIX}(?=[,，;；。、)）]|$)`,
);
/** The same verb with the number first: 培育3家…、20家…. */
const LIST_COUNT = new RegExp(
  `^[、和及]${APPROX}${NUM}(?<unit>${MEASURED})${SUFFIX}` +
    String.raw`的?(?<noun>${NOUN.replace(']', '、]')}{2,25}?)(?=[,，;；。、]|$)`,
);

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
  /** The value as written (13.5%以上). */
  valueText: string;
  approximate: boolean;
  cumulative: boolean;
  /** One of several values under one verb (分别下降8%、10%): its place and how many there are. */
  series: { index: number; size: number } | null;
}

const comparatorOfVerb = new Map(
  Object.entries(COMPARATOR_VERBS).flatMap(([c, words]) => words.map((w) => [w, c as Comparator] as const)),
);
const directionOf = (word: string) => (CHANGE_WORDS.decrease.some((w) => word.includes(w)) ? 'decrease' : 'increase');

/** The comparison a value sets, from its closing word, else its verb; 500余家 (more than 500) raises a floor to >. */
function comparatorOf(verb: string, suffix: string | undefined, fallback: Comparator, more?: string): Comparator {
  const bySuffix = suffix ? COMPARATOR_SUFFIXES[suffix] : undefined;
  const base = bySuffix && bySuffix !== 'approximate' ? bySuffix : (comparatorOfVerb.get(verb) ?? fallback);
  return more && base === '>=' ? '>' : base;
}

/** The comparison a value's closing word sets (以上 → >=), or null for none or 左右. */
const BOUND_END = new RegExp(`(${SUFFIX_WORDS})$`);
function boundOf(valueText: string): Comparator | null {
  const word = BOUND_END.exec(valueText)?.[1];
  const bound = word ? COMPARATOR_SUFFIXES[word] : undefined;
  return bound && bound !== 'approximate' ? bound : null;
}
const isApproximate = (suffix: string | undefined) => !!suffix && COMPARATOR_SUFFIXES[suffix] === 'approximate';

function toNumber(text: string): number {
  if (/^\d/.test(text)) return Number(text.replace(/,/g, ''));
  return chineseNumber(text) ?? NaN;
}

/** The sentence without spaces beside CJK characters and digits, and where each character came from. */
function compact(text: string): { text: string; at: number[] | null } {
  if (!/\s/.test(text)) return { text, at: null };
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      const before = out.at(-1) ?? '';
      let next = i + 1;
      while (next < text.length && /\s/.test(text[next]!)) next++;
      if (/[A-Za-z]/.test(before) && /[A-Za-z]/.test(text[next] ?? '')) {
        out += ' ';
        at.push(i);
      }
      continue;
    }
    out += c;
    at.push(i);
  }
  at.push(text.length);
  return { text: out, at };
}

/** Every quantity form needs a number: a digit, or a Chinese numeral before a multiplier (五千万). */
export const HAS_NUMBER = new RegExp(`\\d|[一二两三四五六七八九十百千]${MULTIPLIER}`);

/** Every quantity in a sentence (full-width folded), overlapping matches resolved in favour of the earlier form. */
export function readQuantities(folded: string): Quantity[] {
  if (!HAS_NUMBER.test(folded)) return [];
  const { text, at } = compact(folded);
  const back = at ? (i: number) => at[i]! : (i: number) => i;
  const found: Quantity[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  const push = (
    q: Omit<Quantity, 'start' | 'end' | 'verbAt' | 'metricInside' | 'series'> & {
      s: number;
      e: number;
      verb: number;
      inside: Array<[number, number]> | null;
    },
  ) => {
    taken.push([q.s, q.e]);
    const { s, e, verb, inside, ...rest } = q;
    const made: Quantity = {
      ...rest,
      start: back(s),
      end: back(e - 1) + 1,
      verbAt: back(verb),
      metricInside: inside?.map(([a, b]) => [back(a), back(b - 1) + 1] as [number, number]) ?? null,
      series: null,
    };
    found.push(made);
    return made;
  };
  /** Values that follow a match under the same verb, each a quantity of its own. */
  const series = (first: Quantity, from: number) => {
    const members = [first];
    for (let next = SERIES.exec(text.slice(from)); next; next = SERIES.exec(text.slice(from))) {
      const ns = from + 1;
      const ne = from + next[0].length;
      if (!free(ns, ne)) break;
      const v = toNumber(next.groups!.value!);
      if (!Number.isFinite(v)) break;
      const suffix = next.groups!.suffix;
      const bySuffix = suffix ? COMPARATOR_SUFFIXES[suffix] : undefined;
      members.push(
        push({
          ...first,
          s: ns,
          e: ne,
          verb: ns,
          inside: null,
          value: v,
          unit: next.groups!.unit ?? first.unit,
          comparator: bySuffix && bySuffix !== 'approximate' ? bySuffix : first.comparator,
          approximate: !!next.groups!.approx || bySuffix === 'approximate',
          valueText: folded.slice(back(ns), back(ne - 1) + 1),
        }),
      );
      from = ne;
    }
    if (members.length > 1) {
      members.forEach((m, index) => (m.series = { index, size: members.length }));
      // 稳定在95%和90%以上: the last value's 以上 holds for the values before it.
      const bySuffix = boundOf(members.at(-1)!.valueText);
      if (bySuffix) for (const m of members) if (!boundOf(m.valueText)) m.comparator = bySuffix;
    }
  };
  const valueText = (m: RegExpExecArray) => {
    const from = m.index + m[0].indexOf(m.groups!.value!, m.groups!.change ? m[0].indexOf(m.groups!.change) : 0);
    return folded.slice(back(from), back(m.index + m[0].length - 1) + 1);
  };

  for (const { form, pattern } of forms) {
    for (const m of matchesOf(pattern, text)) {
      const g = m.groups!;
      const s = m.index;
      const e = s + m[0].length;
      if (!free(s, e)) continue;
      const value = toNumber(g.value!);
      if (!Number.isFinite(value)) continue;
      const approximate = !!g.approx || COMPARATOR_SUFFIXES[g.suffix ?? ''] === 'approximate';
      const cumulative = /^累计/.test(m[0]) || (!!g.verb && g.verb.startsWith('累计'));
      const common = { value, approximate, cumulative, valueText: valueText(m), s, e, verb: s };
      if (form === 'change-from') {
        series(
          push({
            ...common,
            form,
            comparator: comparatorOf('', g.suffix, '>=', g.more),
            unit: g.unit!,
            change: directionOf(g.change!),
            baseline: Number(g.base),
            inside: null,
          }),
          e,
        );
      } else if (form === 'change') {
        series(
          push({
            ...common,
            form,
            comparator: comparatorOf('', g.suffix, '>=', g.more),
            unit: g.unit!,
            change: directionOf(g.change!),
            baseline: null,
            inside: null,
          }),
          e,
        );
      } else if (form === 'compare') {
        const verb = g.verb!;
        if (verb === '达' && !g.unit) continue; // 达标, 达…: not a quantity without a unit
        const keeping = COMPARATOR_VERBS['='].includes(verb);
        if (keeping && !g.unit) continue;
        // 参与人数达1000人以上的大型活动: an amount before 的 sizes the noun after it; it is not a commitment.
        // (A rate before 的 may still be one: 上架率高于65%的数据中心.)
        if (text[e] === '的' && g.unit && !(UNITS.share as readonly string[]).includes(g.unit)) continue;
        series(
          push({
            ...common,
            form,
            comparator: comparatorOf(verb, g.suffix, keeping ? '=' : '>=', g.more),
            unit: g.unit ?? null,
            change: null,
            baseline: null,
            inside: null,
          }),
          e,
        );
      } else if (form === 'share-first') {
        const nounAt = e - g.noun!.length;
        push({
          ...common,
          form,
          comparator: comparatorOf('', g.suffix, '>=', g.more),
          unit: g.unit!,
          change: null,
          baseline: null,
          inside: [[nounAt, e]],
        });
      } else if (form === 'bare') {
        const nounEnd = s + g.noun!.length;
        series(
          push({
            ...common,
            form,
            comparator: comparatorOf('', g.suffix, '>=', g.more),
            unit: g.unit!,
            change: null,
            baseline: null,
            inside: [[s, nounEnd]],
          }),
          e,
        );
      } else if (form === 'count-after') {
        const nounEnd = s + g.verb!.length + g.noun!.length;
        // 完成…二期项目（1500吨/日）: a figure inside a bracket describes what precedes it.
        if (/[(（][^)）]*$/.test(g.noun!)) continue;
        // A count of things built is a level of its own (新增绿色建筑面积5000万平方米), not a change against a base.
        const change = null;
        push({
          ...common,
          form,
          comparator: comparatorOf('', g.suffix, '>=', g.more),
          unit: g.unit!,
          change,
          baseline: null,
          inside: [[s, nounEnd]],
        });
        // The verb carries over a 、 list: 建成零碳示范园区10个左右、低碳示范社区50个以上.
        for (let from = e, next = LIST_ITEM.exec(text.slice(from)); next; next = LIST_ITEM.exec(text.slice(from))) {
          const ns = from + 1;
          const ne = from + next[0].length;
          if (!free(ns, ne)) break;
          const v = toNumber(next.groups!.value!);
          push({
            form,
            s: ns,
            e: ne,
            verb: ns,
            inside: [[ns, ns + next.groups!.noun!.length]],
            comparator: comparatorOf('', next.groups!.suffix, '>='),
            value: v,
            unit: next.groups!.unit!,
            change,
            baseline: null,
            valueText: folded.slice(back(ns + next.groups!.noun!.length), back(ne - 1) + 1),
            approximate: !!next.groups!.approx || isApproximate(next.groups!.suffix),
            cumulative,
          });
          from = ne;
        }
      } else if (form === 'named-count') {
        // It counts what the plan commits to only where its clause says what is done with them.
        const clauseStart = Math.max(...[',', '，', ';', '；', '。'].map((c) => text.lastIndexOf(c, s))) + 1;
        const clauseEnd = text.slice(e).search(/[,，;；。]/);
        if (!COMMITTING.test(text.slice(clauseStart, clauseEnd < 0 ? text.length : e + clauseEnd))) continue;
        const nounAt = e - g.noun!.length;
        const noun = g.noun!.replace(CLOSING_WORDS, ''); // …铁路专用线力争2021年…: 力争 is no part of the noun
        push({
          ...common,
          form,
          comparator: comparatorOf('', g.suffix, '>=', g.more),
          unit: g.unit!,
          change: null,
          baseline: null,
          inside: [[nounAt, nounAt + noun.length]],
        });
      } else if (form === 'count-before') {
        const objectAt = e - g.noun!.length;
        // 1000立方米及以下高炉, 100%可再生能源电力: a size or a share that qualifies the noun, not a count of it
        // (a share counts only as 具备5%以上的…能力, with 的).
        const share = (UNITS.share as readonly string[]).includes(g.unit!);
        if ((g.suffix && COMPARATOR_SUFFIXES[g.suffix] === '<=') || (share && !/的$/.test(text.slice(s, objectAt))))
          continue;
        push({
          ...common,
          form,
          comparator: comparatorOf('', g.suffix, '>=', g.more),
          unit: g.unit!,
          change: null,
          baseline: null,
          inside: [
            [s, s + g.verb!.length],
            [objectAt, e],
          ],
        });
        for (let from = e, next = LIST_COUNT.exec(text.slice(from)); next; next = LIST_COUNT.exec(text.slice(from))) {
          const ns = from + 1;
          const ne = from + next[0].length;
          if (!free(ns, ne)) break;
          push({
            form,
            s: ns,
            e: ne,
            verb: ns,
            inside: [
              [s, s + g.verb!.length],
              [ne - next.groups!.noun!.length, ne],
            ],
            comparator: comparatorOf('', next.groups!.suffix, '>='),
            value: toNumber(next.groups!.value!),
            unit: next.groups!.unit!,
            change: null,
            baseline: null,
            valueText: folded.slice(back(ns), back(ne - next.groups!.noun!.length - 1) + 1),
            approximate: !!next.groups!.approx || isApproximate(next.groups!.suffix),
            cumulative,
          });
          from = ne;
        }
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
