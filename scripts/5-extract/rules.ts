import type { Criterion, RuleSet } from '../../src/schema/index.ts';
import { calendarDate } from '../lib/dates.ts';
import { clauseStart, forMatching } from '../lib/text.ts';
import type { Block } from '../3-outline/tree.ts';
import type { DocumentContext } from './context.ts';
import { inEligibility } from './sections.ts';
import { sentences } from './sentences.ts';

/** Section headings that state who may apply and on what conditions. */
/** A list of cases that exclude an applicant: 负面清单, 有下列情形之一的，不得申报. */
const NEGATIVE = /负面清单|(?:情形之一|下列情形|以下情形)[^。]{0,12}(?:不得|不予)/;
/** A heading of conditions every type shares: 共同条件, 申报对象应同时满足…. */
const SHARED_TYPE = /^(?:共同|通用|基本|一般|所有)?(?:条件|要求)$|^共同条件|^申报(?:对象|单位|主体)$/;
const CONDITIONS = /条件|要求|资格/;
/** 近零碳园区申报对象为…，由园区管委会作为申报主体. */
/** 近零碳园区申报对象为…，由园区管委会作为申报主体, also as a clause: （一）零碳示范园区。申报对象为…. */
const TYPE_SENTENCE = /([^,，;；。]{2,20}?)(?:。\s*)?申报对象为([^;；。]{1,80}?)[,，]\s*由([^,，;；。]{1,40}?)作为申报主体/g;
/** (一)碳达峰试点园区应满足以下条件: */
const TYPE_HEADING = /^(.+?)(?:还)?(?:申报)?应(?:当)?(?:同时)?(?:满足|具备|符合)(?:以下|下列|如下)(?:基本)?条件/;
const APPLICANT = /申报主体(?:为|是)([^,，;；。]+)/;
/** 示范县（市、区）由县（市、区）人民政府作为申报主体. */
const APPLICANT_SENTENCE = /(?:^|[,，。;；])\s*([^,，;；。]{2,20}?)由([^,，;；。]{1,40}?)作为申报主体/g;
const DISQUALIFY = /不得|不予|取消.{0,6}资格|不能|不可|一票否决/;

interface Draft {
  type: string;
  applicant: string | null;
  scope: string | null;
  block: Block;
  from: number;
  to: number;
  criteria: Array<Omit<Criterion, 'id'>>;
}

/** Longest common substring length: how well a phrase (2个园区) names an applicant type. */
function overlap(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (a[i + k] && a[i + k] === b[j + k]) k++;
      if (k > best) best = k;
    }
  return best;
}

function bestType(phrase: string, drafts: Draft[]): Draft | null {
  const scored = drafts.map((d) => ({ d, score: Math.max(overlap(phrase, d.type), overlap(phrase, d.scope ?? '')) }));
  const top = Math.max(0, ...scored.map((s) => s.score));
  const winners = scored.filter((s) => s.score === top);
  return top >= 2 && winners.length === 1 ? winners[0]!.d : null;
}

/**
 * Eligibility and acceptance rule sets. Applicant types come from the
 * 申报范围 section (…申报对象为…，由…作为申报主体) or from headings such as
 * 碳达峰试点园区应满足以下条件; each type collects its own numbered
 * conditions, the shared conditions and disqualifiers, the quotas and
 * deadlines the text sets for applications, and the acceptance rule.
 */
