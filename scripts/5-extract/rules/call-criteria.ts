import type { Criterion } from '../../../src/schema/index.ts';
import {
  anyOf,
  CAP_WORDS,
  COMPARATOR_VERBS,
  DISQUALIFIER_WORDS,
  FOLLOWING_WORDS,
  FUND_WORDS,
  MULTIPLIERS,
  OFFER_PHRASES,
  OFFER_WORDS,
  QUOTA_SUBJECTS,
  QUOTA_WORDS,
  UNITS,
} from '../../../src/vocabulary/index.ts';
import { calendarDate } from '../../lib/dates.ts';
import { chineseNumber, forMatching } from '../../lib/text.ts';
import type { DocumentContext } from '../context.ts';
import { kindOfHeading, labelOf, sectionKinds, type SectionKind } from '../sections.ts';
import { criterion } from './criteria.ts';
import { matchesOf } from '../../lib/matches.ts';

type Found = Omit<Criterion, 'id'>;

/**
 * What excludes an applicant: 不得申报, 不予受理 …, and a condition put as a clean record over a
 * look-back window (近3年内未发生重大环境污染事故, 无不良信用记录), which excludes whoever has one.
 */
const DISQUALIFY = new RegExp(
  `${anyOf(DISQUALIFIER_WORDS)}|取消.{0,8}资格|逾期.{0,4}(?:不|视为)|不属于.{0,8}范围|` +
    `近\\s*(?:[一二三四五]|\\d)\\s*年[^,，。；;]{0,8}(?:未|无|没有)(?:发生|出现|受到|被)|` +
    `(?:未|无)(?:发生|出现)?[^,，。；;]{0,12}(?:失信|违法违规|不良信用|不良记录|严重违法)|` +
    `不存在|未违反|无逾期|未被列入|未列入|不在[^,，。；;]{0,8}名单`,
);
/** A limit on how many may apply or be chosen: 限报一项, 不超过3个, 推荐名额2个. */
const AT_MOST = anyOf(COMPARATOR_VERBS['<='].filter((w) => w.startsWith('不')));
const COUNTED = anyOf(UNITS.count);
const QUOTA = new RegExp(
  `(?:${anyOf(QUOTA_WORDS)}|(?:${anyOf(QUOTA_SUBJECTS)})[^,，。；;]{0,16}${AT_MOST})` +
    `\\s*(?<n>\\d+|[一二两三四五六七八九十]+)?\\s*(?<unit>${COUNTED})?`,
);
const APPLY = /申报|推荐|报送|提交|申请|受理|报名/;
const DATE = /(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日/g;
const HAS_DATE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;
/** Money offered, or a rate of it: 最高500万元, 按设备购置额的10%给予补助. */
const MONEY = new RegExp(
  `\\d+(?:\\.\\d+)?\\s*(?:${anyOf(Object.keys(MULTIPLIERS))})?${anyOf(UNITS.amount.filter((u) => u.endsWith('元')))}`,
);
const OFFER = new RegExp(anyOf(OFFER_WORDS));
const SHARE = anyOf(UNITS.share);
const RATE_OFFER = new RegExp(
  `\\d+(?:\\.\\d+)?\\s*${SHARE}[^,，。；;]{0,12}${anyOf(OFFER_WORDS)}|` +
    `${anyOf(FUND_WORDS)}[^,，。；;]{0,20}\\d+(?:\\.\\d+)?\\s*${SHARE}`,
);
/** Support named without an amount: 利用省级工业发展资金…给予支持. */
const FUNDED = new RegExp(
  `(?:资金|经费)[^。；;]{0,60}${anyOf(OFFER_PHRASES)}|给予[^,，。；;]{0,10}${anyOf(FUND_WORDS)}`,
);
/**
 * Lines of contact details, never a criterion: they open with a contact word, or are short and hold a number or an
 * address.
 */
const CONTACT_START = new RegExp(
  String.raw`^[(（]?(?:联系人|联系电话|咨询电话|电话|传真|邮箱|邮编|地址|E-?mail)|事宜[:：]|咨询[:：]` +
    String.raw`|^[\u4e00-\u9fa5]{2,8}[:：][\u4e00-\u9fa5]{2,20}(?:处|科|室|中心|所)$`,
  'i',
);
const CONTACT_DETAIL = /\d{7,}|\d{3,4}-\d{7,8}|@|https?:|www\./i;
const isContact = (text: string) => CONTACT_START.test(text) || (text.length <= 40 && CONTACT_DETAIL.test(text));

/** The kind a clause states by its own words, whatever section it stands in; null when it states none. */
function strongKind(clause: string, sentence: string, section: SectionKind | null): Criterion['kind'] | null {
  if (DISQUALIFY.test(clause)) return 'disqualifier';
  if ((MONEY.test(clause) && OFFER.test(clause)) || RATE_OFFER.test(clause) || FUNDED.test(clause)) return 'support';
  if (QUOTA.test(clause) && (APPLY.test(sentence) || section === 'conditions' || /项目数/.test(sentence)))
    return 'quota';
  if (
    HAS_DATE.test(clause) &&
    /前|截止|截至|之前|至|到/.test(sentence) &&
    (APPLY.test(sentence) || section === 'process')
  )
    return 'deadline';
  return null;
}

/**
 * What a clause without words of its own is, by its section: a condition (申报条件, 申报材料, and
 * what a support item or the process asks of the applicant) or an indicator (考核指标); null
 * outside such sections, where only clauses that say what they are count.
 */
function sectionDefault(section: SectionKind | null): Criterion['kind'] | null {
  if (section === 'acceptance') return 'acceptance';
  if (section === 'conditions' || section === 'materials' || section === 'process' || section === 'support')
    return 'required';
  return null;
}

/** A sentence's comma clauses (outside brackets), each with its offset in the sentence. */
function commaClauses(sentence: string): Array<{ text: string; index: number }> {
  const folded = forMatching(sentence);
  const out: Array<{ text: string; index: number }> = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i <= folded.length; i++) {
    const c = folded[i];
    if (c === '(' || c === '《') depth++;
    else if ((c === ')' || c === '》') && depth > 0) depth--;
    if (i === folded.length || (depth === 0 && c === ',')) {
      const raw = sentence.slice(start, i);
      if (raw.trim()) out.push({ text: raw.trim(), index: start + (raw.length - raw.trimStart().length) });
      start = i + 1;
    }
  }
  return out;
}

