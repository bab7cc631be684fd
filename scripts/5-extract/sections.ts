import type { Block } from '../3-outline/tree.ts';
import type { DocumentContext } from './context.ts';

/**
 * Headings of sections that say who may apply and on what terms (申报条件,
 * 负面清单, 名额分配). The rules extractor reads them; the targets extractor
 * leaves them alone, since their thresholds are conditions, not commitments.
 */
const ELIGIBILITY = /申报(范围|条件|主体|对象|要求|基础条件)|申请条件|参评条件|遴选条件|基本条件|创建条件|申报资格|推荐名额|名额分配|负面清单/;

/** Whether a block is, or sits under, an eligibility heading. */
export function inEligibility(ctx: DocumentContext, block: Block): boolean {
  return [...ctx.ancestors(block), block].some((b) => !!b.heading && ELIGIBILITY.test(b.heading));
}
