import {
  ACCEPTANCE_HEADINGS,
  anyOf,
  CALL_TITLE_WORDS,
  ELIGIBILITY_HEADINGS,
  MATERIAL_HEADINGS,
  PILOT_WORDS,
  PROCESS_HEADINGS,
  SCOPE_HEADINGS,
  SUPPORT_HEADINGS,
} from '../../src/vocabulary/index.ts';
import { forMatching } from '../lib/text.ts';
import type { Block } from '../3-outline/tree.ts';
import type { DocumentContext } from './context.ts';

/**
 * The parts of a call for applications: what may be applied for (征集范围), who may apply and on
 * what terms (申报条件, 负面清单), what is offered (支持标准), what a project must achieve (考核指标),
 * what an application holds (申报材料), and how and by when to apply (申报时间). The rules passes
 * read them; the targets pass leaves them alone, since their figures are conditions and offers.
 */
export type SectionKind = 'materials' | 'acceptance' | 'support' | 'scope' | 'conditions' | 'process';

/** Most specific first: 申报材料 is about materials before it is about applying. */
const KINDS: Array<[SectionKind, RegExp]> = [
  ['materials', new RegExp(anyOf(MATERIAL_HEADINGS))],
  ['acceptance', new RegExp(anyOf(ACCEPTANCE_HEADINGS))],
  ['support', new RegExp(anyOf(SUPPORT_HEADINGS))],
  ['scope', new RegExp(anyOf(SCOPE_HEADINGS))],
  ['conditions', new RegExp(anyOf(ELIGIBILITY_HEADINGS))],
  ['process', new RegExp(anyOf(PROCESS_HEADINGS))],
];

/**
 * What a heading says its section is for, or null. A long item's first sentence is no heading
 * (…适用范围800℃…). A heading that names two parts (申报条件和资助标准) is about the one it names
 * first; at one place, the more specific kind wins (申报材料 before 申报).
 */
export function kindOfHeading(heading: string): SectionKind | null {
  const text = forMatching(heading);
  if (text.length > 16) return null;
  let best: { kind: SectionKind; at: number } | null = null;
  for (const [kind, pattern] of KINDS) {
    const at = text.search(pattern);
    if (at >= 0 && (!best || at < best.at)) best = { kind, at };
  }
  return best?.kind ?? null;
}

/** A paragraph that labels what follows it: 考核指标：, 有关说明：, 研究内容：… (its own content may follow the colon). */
const LABEL = /^\s*(?<label>[\u4e00-\u9fa5]{2,10})\s*[:：]\s*/;

/** The label a paragraph opens with and the section kind it names (null for 研究内容 and the like), or undefined. */
export function labelOf(block: Block): { kind: SectionKind | null; length: number } | undefined {
  if (block.kind !== 'paragraph') return undefined;
  const m = LABEL.exec(forMatching(block.text));
  if (!m) return undefined;
  const kind = kindOfHeading(m.groups!.label!);
  // 研究内容： names content that is no condition; other labels without a kind (以下要求：) name nothing.
  if (!kind && !/内容$/.test(m.groups!.label!)) return undefined;
  return { kind, length: m[0].length };
}

const under = (ctx: DocumentContext, block: Block, kinds: SectionKind[]) =>
  [...ctx.ancestors(block), block].some((b) => !!b.heading && kinds.includes(kindOfHeading(b.heading)!));

/** Whether a block is, or sits under, a heading of eligibility or of what may be applied for. */
export function inEligibility(ctx: DocumentContext, block: Block): boolean {
  return under(ctx, block, ['conditions', 'scope']);
}

/** Whether a block is, or sits under, a heading of what is offered. */
export function inSupport(ctx: DocumentContext, block: Block): boolean {
  return under(ctx, block, ['support']);
}

/** Whether a block is, or sits under, a heading of what a project must achieve (a plan's 主要指标 in a plan). */
export function inAcceptance(ctx: DocumentContext, block: Block): boolean {
  return under(ctx, block, ['acceptance']);
}

/** A title that announces a call: 关于组织申报…的通知, 申请指南, 扶持计划, 资金管理办法. */
const CALL_TITLE = new RegExp(
  `${anyOf(CALL_TITLE_WORDS)}|(?:开展|组织)[^，。]{0,20}${anyOf(PILOT_WORDS)}[^，。]{0,6}的通知`,
);

/** Whether the document is a call for applications (or rules for a fund): by its title or its headings. */
export function isCall(ctx: DocumentContext, title: string): boolean {
  return (
    CALL_TITLE.test(forMatching(title)) ||
    ctx.blocks.some((b) => b.heading && kindOfHeading(b.heading) === 'conditions')
  );
}

/**
 * The section kind of every block, in reading order: from the nearest heading that names one, or
 * from a label paragraph before it (考核指标： ⏎ (1)… ⏎ (2)…) until the next label or a heading
 * above the label's level.
 */
export function sectionKinds(ctx: DocumentContext): Map<Block, SectionKind | null> {
  const out = new Map<Block, SectionKind | null>();
  // A label holds for the list after it: until the next label, a heading that names a section, or a
  // numbered item of another style than the list's (the list has ended; nesting depth is no guide,
  // as a PDF's restarting numbers can nest a list under the item before its label).
  let label: { kind: SectionKind | null; listStyle: string | null } | null = null;
  for (const block of ctx.blocks) {
    const own = block.heading ? kindOfHeading(block.heading) : null;
    const labelled = labelOf(block);
    if (labelled) label = { kind: labelled.kind, listStyle: null };
    else if (label && own) label = null;
    else if (label && block.kind === 'numbered') {
      if (label.listStyle === null) label.listStyle = block.style;
      else if (block.style !== label.listStyle) label = null;
    } else if (
      label &&
      block.kind === 'paragraph' &&
      block.text.length <= 30 &&
      !/[，,。；;：:、]/.test(forMatching(block.text))
    )
      label = null;
    let kind: SectionKind | null = labelled ? labelled.kind : (own ?? label?.kind ?? null);
    if (kind === null && !label) {
      for (const a of [...ctx.ancestors(block)].reverse()) {
        const k = a.heading ? kindOfHeading(a.heading) : null;
        if (k) {
          kind = k;
          break;
        }
      }
    }
    out.set(block, kind);
  }
  return out;
}
