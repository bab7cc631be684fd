import type { Baseline, Target } from '../../../src/schema/index.ts';
import {
  anyOf,
  BY_WORDS,
  COMPARATOR_VERBS,
  END_WORDS,
  METRIC_CLOSERS,
  METRIC_OPENERS,
  OFFER_CUES,
  PAST_HEADINGS,
  PAST_WORDS,
  QUOTA_WORDS,
  SCOPE_WORDS,
} from '../../../src/vocabulary/index.ts';
import { clauseStart, fiveYearPlan, forMatching } from '../../lib/text.ts';
import type { Block } from '../../3-outline/tree.ts';
import type { DocumentContext } from '../context.ts';
import { inAcceptance, inEligibility, inSupport } from '../sections.ts';
import { sentences } from '../sentences.ts';
import { indicatorTable } from './indicator-table.ts';
import { HAS_NUMBER, readQuantities, type Quantity } from './read-quantities.ts';
import { matchesOf } from '../../lib/matches.ts';

const PAST_SECTION = new RegExp(anyOf(PAST_HEADINGS));
const PAST = new RegExp(anyOf(PAST_WORDS));
/** Sentences that state an eligibility or acceptance rule: read by the rules passes instead. */
const AT_MOST = anyOf(COMPARATOR_VERBS['<='].filter((w) => w.startsWith('不')));
const RULE_WORDS = new RegExp(
  `申报数量|${anyOf(QUOTA_WORDS)}|参考(?:性)?指标|(?:推荐|遴选|申报)[^。；;]{0,20}${AT_MOST}`,
);
/** Just after the last bracket still open at the end of `text` (0 when none): 生态环境状况指数(EI) is closed. */
function openBracketAt(text: string): number {
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ')' || text[i] === '）') depth++;
    else if (text[i] === '(' || text[i] === '（') {
      if (depth === 0) return i + 1;
      depth--;
    }
  }
  return 0;
}

/** Words of an amount offered, not committed: 最高补助500万元, 给予奖励. */
const OFFERED = new RegExp(`${anyOf(OFFER_CUES)}|${anyOf(COMPARATOR_VERBS['<='].filter((w) => w.startsWith('不')))}`);
const SCOPE = new RegExp(`^(${anyOf(SCOPE_WORDS)})`);
const YEAR_PHRASE = String.raw`(?:${anyOf(BY_WORDS)})?\s*\d{4}\s*年(?:${anyOf(END_WORDS)})?`;
const OPENERS = new RegExp(`^(?:${anyOf(METRIC_OPENERS)}|${YEAR_PHRASE}|[,，])+`);
const CLOSERS = new RegExp(`(?:${anyOf(METRIC_CLOSERS)})+$`);
const YEAR = new RegExp(
  String.raw`(?:${anyOf(BY_WORDS)})\s*(\d{4})\s*年(?:${anyOf(END_WORDS)})?` +
    String.raw`|(\d{4})\s*年(?:${anyOf(END_WORDS)}|前|(?=[,，]))`,
  'g',
);

