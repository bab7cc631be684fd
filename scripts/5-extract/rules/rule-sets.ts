import { anyOf, CALL_TITLE_WORDS, DOCUMENT_KINDS } from '../../../src/vocabulary/index.ts';
import type { Criterion, RuleSet } from '../../../src/schema/index.ts';
import { forMatching } from '../../lib/text.ts';
import type { Block } from '../../3-outline/tree.ts';
import type { DocumentContext } from '../context.ts';
import { isCall, kindOfHeading } from '../sections.ts';
import { callCriteria } from './call-criteria.ts';
import { typedRuleSets } from './typed-rule-sets.ts';

type Found = Omit<Criterion, 'id'>;

/** Who applies, as a call says it: 申报单位应为…企业, 申报主体为…, 具有独立法人资格的企业. */
const APPLICANT =
  /(?:申报|申请|推荐)(?:单位|主体|对象)(?:原则上)?(?:应|须|必须)?(?:为|是)(?:申报主体为)?(?<who>[^，,。；;]{2,60})/;
const LEGAL_PERSON = /具有?(?:独立)?法人资格的(?<who>[\u4e00-\u9fa5、]{2,16}?)(?=[，,。；;]|$)/;

/** Words around what a call is for, dropped from its title: 关于组织申报2022年度…的通知 → … */
const TITLE_WRAP = new RegExp(
  `^(?:[\\u4e00-\\u9fa5]{0,12}?关于)?(?:组织)?(?:开展|做好)?(?:${anyOf(CALL_TITLE_WORDS)})?` +
    `|(?:工作)?(?:的)?${anyOf(DOCUMENT_KINDS)}$`,
  'g',
);

function applicantIn(ctx: DocumentContext): string | null {
  for (const block of ctx.blocks) {
    const folded = forMatching(block.text);
    const m = APPLICANT.exec(folded) ?? LEGAL_PERSON.exec(folded);
    if (m) {
      const at = m.index + m[0].lastIndexOf(m.groups!.who!);
      return block.text
        .slice(at, at + m.groups!.who!.length)
        .replace(/的$/, '')
        .trim();
    }
  }
  return null;
}

/** Applicant types: the items a 征集范围 / 支持范围 heading lists, each by its own heading. */
function typesIn(ctx: DocumentContext): Array<{ type: string; block: Block }> {
  const out: Array<{ type: string; block: Block }> = [];
  for (const block of ctx.blocks) {
    if (block.kind !== 'numbered' || !block.heading) continue;
    const parent = ctx.ancestors(block).at(-1);
    if (parent?.heading && kindOfHeading(parent.heading) === 'scope')
      out.push({ type: block.heading.replace(/[。.]$/, ''), block });
  }
  return out.filter((t) => t.type.length <= 40);
}

/**
 * Eligibility rule sets. Where the text names applicant types with their own conditions (…应满足以下
 * 条件), each type gets its conditions, the shared ones, quotas, deadlines and acceptance rules;
 * what the call offers is added to each. Any other call for applications gets rule sets from its
 * 征集范围 items (or one for the call as a whole) holding every criterion the call states.
 */
export function ruleSets(ctx: DocumentContext, title: string): RuleSet[] {
  const typed = typedRuleSets(ctx);
  const scanned = isCall(ctx, title) || typed.length ? callCriteria(ctx) : [];
  if (typed.length) {
    const overlaps = (a: Found, b: Found) => a.span.start < b.span.end && b.span.start < a.span.end;
    return typed.map((set) => {
      const extra = scanned.filter((c) => c.kind === 'support' && !set.criteria.some((o) => overlaps(o, c)));
      return {
        ...set,
        criteria: withIds(
          set.id,
          [...set.criteria, ...extra].sort((a, b) => a.span.start - b.span.start),
        ),
      };
    });
  }
  if (!scanned.length) return [];
  const applicant = applicantIn(ctx);
  const types = typesIn(ctx);
  const body = ctx.blocks.find((b) => b.kind !== 'front') ?? ctx.blocks[0]!;
  const whole =
    title
      .replace(TITLE_WRAP, '')
      .replace(/^\d{4}\s*年度?/, '')
      .trim() || title;
  const sets = types.length ? types : [{ type: whole, block: body }];
  return sets.map(({ type, block }) => {
    const id = ctx.idFor(block.id!, 'rules');
    const heading = block.heading ?? block.text.slice(0, 40);
    return {
      id,
      document: ctx.id,
      applicantType: type,
      applicant,
      scope: null,
      ...ctx.cite(block, 0, Math.min(block.text.length, Math.max(1, heading.length))),
      criteria: withIds(id, scanned),
    };
  });
}

/** Criterion ids within a rule set: `<rule id>/<kind>-<n>` in text order. */
function withIds(ruleId: string, criteria: Array<Found | Criterion>): Criterion[] {
  const counts: Record<string, number> = {};
  return criteria.map((c) => ({ ...c, id: `${ruleId}/${c.kind}-${(counts[c.kind] = (counts[c.kind] ?? 0) + 1)}` }));
}