/**
 * A sentence as runs of one kind. A clause that says what it is (a deadline, an amount offered, a
 * quota, an exclusion) starts a run of its kind; a clause that does not joins the run before it,
 * or opens a run of the section's kind. So 对…的项目，按投资额的10%给予补贴，最高不超过300万元 is a
 * condition, then an offer; 同一单位限报一项，有在研项目的不得申报 a quota, then an exclusion.
 */
function runsOf(
  sentence: string,
  section: SectionKind | null,
  context: string,
): Array<{ kind: Criterion['kind'] | null; start: number; end: number }> {
  const folded = forMatching(context + sentence);
  const runs: Array<{ kind: Criterion['kind'] | null; start: number; end: number }> = [];
  for (const c of commaClauses(sentence)) {
    const kind = strongKind(forMatching(context + c.text), folded, section);
    const last = runs.at(-1);
    const end = c.index + c.text.length;
    if (kind && (!last || last.kind !== kind)) runs.push({ kind, start: c.index, end });
    else if (last) last.end = end;
    else runs.push({ kind: sectionDefault(section), start: c.index, end });
  }
  return runs;
}

/** Sentences of a block at 。；; (outside brackets), each with its offset in the block text. */
function pieces(text: string): Array<{ text: string; index: number }> {
  const folded = forMatching(text);
  const out: Array<{ text: string; index: number }> = [];
  let depth = 0;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim()) out.push({ text: raw.trim(), index: start + lead });
  };
  for (let i = 0; i < folded.length; i++) {
    const c = folded[i]!;
    if (c === '(' || c === '《') depth++;
    else if ((c === ')' || c === '》') && depth > 0) depth--;
    else if (depth === 0 && (c === '。' || c === ';')) {
      push(i + 1);
      start = i + 1;
    }
  }
  push(folded.length);
  return out;
}

/** The last day a sentence names: the end of 3月1日至4月30日, else its one date. */
function lastDate(sentence: string, fallbackYear: number | null): string | null {
  const folded = forMatching(sentence);
  const dates = matchesOf(DATE, folded).map((m) => calendarDate(+m.groups!.y!, +m.groups!.m!, +m.groups!.d!));
  const range = /至\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日/.exec(folded);
  if (range && fallbackYear && !/至\s*\d{4}/.test(folded))
    return calendarDate(
      dates.length ? Number(dates.at(-1)!.slice(0, 4)) : fallbackYear,
      +range.groups!.m!,
      +range.groups!.d!,
    );
  return dates.filter(Boolean).at(-1) ?? null;
}

