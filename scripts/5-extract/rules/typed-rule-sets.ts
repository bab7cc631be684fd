import { anyOf, FOLLOWING_WORDS, NEGATIVE_LISTS } from '../../../src/vocabulary/index.ts';
import type { Criterion, RuleSet } from '../../../src/schema/index.ts';
import { calendarDate } from '../../lib/dates.ts';
import { clauseStart, forMatching } from '../../lib/text.ts';
import type { Block } from '../../3-outline/tree.ts';
import type { DocumentContext } from '../context.ts';
import { inEligibility } from '../sections.ts';
import { sentences } from '../sentences.ts';
import { readAcceptance } from './acceptance.ts';
import { criterion, parts, type Draft } from './criteria.ts';
import { readQuotas } from './quotas.ts';
import { matchesOf } from '../../lib/matches.ts';

/** Section headings that state who may apply and on what conditions. */
/** A list of cases that exclude an applicant: 负面清单, 有下列情形之一的，不得申报. */
const NEGATIVE = new RegExp(`${anyOf(NEGATIVE_LISTS)}[^。]{0,12}(?:不得|不予)|负面清单`);
/** A heading of conditions every type shares: 共同条件, 申报对象应同时满足…. */
const SHARED_TYPE = /^(?:共同|通用|基本|一般|所有)?(?:条件|要求)$|^共同条件|^申报(?:对象|单位|主体)$/;
const CONDITIONS = /条件|要求|资格/;
/** 近零碳园区申报对象为…，由园区管委会作为申报主体. */
/** 近零碳园区申报对象为…，由园区管委会作为申报主体, also as a clause: （一）零碳示范园区。申报对象为…. */
const TYPE_SENTENCE =
  /([^,，;；。]{2,20}?)(?:。\s*)?申报对象为([^;；。]{1,80}?)[,，]\s*由([^,，;；。]{1,40}?)作为申报主体/g;
/** (一)碳达峰试点园区应满足以下条件: */
const TYPE_HEADING = new RegExp(
  `^(.+?)(?:还)?(?:申报)?应(?:当)?(?:同时)?(?:满足|具备|符合)${anyOf(FOLLOWING_WORDS)}(?:基本)?条件`,
);
const APPLICANT = /申报主体(?:为|是)([^,，;；。]+)/;
/** 示范县（市、区）由县（市、区）人民政府作为申报主体. */
const APPLICANT_SENTENCE = /(?:^|[,，。;；])\s*([^,，;；。]{2,20}?)由([^,，;；。]{1,40}?)作为申报主体/g;
const DISQUALIFY = /不得|不予|取消.{0,6}资格|不能|不可|一票否决/;

/**
 * Eligibility and acceptance rule sets. Applicant types come from the
 * 申报范围 section (…申报对象为…，由…作为申报主体) or from headings such as
 * 碳达峰试点园区应满足以下条件; each type collects its own numbered
 * conditions, the shared conditions and disqualifiers, the quotas and
 * deadlines the text sets for applications, and the acceptance rule.
 */