export function extractRules(ctx: DocumentContext): RuleSet[] {
  const sections = ctx.blocks.filter((b) => b.kind !== 'front' && inEligibility(ctx, b));
  if (!sections.length) return [];

  const drafts: Draft[] = [];
  /** Applicants named apart from their type's conditions, matched to types afterwards. */
  const named: Array<{ type: string; applicant: string; scope?: string; block: Block; from: number; to: number }> = [];
  /** Headings of conditions every type shares (共同条件): their items are read as shared below. */
  const sharedBlocks = new Set<Block>();
  for (const block of sections) {
    const folded = forMatching(block.text);
    for (const m of folded.matchAll(TYPE_SENTENCE)) {
      named.push({ type: block.text.slice(m.index, m.index + m[1]!.length).trim(), scope: block.text.substr(m.index + m[0].indexOf(m[2]!), m[2]!.length), applicant: block.text.substr(m.index + m[0].lastIndexOf(m[3]!), m[3]!.length), block, from: m.index, to: m.index + m[0].length });
    }
    for (const m of folded.matchAll(APPLICANT_SENTENCE)) {
      if (/申报对象为/.test(m[0])) continue;
      const typeAt = m.index + m[0].indexOf(m[1]!);
      const applicantAt = m.index + m[0].lastIndexOf(m[2]!);
      named.push({ type: block.text.slice(typeAt, typeAt + m[1]!.length).trim(), applicant: block.text.slice(applicantAt, applicantAt + m[2]!.length), block, from: typeAt, to: m.index + m[0].length });
    }
    const heading = TYPE_HEADING.exec(folded);
    if (heading && block.kind === 'numbered' && !NEGATIVE.test(folded)) {
      // 试点城市。申报主体为设区市人民政府，应满足以下条件: the type, then its applicant.
      const lead = block.text.slice(0, heading[1]!.length);
      const stop = lead.indexOf('。');
      const type = (stop >= 0 ? lead.slice(0, stop) : lead).replace(/[,，]?还?$/, '').trim();
      const rest = stop >= 0 ? lead.slice(stop + 1) : '';
      const who = APPLICANT.exec(forMatching(rest));
      if (SHARED_TYPE.test(forMatching(type))) {
        sharedBlocks.add(block);
        continue;
      }
      const draft: Draft = { type, scope: null, applicant: who ? rest.substr(who.index + who[0].indexOf(who[1]!), who[1]!.length) : null, block, from: 0, to: heading[0].length, criteria: [] };
      for (const child of block.children) {
        if (child.kind !== 'numbered') continue;
        const who = APPLICANT.exec(forMatching(child.text));
        if (who) draft.applicant = child.text.substr(who.index + who[0].indexOf(who[1]!), who[1]!.length);
        for (const part of parts(child.text, /[;；]/)) {
          if (/^优先/.test(part.text)) continue; // a preference, not a condition
          draft.criteria.push(criterion(ctx, child, part, DISQUALIFY.test(forMatching(part.text)) ? 'disqualifier' : 'required'));
        }
      }
      drafts.push(draft);
    }
  }
  for (const n of named) {
    const same = drafts.find((d) => forMatching(d.type) === forMatching(n.type));
    if (same) {
      same.applicant ??= n.applicant;
      same.scope ??= n.scope ?? null;
    } else drafts.push({ type: n.type, applicant: n.applicant, scope: n.scope ?? null, block: n.block, from: n.from, to: n.to, criteria: [] });
  }
  if (!drafts.length) return [];

  // Conditions shared by every type: sentences of a 条件 section not under a type heading.
  const shared: Array<Omit<Criterion, 'id'>> = [];
  const typeBlocks = new Set(drafts.filter((d) => TYPE_HEADING.test(forMatching(d.block.text))).map((d) => d.block));
  // Negative lists: every item under 负面清单 / 有下列情形之一的，不得申报 excludes an applicant.
  const negative = new Set<Block>();
  for (const block of sections) {
    const lead = forMatching(block.text);
    if (!(block.heading && NEGATIVE.test(block.heading)) && !NEGATIVE.test(lead)) continue;
    const owner = block.kind === 'paragraph' ? ctx.ancestors(block).at(-1) : block;
    negative.add(block);
    for (const item of owner?.children ?? []) {
      if (item.kind !== 'numbered') continue;
      negative.add(item);
      const text = item.text.replace(/的?[;；。]?$/, '');
      shared.push(criterion(ctx, item, { text, index: 0 }, 'disqualifier'));
    }
  }
  for (const block of sections) {
    if (negative.has(block) || ctx.ancestors(block).some((a) => negative.has(a))) continue;
    const underConditions = ctx.ancestors(block).some((a) => a.heading && CONDITIONS.test(a.heading));
    if (!(block.heading && CONDITIONS.test(block.heading)) && !underConditions) continue;
    if (typeBlocks.has(block) || ctx.ancestors(block).some((a) => typeBlocks.has(a))) continue;
    // A heading over numbered items (共同条件。…应同时满足以下条件：) is not itself a condition.
    const isHeading = sharedBlocks.has(block) || block.children.some((c) => c.kind === 'numbered') || (block.kind === 'numbered' && !!block.heading && CONDITIONS.test(block.heading) && block.heading === block.text.trim());
    for (const s of sentences(isHeading ? '' : block.text)) {
      const folded = forMatching(s.text);
      if (DISQUALIFY.test(folded)) {
        const cut = folded.search(/[,，]?\s*(?:的)?[,，]?\s*(?:不得|不予|取消|不能|不可)/);
        const head = s.text.slice(0, cut < 0 ? s.text.length : cut);
        for (const p of parts(head, /[,，]/)) {
          const text = p.text.replace(/^(以及|或者|及|或|和)/, '').replace(/的$/, '');
          shared.push(criterion(ctx, block, { text, index: s.index + p.index + p.text.indexOf(text) }, 'disqualifier'));
        }
      } else {
        for (const p of parts(s.text, /[;；]/)) shared.push(criterion(ctx, block, { text: p.text.replace(/[。]$/, ''), index: s.index + p.index }, 'required'));
      }
    }
  }

  const general: Array<Omit<Criterion, 'id'>> = [];
  for (const block of ctx.blocks) {
    if (block.kind === 'front') continue;
    const headingDeadline = block.heading && /申报|报送|推荐|申请/.test(block.heading);
    for (const s of sentences(block.text)) {
      const folded = forMatching(s.text);
      readQuotas(ctx, block, s, folded, drafts);
      if (headingDeadline || /申报|报送|推荐|申请|提交/.test(folded)) {
        const d = /(?:于|在|截至|截止|至)\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:前|之前|以前|截止)?/.exec(folded);
        const date = d ? calendarDate(+d[1]!, +d[2]!, +d[3]!) : null;
        if (d && date && (headingDeadline || /前|截止/.test(d[0]))) {
          // The clause that holds the date: 于2025年1月10日前报送自治区发展改革委.
          const from = clauseStart(folded.slice(0, d.index), ',，;；');
          const rest = folded.slice(d.index).search(/[,，;；。]/);
          const to = rest < 0 ? s.text.length : d.index + rest;
          const phrase = s.text.slice(from, to).trim();
          const c = criterion(ctx, block, { text: phrase, index: s.index + from }, 'deadline');
          const heading = block.heading && !phrase.startsWith(block.heading) ? block.heading.replace(/[(（][^()（）]*[)）]$/, '') : null;
          general.push({ ...c, date, ...ctx.cite(block, s.index + d.index, s.index + d.index + d[0].length), text: heading ? `${heading}：${phrase}` : phrase });
        }
      }
      if (/验收/.test(folded) && /指标/.test(folded) && /\d+\s*%/.test(folded)) readAcceptance(ctx, block, s, folded, drafts);
    }
  }

  return drafts.map((d, i) => {
    const id = `${ctx.id}/rules-${i + 1}`;
    // In the order the text gives them: shared conditions before a type's own when they come first.
    const all = [...d.criteria, ...shared, ...general].sort((x, y) => x.line - y.line).filter((c, k, list) => list.findIndex((o) => o.kind === c.kind && o.quote === c.quote && o.line === c.line) === k);
    const counts: Record<string, number> = {};
    return {
      id,
      document: ctx.id,
      applicantType: d.type,
      applicant: d.applicant,
      scope: d.scope,
      ...ctx.cite(d.block, d.from, d.to),
      criteria: all.map((c) => ({ ...c, id: `${id}/${c.kind}-${(counts[c.kind] = (counts[c.kind] ?? 0) + 1)}` })),
    };
  });
}