/** 十三五时期 is past in a 2022 text; 十四五期间 is the plan's own period. */
function pastPlan(folded: string, year: number | null): boolean {
  const m = /十[一二三四五六七八九]五(?:”|")?(?:时期|期间|以来|末)/.exec(folded);
  const plan = m ? fiveYearPlan(m[0]) : null;
  return !!plan && year !== null && plan.end < year;
}

/** Year phrases (到2025年, 2023年底) in a text, ignoring base years (较2020年) and citations in 《》. */
function yearsIn(folded: string): Array<{ year: number; at: number }> {
  const out: Array<{ year: number; at: number }> = [];
  for (const m of matchesOf(YEAR, folded)) {
    if (/[较比]\s*$/.test(folded.slice(Math.max(0, m.index - 2), m.index))) continue;
    const open = folded.lastIndexOf('《', m.index);
    if (open >= 0 && folded.indexOf('》', open) > m.index) continue;
    out.push({ year: Number(m[1] ?? m[2]), at: m.index });
  }
  return out;
}

/**
 * The year a figure is due by, as its sentence writes it: one in the figure's own comma clause
 * (…等5条铁路专用线力争2022年建成投用: before or after the figure), else the last one before it.
 */
function yearOf(
  q: { start: number; end: number },
  years: Array<{ year: number; at: number }>,
  folded: string,
): number | null {
  const clauseStart = Math.max(...[',', '，', ';', '；'].map((c) => folded.lastIndexOf(c, q.start))) + 1;
  const rest = folded.slice(q.end).search(/[,，;；。]/);
  const clauseEnd = rest < 0 ? folded.length : q.end + rest;
  const before = years.filter((y) => y.at < q.start);
  const inClause = before.filter((y) => y.at >= clauseStart).at(-1)?.year ?? yearAfter(folded.slice(q.end, clauseEnd));
  return inClause ?? before.at(-1)?.year ?? null;
}

/** A year written after a figure in its clause is when it is due, with or without 底 / 前: 力争2022年建成投用. */
function yearAfter(rest: string): number | null {
  const m = /(?<![\d较比])(\d{4})\s*年(?!度)/.exec(rest);
  return m ? Number(m[1]) : null;
}

const planEnd = (folded: string) => fiveYearPlan(folded)?.end ?? null;

function precedingSiblings(block: Block, ancestors: Block[], ctx: DocumentContext): Block[] {
  const parent = ancestors.at(-1);
  const siblings = parent ? parent.children : ctx.topLevel;
  return siblings.slice(0, Math.max(0, siblings.indexOf(block)));
}

/**
 * The year a clause inherits: from earlier sibling paragraphs or its headings (written: 到2025年…),
 * else the plan period's end (not written, only implied).
 */
function inheritedYear(
  block: Block,
  ancestors: Block[],
  ctx: DocumentContext,
): { year: number | null; written: boolean } {
  for (const b of precedingSiblings(block, ancestors, ctx).reverse()) {
    if (b.kind !== 'paragraph') continue;
    const y = yearsIn(forMatching(b.text)).at(-1);
    if (y) return { year: y.year, written: true };
  }
  for (const a of [...ancestors].reverse()) {
    const y = yearsIn(forMatching(a.text)).at(-1);
    if (y) return { year: y.year, written: true };
  }
  return { year: ctx.period?.end ?? null, written: false };
}

/**
 * Targets and baselines: every quantity in the body text, with its metric read from the words
 * before it. Figures in a section on the past, or in a sentence that speaks of the past (目前,
 * 十三五时期), are baselines; the others are commitments, due in the year their sentence, clause or
 * section names, else at the end of the plan period.
 */
export function quantities(
  ctx: DocumentContext,
  taskOfClause: Map<string, string>,
  isCall: boolean,
): { targets: Target[]; baselines: Baseline[] } {
  const targets: Target[] = [];
  const baselines: Baseline[] = [];
  for (const block of ctx.blocks) {
    // In a call, what a funded project must reach (考核指标) is a condition of the call, not the plan's target.
    if (
      block.kind === 'front' ||
      inEligibility(ctx, block) ||
      inSupport(ctx, block) ||
      (isCall && inAcceptance(ctx, block))
    )
      continue;
    const ancestors = ctx.ancestors(block);
    if (block.kind === 'table') {
      const table = indicatorTable(ctx, block, taskOfClause);
      targets.push(...table.targets.map((t) => ({ ...t, id: ctx.idFor(block.id!, 'target') })));
      baselines.push(...table.baselines.map((b) => ({ ...b, id: ctx.idFor(block.id!, 'baseline') })));
      continue;
    }
    const pastSection = [...ancestors, block].some((b) => b.heading && PAST_SECTION.test(b.heading));
    let inheritedMemo: { year: number | null; written: boolean } | undefined;
    const inherited = () => (inheritedMemo ??= inheritedYear(block, ancestors, ctx));
    // The plan a past section speaks of (“十三五”时期…), read only when a baseline needs its year.
    const sectionPlan = () =>
      planEnd([...ancestors, ...precedingSiblings(block, ancestors, ctx)].map((b) => forMatching(b.text)).join(''));
    let blockYear: number | null = null;
    for (const s of sentences(block.text)) {
      const folded = forMatching(s.text);
      // No number, so no year and no quantity: nothing to read.
      if (!HAS_NUMBER.test(folded)) continue;
      const years = yearsIn(folded);
      let previousEnd = 0;
      let previousMetric: string | null = null;
      let seriesMetrics: string[] = [];
      for (const q of RULE_WORDS.test(folded) ? [] : readQuantities(folded)) {
        // A year before the figure, else the deadline of the note that closes its sentence (完成期限：2021年四季度).
        const own = yearOf(q, years, folded) ?? noteYear(folded, q.end);
        const year = own ?? blockYear ?? inherited().year;
        const past =
          pastSection ||
          PAST.test(folded) ||
          pastPlan(folded, ctx.year) ||
          (year !== null && ctx.year !== null && year < ctx.year && own !== null);
        // A figure with no verb, an amount offered, or any figure of a call for applications is a
        // commitment only where the sentence names the year it is due by.
        const dueBy = years.some((y) => y.at < q.start);
        const verbless = q.form === 'bare' || q.form === 'share-first';
        // An annual plan, or a clause under 到2025年, says by when even where the sentence does not.
        const yearKnown =
          dueBy ||
          (ctx.period !== null && ctx.period.start === ctx.period.end) ||
          blockYear !== null ||
          inherited().written;
        if (verbless && !yearKnown) continue;
        if ((isCall || (OFFERED.test(folded) && /元$/.test(q.unit ?? ''))) && !dueBy && !past) continue;
        const read = metricOf(folded, s.text, q, previousEnd, block, previousMetric);
        // 化学需氧量、氨氮排放总量分别下降8%、10%: each value goes with its item of the list.
        if (q.series?.index === 0) seriesMetrics = splitSeries(read.metric, q.series.size);
        const metric: string =
          q.series && q.series.index > 0
            ? (seriesMetrics[q.series.index] ?? previousMetric ?? read.metric)
            : q.series
              ? (seriesMetrics[0] ?? read.metric)
              : read.metric;
        const { scope, from } = q.series && q.series.index > 0 ? { scope: read.scope, from: q.start } : read;
        previousEnd = q.end;
        previousMetric = q.series ? read.metric : metric;
        if (!metric || /期限|期$|时间$|年限/.test(metric)) continue;
        const cited = ctx.cite(block, s.index + from, s.index + q.end);
        if (/[<>\u0000-\u001f]/.test(metric)) {
          ctx.report(cited.line, 'names:markup', metric.slice(0, 40));
          continue;
        }
        const common = {
          document: ctx.id,
          metric,
          value: q.value,
          unit: q.unit,
          change: q.change,
          valueText: q.valueText,
          ...cited,
        };
        // 受污染耕地安全利用率和污染地块安全利用率达到95%以上: one value for each metric of the list.
        const metrics = q.series ? [metric] : sharedMetrics(metric, /[均都]\s*$/.test(folded.slice(0, q.verbAt)));
        if (past) {
          baselines.push({
            id: ctx.idFor(block.id!, 'baseline'),
            ...common,
            year: own ?? planEnd(folded) ?? (/目前|现状|现有/.test(folded) ? ctx.year : sectionPlan()),
          });
        } else {
          for (const one of metrics) {
            targets.push({
              id: ctx.idFor(block.id!, 'target'),
              ...common,
              metric: one,
              task: taskOfClause.get(block.id!) ?? null,
              comparator: q.comparator,
              year,
              scope,
              baseline: q.baseline,
              approximate: q.approximate,
              cumulative: q.cumulative,
            });
          }
        }
      }
      const last = years.at(-1);
      if (last) blockYear = last.year;
    }
  }
  return { targets, baselines };
}

/** The year of a deadline in a note after a figure: (责任部门：…，完成期限：2021 年四季度). */
function noteYear(folded: string, from: number): number | null {
  const m = /[(（][^()（）]*(?:期限|时限|时间)\s*[:：]\s*(\d{4})\s*年/.exec(folded.slice(from));
  return m ? Number(m[1]) : null;
}

/** What ends the name of a measure (…利用率, …使用量): a list of such names shares one value. */
const MEASURE_END = /(?:率|比例|比重|占比|量|浓度|强度|指数|能耗|面积|总量|数量|产值|规模|能力)$/;
/** The measure word at the end of a metric, to lend to the items before it (利用率, 排放总量). */
const MEASURE_TAIL = /(?:[\u4e00-\u9fa5]{0,2}(?:率|比例|比重|占比|浓度|强度|总量))$/;

/**
 * `A利用率和B利用率` → both, when every item of the list names a measure; `化肥、农药利用率均达到43%`
 * → 化肥利用率 and 农药利用率, when 均 says the value holds for each and the last item carries the
 * measure. Else the metric as it is.
 */
function sharedMetrics(metric: string, each: boolean): string[] {
  const items = metric.split(/[、和及与]/).filter(Boolean);
  if (items.length < 2) return [metric];
  if (items.every((i) => i.length >= 3 && MEASURE_END.test(i))) return items;
  const tail = each ? MEASURE_TAIL.exec(items.at(-1)!)?.[0] : undefined;
  return tail && items.slice(0, -1).every((i) => i.length <= 8)
    ? items.map((i) => (i.endsWith(tail) ? i : i + tail))
    : [metric];
}

/** Items of a metric written as a list before 分别: `化学需氧量、氨氮排放总量` → one per value when the counts agree. */
function splitSeries(metric: string, size: number): string[] {
  const items = metric.split(/[、和及]/).filter(Boolean);
  if (items.length !== size) return [];
  // The last item carries the shared tail (排放总量): lend it to the others.
  const tail =
    /(排放总量|总量|覆盖率|利用率|比例|比重|使用量|消费量|处理率|强度|浓度|能耗)$/.exec(items.at(-1)!)?.[1] ?? '';
  return items.map((item, i) => (i < items.length - 1 && tail && !item.endsWith(tail) ? item + tail : item));
}

/** The metric: the words between the previous comma (or quantity) and the verb; a leading place word is the scope. */
function metricOf(
  folded: string,
  raw: string,
  q: Quantity,
  previousEnd: number,
  block: Block,
  previousMetric: string | null,
): { metric: string; scope: string | null; from: number } {
  if (q.metricInside) {
    const before = folded.slice(0, q.start);
    const cut = Math.max(clauseStart(before), openBracketAt(before), previousEnd);
    const scopeMatch = SCOPE.exec(before.slice(cut).trim());
    const metric = q.metricInside
      .map(([a, b]) => raw.slice(a, b))
      .join('')
      .replace(/\s+/g, '')
      .trim();
    return {
      metric,
      scope: scopeMatch ? scopeMatch[1]! : null,
      from: scopeMatch ? cut + (before.slice(cut).length - before.slice(cut).trimStart().length) : q.start,
    };
  }
  const before = folded.slice(0, q.verbAt);
  // A bracket the figure stands in opens a clause of its own: 达到70%以上（其中星级绿色建筑占比达到20%）.
  let cut = Math.max(clauseStart(before), openBracketAt(before), previousEnd);
  let text = raw.slice(cut, q.verbAt);
  const lead = OPENERS.exec(forMatching(text));
  if (lead) {
    text = text.slice(lead[0].length);
    cut += lead[0].length;
  }
  let scope: string | null = null;
  const s = SCOPE.exec(forMatching(text).trim());
  if (s) {
    scope = s[1]!;
    text = text.trimStart().slice(s[0].length);
  }
  const metric = text
    .replace(/\s+/g, '')
    .replace(CLOSERS, '')
    .replace(/^[、，,]+/, '')
    .trim();
  // 中心城区…分担率提高到60%，县城提高到35%: a scope alone takes the metric before it.
  if (!metric && scope && previousMetric) return { metric: previousMetric, scope, from: cut };
  if (!metric) {
    // 国家级绿色工厂，到2025年累计达到150家: the thing counted stands before the year.
    const head = folded.slice(0, cut);
    const comma = Math.max(head.lastIndexOf(','), head.lastIndexOf('，'));
    const start = comma > 0 ? clauseStart(head.slice(0, comma)) : -1;
    if (comma > 0 && comma > start) {
      let subject = raw.slice(start, comma).replace(/\s+/g, '').trim();
      const lead2 = OPENERS.exec(forMatching(subject));
      if (lead2) subject = subject.slice(lead2[0].length);
      if (subject) return { metric: subject, scope, from: start };
    }
  }
  return { metric: metric || block.heading || '', scope, from: cut };
}
