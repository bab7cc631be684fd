import { anyOf, ELIGIBILITY_HEADINGS, PROCESS_HEADINGS, SUPPORT_HEADINGS } from '../../src/vocabulary/index.ts';
import { forMatching } from '../lib/text.ts';
import type { Block } from '../3-outline/tree.ts';
import type { DocumentContext } from './context.ts';

/**
 * The parts of a call for applications: who may apply and on what terms (申报条件, 负面清单), what
 * is offered (支持标准), and how and by when to apply (申报时间, 申报材料). The rules passes read
 * them; the targets pass leaves them alone, since their figures are conditions and offers.
 */
const ELIGIBILITY = new RegExp(anyOf(ELIGIBILITY_HEADINGS));
const SUPPORT = new RegExp(anyOf(SUPPORT_HEADINGS));
const PROCESS = new RegExp(anyOf(PROCESS_HEADINGS));
/** A title that announces a call: 关于组织申报…的通知, 申请指南, 扶持计划, 资金管理办法. */
const CALL_TITLE = /申报|征集|遴选|推荐|申请指南|申报指南|扶持计划|操作规程|资金管理办法|资金支持政策|支持政策|奖补|补助办法|认定办法/;

const under = (ctx: DocumentContext, block: Block, heading: RegExp) => [...ctx.ancestors(block), block].some((b) => !!b.heading && heading.test(forMatching(b.heading)));

/** Whether a block is, or sits under, a heading of eligibility. */
export function inEligibility(ctx: DocumentContext, block: Block): boolean {
  return under(ctx, block, ELIGIBILITY);
}

/** Whether a block is, or sits under, a heading of what is offered. */
export function inSupport(ctx: DocumentContext, block: Block): boolean {
  return under(ctx, block, SUPPORT);
}

/** Whether a block is, or sits under, a heading of the application process. */
export function inProcess(ctx: DocumentContext, block: Block): boolean {
  return under(ctx, block, PROCESS);
}

/** Whether the document is a call for applications (or rules for a fund): by its title or its headings. */
export function isCall(ctx: DocumentContext, title: string): boolean {
  return CALL_TITLE.test(forMatching(title)) || ctx.blocks.some((b) => b.heading && ELIGIBILITY.test(forMatching(b.heading)));
}