function parts(text: string, separator: RegExp): Array<{ text: string; index: number }> {
  const out: Array<{ text: string; index: number }> = [];
  let start = 0;
  const folded = forMatching(text);
  for (let i = 0; i <= folded.length; i++) {
    if (i === folded.length || separator.test(folded[i]!)) {
      const raw = text.slice(start, i);
      const lead = raw.length - raw.trimStart().length;
      const t = raw.trim().replace(/[。；;]$/, '');
      if (t) out.push({ text: t, index: start + lead });
      start = i + 1;
    }
  }
  return out;
}

function criterion(ctx: DocumentContext, block: Block, part: { text: string; index: number }, kind: Criterion['kind']): Omit<Criterion, 'id'> {
  return { kind, text: part.text, ...ctx.cite(block, part.index, part.index + part.text.length), quota: null, date: null, acceptance: null };
}

/** 每市申报数量原则上不超过1个县(市、区)、2个园区、3个社区 / 选择15个…旗县和15个典型园区. */
function readQuotas(ctx: DocumentContext, block: Block, s: { text: string; index: number }, folded: string, drafts: Draft[]): void {
  if (!/申报数量|名额|不超过|选择|遴选|择优|推荐/.test(folded)) return;
  const perMatch = /每个?(市\(州\)|设区市|市|县|区|盟|州|省|单位)/.exec(folded);
  const per = perMatch ? s.text.substr(perMatch.index + perMatch[0].length - perMatch[1]!.length, perMatch[1]!.length) : null;
  let found = 0;
  // 推荐零碳示范园区不超过2个、低碳示范社区不超过5个 / 试点城市全省遴选不超过4个: the noun comes first.
  for (const m of folded.matchAll(/([^,，;；。、]{2,30}?)(?:不超过|不多于|最多)\s*(\d+)\s*(个|家|项)/g)) {
    const noun = m[1]!.replace(/^每个?[^推遴选申择]{1,8}?(推荐|遴选|申报|选择)/, '').replace(/(全省|全市|全区|全县)?(遴选|推荐|申报|选择)$/, '').trim();
    const draft = bestType(noun, drafts);
    if (!draft || !noun) continue;
    const from = clauseStart(folded.slice(0, m.index));
    const end = m.index + m[0].length;
    const c = criterion(ctx, block, { text: s.text.slice(from, end), index: s.index + from }, 'quota');
    draft.criteria.push({ ...c, quota: { max: Number(m[2]), unit: m[3]!, per }, text: `${noun}${s.text.slice(m.index + m[1]!.length, end)}`.trim() });
    found++;
  }
  if (found) return;
  for (const m of folded.matchAll(/(\d+)\s*(个|家|项)((?:[^、,，;；。和()]|\([^()]*\)){1,16})/g)) {
    // The thing counted ends where a verb begins: 15个典型园区|开展碳达峰试点建设.
    const noun = m[3]!.split(/开展|进行|参加|作为|申报|建设|创建|实施/)[0]!;
    const draft = bestType(noun, drafts);
    if (!draft) continue;
    // Quote from the start of the clause to this item: 每市申报数量原则上不超过1个县(市、区)、2个园区.
    const from = clauseStart(folded.slice(0, m.index));
    const end = m.index + m[0].length - (m[3]!.length - noun.length);
    // The words before the first counted item of the clause (每市申报数量原则上不超过) head every item.
    const lead = folded.slice(from, m.index).split(/\d+\s*(?:个|家|项)/)[0]!;
    const c = criterion(ctx, block, { text: s.text.slice(from, end), index: s.index + from }, 'quota');
    draft.criteria.push({ ...c, quota: { max: Number(m[1]), unit: m[2]!, per }, text: `${s.text.slice(from, from + lead.length)}${s.text.slice(m.index, end)}`.trim() });
  }
}

