import type { Milestone } from '../../src/schema/index.ts';
import {
  anyOf,
  BEFORE_WORDS,
  DURATION_NAMES,
  DURATION_UNITS,
  END_WORDS,
  EVERY_YEAR,
  QUARTERS,
  SPAN_JOINS,
} from '../../src/vocabulary/index.ts';
import { calendarDate, monthEnd } from '../lib/dates.ts';
import { chineseNumber, forMatching } from '../lib/text.ts';
import type { Block } from '../3-outline/tree.ts';
import type { DocumentContext } from './context.ts';
import type { Placed } from '../4-meta/document-meta.ts';
import { sentences, tableRows } from './sentences.ts';
import { matchesOf } from '../lib/matches.ts';

const D = String.raw`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`;
const MD = String.raw`(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日`;
const JOIN = anyOf(SPAN_JOINS);
const END = anyOf(END_WORDS);
const BEFORE = anyOf(BEFORE_WORDS);
const EVERY_YEAR_START = new RegExp(`^${anyOf(EVERY_YEAR)}`);
/** Every pattern below names a year, a month or a duration's unit: a sentence with none of them holds no date. */
const MAY_HOLD_DATE = new RegExp(`年|月|${anyOf(DURATION_UNITS)}`);
const patterns = {
  /** 2023年11月1日至2025年12月31日, 2026年1月1日至4月30日, 方案发布之日至2023年10月31日. */
  range: new RegExp(String.raw`(?:${D}|([^,，;；。()（）]{2,12}之日))\s*${JOIN}\s*${MD}`, 'g'),
  /** 于2025年1月10日前, 2025年1月10日前, 截至2025年1月10日. */
  before: new RegExp(String.raw`(?:于|在|截至|截止|最迟)?\s*${D}\s*${BEFORE}`, 'g'),
  /** (2026—2030年), 2022—2030年. */
  years: new RegExp(String.raw`(\d{4})\s*${JOIN}+\s*(\d{4})\s*年`, 'g'),
  /** 到2025年, 到2023年底. */
  by: new RegExp(String.raw`(?:到|至)\s*(\d{4})\s*年(${END})?`, 'g'),
  /** 6月底完成, 9月底前, 2025年12月底前, 年底前. */
  monthEnd: new RegExp(
    String.raw`(?:${anyOf(EVERY_YEAR)}|(\d{4})\s*年\s*)?(\d{1,2})\s*月${END}\s*(?:${BEFORE}|完成)` +
      String.raw`|(?:(\d{4})\s*)?(?<!月)年${END}\s*(?:${BEFORE}|完成)`,
    'g',
  ),
  /** 2021年四季度, 2022年第二季度: due on the quarter's last day. */
  quarter: new RegExp(String.raw`(\d{4})\s*年\s*第?\s*(${anyOf(Object.keys(QUARTERS))})\s*季度`, 'g'),
  /** 公示期为5个工作日, 试点创建期限为3年. */
  duration: new RegExp(
    String.raw`(${anyOf(DURATION_NAMES)})\s*(?:为|是)?\s*(\d+|[一二三四五六七八九十]+)\s*(${anyOf(DURATION_UNITS)})`,
    'g',
  ),
};

/** A row's label: its longest cell, usually the task. */
function rowLabel(row: string): string {
  const cells = row.split(/[|｜\t]/).map((c) => c.trim());
  return cells.reduce((a, b) => (b.length > a.length ? b : a), '').slice(0, 40);
}

/** Labels a milestone by its clause: the heading, else the sentence's first words. */
function labelOf(block: Block, sentence: string, ancestors: Block[]): string {
  const heading = block.heading ?? ancestors.at(-1)?.heading;
  const clean = (t: string) => t.replace(/[(（][^()（）]*[)）]$/, '').trim();
  return (heading && clean(heading)) || sentence.slice(0, 24).trim() || '时间节点';
}

/**
 * Dates, deadlines and periods in the body, and the document's own dates.
 * Dates inside 《》 (cited documents' titles) are not the plan's.
 */