/** A quota's numbers: 限报一项 → 1 项 per 单位; 每个区推荐不超过3个 → 3 个 per 区. */
function quotaOf(sentence: string): Criterion['quota'] {
  const folded = forMatching(sentence);
  const m = QUOTA.exec(folded);
  const max = m?.groups?.n ? chineseNumber(m.groups.n) : null;
  if (max === null) return null;
  const per =
    new RegExp(
      `(?:每个?|同一)(?<per>[\\u4e00-\\u9fa5]{1,6}?)(?:限|推荐|申报|原则上|${anyOf(CAP_WORDS)}|${AT_MOST})`,
    ).exec(folded)?.groups?.per ?? null;
  return { max, unit: m!.groups?.unit ?? '项', per };
}

/** A title-like line: short, no sentence punctuation (a topic 7202 工业领域氢气燃烧技术…), never a condition. */
const titleLike = (text: string) => text.length <= 30 && !/[，,。；;：:、]/.test(forMatching(text));

/**
 * Criteria of a call for applications, from every part of it: each condition of a 申报条件 section
 * (one per item, or per run of sentences of one kind), each material, each indicator a project must
 * reach, what is offered, quotas, the deadline, and what excludes an applicant wherever the text
 * says so. One criterion per piece of text; the kind from its words and its section.
 */
/** A sentence that ends by pointing to the list after it: …须符合以下要求：, …条件如下：. */
const INTRODUCES_LIST = new RegExp(`${anyOf(FOLLOWING_WORDS)}[\\u4e00-\\u9fa5]{0,8}\\s*[:：]\\s*$`);

export function callCriteria(ctx: DocumentContext): Found[] {
  const kinds = sectionKinds(ctx);
  const out: Found[] = [];
  for (const block of ctx.blocks) {
    if (block.kind === 'front' || block.kind === 'table') continue;
    const section = kinds.get(block) ?? null;
    if (section === 'scope') continue;
    // A heading only (二、申报条件) names a section or a group of items; it is not a condition itself.
    const headingOnly =
      block.kind === 'numbered' && !!block.heading && block.heading === block.text.replace(/[。.：:]$/, '').trim();
    const groupHeading =
      block.children.some((c) => c.kind === 'numbered') &&
      section !== 'acceptance' &&
      !/[，,；;]/.test(forMatching(block.text));
    // A short name alone (绿色工厂, 事后资助, 技术咨询) heads what follows; it states nothing.
    const shortName =
      block.text.length <= 12 && !/[，,。；;、]/.test(forMatching(block.text)) && section !== 'acceptance';
    if (headingOnly && (groupHeading || shortName || (kindOfHeading(block.heading!) && block.children.length > 0)))
      continue;
    const label = labelOf(block);
    const from = label ? label.length : 0;
    const text = block.text.slice(from);
    if (!text.trim() || (block.kind === 'paragraph' && section !== 'acceptance' && titleLike(text))) continue;
    let run: { kind: Criterion['kind']; start: number; end: number } | null = null;
    const flush = () => {
      if (!run) return;
      const piece = { text: block.text.slice(run.start, run.end).replace(/[。；;]$/, ''), index: run.start };
      const c = criterion(ctx, block, piece, run.kind);
      out.push({
        ...c,
        quota: run.kind === 'quota' ? quotaOf(piece.text) : null,
        date: run.kind === 'deadline' ? lastDate(piece.text, ctx.year) : null,
      });
      run = null;
    };
    // A label's words take part in reading its content: 支持项目数：不超过2项 is a quota.
    const labelWords = label ? block.text.slice(0, label.length) : '';
    for (const p of pieces(text)) {
      // 还须符合以下要求：/ 具体条件如下： introduces the items after it and states nothing itself.
      if (isContact(forMatching(p.text).replace(/\s+/g, '')) || INTRODUCES_LIST.test(forMatching(p.text))) {
        flush();
        continue;
      }
      for (const r of runsOf(p.text, section, labelWords)) {
        const start = from + p.index + r.start;
        const end = from + p.index + r.end;
        if (!r.kind) {
          flush();
          continue;
        }
        // Sentences of one kind in one item stay one criterion; a sentence of another kind starts its own.
        const current = run as { kind: Criterion['kind']; start: number; end: number } | null;
        if (current && current.kind === r.kind && r.kind !== 'quota' && r.kind !== 'deadline') current.end = end;
        else {
          flush();
          run = { kind: r.kind, start, end };
        }
      }
    }
    flush();
  }
  return out;
}