export function typedRuleSets(ctx: DocumentContext): RuleSet[] {
  const sections = ctx.blocks.filter((b) => b.kind !== 'front' && inEligibility(ctx, b));
  if (!sections.length) return [];

  const drafts: Draft[] = [];
  /** Applicants named apart from their type's conditions, matched to types afterwards. */
  const named: Array<{ type: string; applicant: string; scope?: string; block: Block; from: number; to: number }> = [];
  /** Headings of conditions every type shares (共同条件): their items are read as shared below. */
  const sharedBlocks = new Set<Block>();
  for (const block of sections) {
    const folded = forMatching(block.text);
    for (const m of matchesOf(TYPE_SENTENCE, folded)) {
      named.push({
        type: block.text.slice(m.index, m.index + m[1]!.length).trim(),
        scope: block.text.substr(m.index + m[0].indexOf(m[2]!), m[2]!.length),
        applicant: block.text.substr(m.index + m[0].lastIndexOf(m[3]!), m[3]!.length),
        block,
        from: m.index,
        to: m.index + m[0].length,
      });
    }
    for (const m of matchesOf(APPLICANT_SENTENCE, folded)) {
      if (/申报对象为/.test(m[0])) continue;
      const typeAt = m.index + m[0].indexOf(m[1]!);
      const applicantAt = m.index + m[0].lastIndexOf(m[2]!);
      named.push({
        type: block.text.slice(typeAt, typeAt + m[1]!.length).trim(),
        applicant: block.text.slice(applicantAt, applicantAt + m[2]!.length),
        block,
        from: typeAt,
        to: m.index + m[0].length,
      });
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
      const draft: Draft = {
        type,
        scope: null,
        applicant: who ? rest.substr(who.index + who[0].indexOf(who[1]!), who[1]!.length) : null,
        block,
        from: 0,
        to: heading[0].length,
        criteria: [],
      };
      for (const child of block.children) {
        if (child.kind !== 'numbered') continue;
        const who = APPLICANT.exec(forMatching(child.text));
        if (who) draft.applicant = child.text.substr(who.index + who[0].indexOf(who[1]!), who[1]!.length);
        for (const part of parts(child.text, /[;；]/)) {
          if (/^优先/.test(part.text)) continue; // a preference, not a condition
          draft.criteria.push(
            criterion(ctx, child, part, DISQUALIFY.test(forMatching(part.text)) ? 'disqualifier' : 'required'),
          );
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
    } else
      drafts.push({
        type: n.type,
        applicant: n.applicant,
        scope: n.scope ?? null,
        block: n.block,
        from: n.from,
        to: n.to,
        criteria: [],
      });
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
    const isHeading =
      sharedBlocks.has(block) ||
      block.children.some((c) => c.kind === 'numbered') ||
      (block.kind === 'numbered' &&
        !!block.heading &&
        CONDITIONS.test(block.heading) &&
        block.heading === block.text.trim());
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
        for (const p of parts(s.text, /[;；]/))
          shared.push(
            criterion(ctx, block, { text: p.text.replace(/[。]$/, ''), index: s.index + p.index }, 'required'),
          );
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
        const d =
          /(?:于|在|截至|截止|至)\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:前|之前|以前|截止)?/.exec(
            folded,
          );
        const date = d ? calendarDate(+d[1]!, +d[2]!, +d[3]!) : null;
        if (d && date && (headingDeadline || /前|截止/.test(d[0]))) {
          // The clause that holds the date: 于2025年1月10日前报送自治区发展改革委.
          const from = clauseStart(folded.slice(0, d.index), ',，;；');
          const rest = folded.slice(d.index).search(/[,，;；。]/);
          const to = rest < 0 ? s.text.length : d.index + rest;
          const phrase = s.text.slice(from, to).trim();
          const c = criterion(ctx, block, { text: phrase, index: s.index + from }, 'deadline');
          const heading =
            block.heading && !phrase.startsWith(block.heading)
              ? block.heading.replace(/[(（][^()（）]*[)）]$/, '')
              : null;
          general.push({
            ...c,
            date,
            ...ctx.cite(block, s.index + d.index, s.index + d.index + d[0].length),
            text: heading ? `${heading}：${phrase}` : phrase,
          });
        }
      }
      if (/验收/.test(folded) && /指标/.test(folded) && /\d+\s*%/.test(folded))
        readAcceptance(ctx, block, s, folded, drafts);
    }
  }

  return drafts.map((d) => {
    const id = ctx.idFor(d.block.id!, 'rules');
    // In the order the text gives them: shared conditions before a type's own when they come first.
    const all = [...d.criteria, ...shared, ...general]
      .sort((x, y) => x.line - y.line)
      .filter(
        (c, k, list) => list.findIndex((o) => o.kind === c.kind && o.quote === c.quote && o.line === c.line) === k,
      );
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
