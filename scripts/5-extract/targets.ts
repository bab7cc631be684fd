import type { Baseline, Target } from '../../src/schema/index.ts';
import { clauseStart, fiveYearPlan, forMatching } from '../lib/text.ts';
import type { Block } from '../3-outline/tree.ts';
import type { DocumentContext } from './context.ts';
import { indicatorTable } from './indicator-table.ts';
import { readQuantities, type Quantity } from './quantities.ts';
import { inEligibility } from './sections.ts';
import { sentences } from './sentences.ts';
import { say } from '../lib/messages.ts';

/** Headings of a section that reports the past: 发展现状, 发展基础, 工作成效. */
const PAST_SECTION = /现状|发展基础|基础与|成效|回顾|成就|取得的进展/;
/** Words that make a figure a report of the past or present, not a commitment. */
const PAST_WORDS = /目前|现状|截至|截止|已经|已达|现有|过去|以来|上年|去年/;
/** 十三五时期 is past in a 2022 text; 十四五期间 is the plan's own period. */
function pastPlan(folded: string, year: number | null): boolean {
  const m = /十[一二三四五六七八九]五(?:”|")?(?:时期|期间|以来|末)/.exec(folded);
  const plan = m ? fiveYearPlan(m[0]) : null;
  return !!plan && year !== null && plan.end < year;
}
/** Sentences that state an eligibility or acceptance rule: read by the rules extractor instead. */
const RULE_WORDS = /申报数量|名额|参考(?:性)?指标|约束(?:性)?指标|申报主体|申报对象|(?:推荐|遴选|申报)[^。；;]{0,20}不超过/;
const SCOPE = /^(全市|全省|全区|全县|全州|全盟|市区|县城|中心城区|主城区|城市建成区|建成区|各县区|乡镇政府驻地|建制镇|重点区域)/;
const LEAD_WORDS = /^(?:、|和|及|与|并|且|同时|其中|使|确保|力争|争取|全面|基本|实现|推动|优先支持|支持|进一步|持续|逐步|我市|本市|到\d{4}年(?:底|末)?|\d{4}年(?:底|末)?)+/;
const TAIL_WORDS = /(?:力争|要|均|将|需|应|累计|稳定|持续|进一步|基本|逐步|全部|保持)+$/;
const YEAR = /(?:到|至|于|截至)\s*(\d{4})\s*年(?:底|末)?|(\d{4})\s*年(?:底|末|前|(?=[,，]))/g;

export interface Quantities {
  targets: Target[];
  baselines: Baseline[];
}

/** Year phrases (到2025年, 2023年底) in a text, ignoring baselines (较2020年) and citations in 《》. */
function yearsIn(folded: string): Array<{ year: number; at: number }> {
  const out: Array<{ year: number; at: number }> = [];
  for (const m of folded.matchAll(YEAR)) {
    const before = folded.slice(Math.max(0, m.index - 1), m.index);
    if (/[较比]/.test(before)) continue;
    const open = folded.lastIndexOf('《', m.index);
    if (open >= 0 && folded.indexOf('》', open) > m.index) continue;
    out.push({ year: Number(m[1] ?? m[2]), at: m.index });
  }
  return out;
}

function planEnd(folded: string): number | null {
  return fiveYearPlan(folded)?.end ?? null;
}

/**
 * Targets and baselines: every quantity in the body text, with its metric read
 * from the words before it. Figures in a section on the past, or in a sentence
 * that speaks of the past (目前, 十三五时期), are baselines; the others are
 * commitments, due in the year their sentence, clause or section names, else
 * at the end of the plan period.
 */
export function extractQuantities(ctx: DocumentContext, taskOfClause: Map<string, string>): Quantities {
  const targets: Target[] = [];
  const baselines: Baseline[] = [];
  for (const block of ctx.blocks) {
    if (block.kind === 'front') continue;
    const ancestors = ctx.ancestors(block);
    if (inEligibility(ctx, block)) continue;
    if (block.kind === 'table') {
      const table = indicatorTable(ctx, block, taskOfClause);
      targets.push(...table.targets.map((t, i) => ({ ...t, id: `${ctx.id}/target-${targets.length + i + 1}` })));
      baselines.push(...table.baselines.map((b, i) => ({ ...b, id: `${ctx.id}/baseline-${baselines.length + i + 1}` })));
      continue;
    }
    const pastSection = [...ancestors, block].some((b) => b.heading && PAST_SECTION.test(b.heading));
    let inheritedMemo: number | null | undefined;
    const inherited = () => (inheritedMemo === undefined ? (inheritedMemo = inheritedYear(block, ancestors, ctx)) : inheritedMemo);
    // The plan a past section speaks of (“十三五”时期…), read only when a baseline needs its year.
    const sectionPlan = () => planEnd([...ancestors, ...precedingSiblings(block, ancestors, ctx)].map((b) => forMatching(b.text)).join(''));
    let blockYear: number | null = null;
    for (const s of sentences(block.text)) {
      const folded = forMatching(s.text);
      const years = yearsIn(folded);
      const quantities = RULE_WORDS.test(folded) ? [] : readQuantities(folded);
      let previousEnd = 0;
      let previousMetric: string | null = null;
      for (const q of quantities) {
        const own = years.filter((y) => y.at < q.start).at(-1)?.year ?? null;
        const year = own ?? blockYear ?? inherited();
        const past = pastSection || PAST_WORDS.test(folded) || pastPlan(folded, ctx.year) || (year !== null && ctx.year !== null && year < ctx.year && own !== null);
        const read = metricOf(folded, s.text, q, previousEnd, block, previousMetric);
        const { metric, scope, from } = read;
        previousEnd = q.end;
        previousMetric = metric;
        if (!metric || /期限|期$|时间$|年限/.test(metric)) continue;
        if (/[<>\u0000-\u001f]/.test(metric)) {
          ctx.report({ line: ctx.cite(block, s.index, s.index + 1).line, rule: 'names:markup', message: say('names:markup', metric.slice(0, 40)) });
          continue;
        }
        const cited = ctx.cite(block, s.index + from, s.index + q.end);
        const n = (past ? baselines : targets).length + 1;
        if (past) {
          baselines.push({
            id: `${ctx.id}/baseline-${n}`,
            document: ctx.id,
            metric,
            value: q.value,
            unit: q.unit,
            year: own ?? planEnd(folded) ?? (/目前|现状|现有/.test(folded) ? ctx.year : sectionPlan()),
            change: q.change,
            valueText: q.valueText,
            ...cited,
          });
        } else {
          targets.push({
            id: `${ctx.id}/target-${n}`,
            document: ctx.id,
            task: taskOfClause.get(block.id!) ?? null,
            metric,
            comparator: q.comparator,
            value: q.value,
            unit: q.unit,
            year,
            scope,
            change: q.change,
            baseline: q.baseline,
            valueText: q.valueText,
            approximate: q.approximate,
            ...cited,
          });
        }
      }
      const last = years.at(-1);
      if (last) blockYear = last.year;
    }
  }
  return { targets, baselines };
}

/** The year a clause inherits: from earlier sibling paragraphs, its headings, else the plan period's end. */
function precedingSiblings(block: Block, ancestors: Block[], ctx: DocumentContext): Block[] {
  const parent = ancestors.at(-1);
  const siblings = parent ? parent.children : ctx.topLevel;
  return siblings.slice(0, Math.max(0, siblings.indexOf(block)));
}

function inheritedYear(block: Block, ancestors: Block[], ctx: DocumentContext): number | null {
  const before = precedingSiblings(block, ancestors, ctx);
  for (const b of [...before].reverse()) {
    if (b.kind !== 'paragraph') continue;
    const y = yearsIn(forMatching(b.text)).at(-1);
    if (y) return y.year;
  }
  for (const a of [...ancestors].reverse()) {
    const y = yearsIn(forMatching(a.text)).at(-1);
    if (y) return y.year;
  }
  return ctx.period?.end ?? null;
}

/** The metric: the words between the previous comma (or quantity) and the verb; a leading place word is the scope. */
function metricOf(folded: string, raw: string, q: Quantity, previousEnd: number, block: Block, previousMetric: string | null): { metric: string; scope: string | null; from: number } {
  if (q.metricInside) {
    const before = folded.slice(0, q.start);
    const cut = Math.max(clauseStart(before), previousEnd);
    const scopeMatch = SCOPE.exec(before.slice(cut).trim());
    const metric = q.metricInside.map(([a, b]) => raw.slice(a, b)).join('').trim();
    return { metric, scope: scopeMatch ? scopeMatch[1]! : null, from: scopeMatch ? cut + (before.slice(cut).length - before.slice(cut).trimStart().length) : q.start };
  }
  const before = folded.slice(0, q.verbAt);
  let cut = Math.max(clauseStart(before), previousEnd);
  let text = raw.slice(cut, q.verbAt);
  const lead = LEAD_WORDS.exec(forMatching(text));
  if (lead) {
    text = text.slice(lead[0].length);
    cut += lead[0].length;
  }
  let scope: string | null = null;
  const s = SCOPE.exec(forMatching(text));
  if (s) {
    scope = s[1]!;
    text = text.slice(s[0].length);
  }
  const metric = text.replace(TAIL_WORDS, '').replace(/^[、，,]+/, '').trim();
  // 中心城区…分担率提高到60%，县城提高到35%: a scope alone takes the metric before it.
  if (!metric && scope && previousMetric) return { metric: previousMetric, scope, from: cut };
  if (!metric) {
    // 国家级绿色工厂，到2025年累计达到150家: the thing counted stands before the year.
    const before = folded.slice(0, cut);
    const comma = Math.max(before.lastIndexOf(','), before.lastIndexOf('，'));
    const start = comma > 0 ? clauseStart(before.slice(0, comma)) : -1;
    const prior = comma > 0 && comma > start ? { index: start, text: before.slice(start, comma) } : null;
    if (prior) {
      const from = prior.index;
      let subject = raw.slice(from, from + prior.text.length).trim();
      const lead = LEAD_WORDS.exec(forMatching(subject));
      if (lead) subject = subject.slice(lead[0].length);
      if (subject) return { metric: subject, scope, from };
    }
  }
  return { metric: metric || block.heading || '', scope, from: cut };
}