/** 达到所有约束指标和70%以上的参考指标（近零碳城市、园区和社区至少分别完成10项、8项与5项参考指标）. */
function readAcceptance(ctx: DocumentContext, block: Block, s: { text: string; index: number }, folded: string, drafts: Draft[]): void {
  const allBinding = /(?:所有|全部)约束(?:性)?指标|约束(?:性)?指标(?:全部|均)(?:达标|达到|完成)/.test(folded);
  const percent = /(\d+(?:\.\d+)?)\s*%\s*(?:以上|及以上)?的?参考(?:性)?指标/.exec(folded) ?? /参考(?:性)?指标(?:达标率|完成率|比例)?\s*(?:不低于|达到|不少于|≥)\s*(\d+(?:\.\d+)?)\s*%/.exec(folded);
  const spread = /([^(（,，]{1,40}?)(?:至少)?分别(?:完成|达到|不少于|不低于)((?:\d+\s*项\s*[、和与及]?\s*)+)/.exec(folded);
  const mins = new Map<Draft, number>();
  if (spread) {
    const names = spread[1]!.split(/[、和与及]/).map((n) => n.trim()).filter(Boolean);
    const counts = [...spread[2]!.matchAll(/(\d+)\s*项/g)].map((m) => Number(m[1]));
    if (names.length === counts.length) names.forEach((n, i) => {
      const d = bestType(n, drafts);
      if (d) mins.set(d, counts[i]!);
    });
  }
  const from = percent ? Math.max(0, folded.lastIndexOf('达到', percent.index)) : 0;
  const close = folded.indexOf(')', percent?.index ?? 0);
  const to = spread ? (close > 0 ? close + 1 : s.text.length) : percent ? percent.index + percent[0].length : s.text.length;
  for (const d of drafts) {
    const c = criterion(ctx, block, { text: s.text.slice(from, to), index: s.index + from }, 'acceptance');
    d.criteria.push({ ...c, acceptance: { allBinding, referencePercent: percent ? Number(percent[1]) : null, referenceMin: mins.get(d) ?? null } });
  }
}