export function milestones(
  ctx: DocumentContext,
  own: { issued: Placed<string> | null; published: Placed<string> | null; title: string },
): Milestone[] {
  const out: Milestone[] = [];
  const seen = new Set<string>();
  const add = (m: Omit<Milestone, 'id' | 'document'>) => {
    const key = `${m.clause}|${m.start}|${m.end}|${m.kind}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ id: ctx.idFor(m.clause, 'milestone'), document: ctx.id, ...m });
  };
  if (own.issued)
    add({
      kind: 'issued',
      label: `印发《${own.title}》`,
      start: own.issued.value,
      end: own.issued.value,
      duration: null,
      ...placed(own.issued),
    });
  if (own.published)
    add({
      kind: 'published',
      label: `公开发布《${own.title}》`,
      start: own.published.value,
      end: own.published.value,
      duration: null,
      ...placed(own.published),
    });

  for (const block of ctx.blocks) {
    if (block.kind === 'front') continue;
    const ancestors = ctx.ancestors(block);
    // A table's rows read as sentences, so a 完成时限 cell is read like a deadline in prose.
    for (const s of block.kind === 'table' ? tableRows(block).slice(1) : sentences(block.text, /[。！？!?；;]/)) {
      const folded = forMatching(s.text);
      if (!MAY_HOLD_DATE.test(folded)) continue;
      // Characters already read by an earlier pattern, and those inside 《》 (a cited document's title).
      const used = citations(folded);
      const taken = { push: ([a, b]: [number, number]) => used.fill(1, a, b) };
      const free = (a: number, b: number) => used.subarray(a, b).every((x) => x === 0);
      const years = matchesOf(/(\d{4})\s*年/g, folded).map((m) => ({ at: m.index, year: Number(m[1]) }));
      const yearBefore = (at: number) => years.findLast((y) => y.at < at)?.year ?? null;
      const cite = (a: number, b: number) => ctx.cite(block, s.index + a, s.index + b);
      const label = block.kind === 'table' ? rowLabel(s.text) : labelOf(block, s.text, ancestors);

      for (const m of matchesOf(patterns.range, folded)) {
        const a = m.index;
        const b = a + m[0].length;
        if (!free(a, b)) continue;
        const start = m[1] ? calendarDate(+m[1], +m[2]!, +m[3]!) : null;
        const endYear = m[5] ? +m[5] : m[1] ? +m[1] : ctx.year;
        const end = endYear ? calendarDate(endYear, +m[6]!, +m[7]!) : null;
        if (!end || (start && start > end)) continue;
        taken.push([a, b]);
        add({ kind: start ? 'period' : 'deadline', label, start, end, duration: null, ...cite(a, b) });
      }
      for (const m of matchesOf(patterns.before, folded)) {
        const a = m.index;
        const b = a + m[0].length;
        if (!free(a, b)) continue;
        const end = calendarDate(+m[1]!, +m[2]!, +m[3]!);
        if (!end) continue;
        taken.push([a, b]);
        add({ kind: 'deadline', label, start: null, end, duration: null, ...cite(a, b) });
      }
      for (const m of matchesOf(patterns.years, folded)) {
        const a = m.index;
        const b = a + m[0].length;
        if (!free(a, b) || +m[2]! < +m[1]!) continue;
        taken.push([a, b]);
        add({ kind: 'period', label, start: m[1]!, end: m[2]!, duration: null, ...cite(a, b) });
      }
      for (const m of matchesOf(patterns.by, folded)) {
        const a = m.index;
        const b = a + m[0].length;
        if (!free(a, b)) continue;
        taken.push([a, b]);
        const end = m[2] ? `${m[1]}-12-31` : m[1]!;
        add({ kind: 'target-year', label, start: null, end, duration: null, ...cite(a, b) });
      }
      for (const m of matchesOf(patterns.monthEnd, folded)) {
        const a = m.index;
        const b = a + m[0].length;
        // A month without a year is in the year the sentence names, else the document's year.
        // 每年12月底前 recurs: it is first due in the plan's first year.
        const year = m[1]
          ? +m[1]
          : m[3]
            ? +m[3]
            : EVERY_YEAR_START.test(m[0])
              ? (ctx.period?.start ?? ctx.year)
              : (yearBefore(a) ?? ctx.year);
        const end = year ? monthEnd(year, m[2] ? +m[2] : 12) : null;
        if (!free(a, b) || !end) continue;
        taken.push([a, b]);
        add({ kind: 'deadline', label, start: null, end, duration: null, ...cite(a, b) });
      }
      for (const m of matchesOf(patterns.quarter, folded)) {
        const a = m.index;
        const b = a + m[0].length;
        const end = monthEnd(+m[1]!, QUARTERS[m[2]!]!);
        if (!free(a, b) || !end) continue;
        taken.push([a, b]);
        add({ kind: 'deadline', label, start: null, end, duration: null, ...cite(a, b) });
      }
      for (const m of matchesOf(patterns.duration, folded)) {
        const a = m.index;
        const b = a + m[0].length;
        if (!free(a, b)) continue;
        const value = chineseNumber(m[2]!);
        if (value === null) continue;
        taken.push([a, b]);
        add({
          kind: 'duration',
          label: `${m[1]}${m[2]}${m[3]}`,
          start: null,
          end: null,
          duration: { value, unit: m[3]!.replace(/^个/, '') },
          ...cite(a, b),
        });
      }
    }
  }
  return out;
}

/** A fact of the title block as a milestone's provenance. */
function placed(fact: Placed<string>): Pick<Milestone, 'clause' | 'line' | 'quote' | 'span'> {
  return { clause: fact.clause, line: fact.line, quote: fact.quote, span: fact.span };
}

/** A mask of the characters inside 《…》, in one pass. */
function citations(folded: string): Uint8Array {
  const mask = new Uint8Array(folded.length);
  let open = -1;
  for (let i = 0; i < folded.length; i++) {
    if (folded[i] === '《') open = i;
    else if (folded[i] === '》' && open >= 0) {
      mask.fill(1, open, i + 1);
      open = -1;
    }
  }
  return mask;
}
