import { DUTY_ACTIONS } from '../../../src/vocabulary/index.ts';
import { forMatching } from '../../lib/text.ts';
import type { Block } from '../../3-outline/tree.ts';
import type { DocumentContext } from '../context.ts';
import { hasMarkup, isGeneric, isOrgName } from '../departments/names.ts';
import { assign } from './assign.ts';
import type { DraftTask } from './draft.ts';
import { numberOf } from './note-tasks.ts';

/** `办公室：负责…`, `市房屋征收中心：协同推进…`: a body, a colon, its duties. */
const ROW = /^\s*(?<body>[\u4e00-\u9fa5（）()]{2,24}?)\s*[:：]\s*(?<duty>\S.*)$/;
const PARTNER_OPENINGS = DUTY_ACTIONS.find(([r]) => r === 'partner')![1];

function rowOf(block: Block): { body: string; duty: string } | null {
  if (block.kind !== 'paragraph') return null;
  const m = ROW.exec(block.text);
  if (!m || !isOrgName(m.groups!.body!) || hasMarkup(m.groups!.body!)) return null;
  return { body: m.groups!.body!, duty: m.groups!.duty! };
}

/**
 * Tasks from a division of labour written as rows of `body：duties` (具体业务分工如下： ⏎ 办公室：… ⏎
 * 组织人事科：…): a run of at least two such paragraphs, each one body's duty. A body whose duty
 * opens with 协同 / 配合 supports; the others are responsible.
 */
export function dutyRows(ctx: DocumentContext, taskClauses: Set<string>): DraftTask[] {
  const out: DraftTask[] = [];
  const rows = ctx.blocks.map(rowOf);
  ctx.blocks.forEach((block, i) => {
    const row = rows[i];
    if (!row || taskClauses.has(block.id!)) return;
    const inRun = !!rows[i - 1] || !!rows[i + 1];
    if (!inRun || isGeneric(row.body, ctx.level)) return;
    const role = PARTNER_OPENINGS.some((w) => forMatching(row.duty).startsWith(w)) ? 'partner' : 'responsible';
    const cited = ctx.cite(block, 0, block.text.length);
    const who = assign([{ text: row.body, role }], ctx, cited.line);
    // A supporting body with no one named to lead is still the one this row gives the duty to.
    if (role === 'partner' && !who.leads.length) {
      who.partners = who.partners.length ? who.partners : who.responsible;
    }
    const numbered = ctx.ancestors(block).findLast((a) => a.kind === 'numbered');
    out.push({
      id: ctx.idFor(block.id!, 'task'),
      document: ctx.id,
      kind: 'statement',
      number: numberOf(numbered?.marker ?? null),
      title: row.duty.slice(0, 30),
      ...who,
      inherited: [],
      category: null,
      text: block.text,
      ...cited,
      url: `/documents/${ctx.id}/#${block.id}`,
    });
  });
  return out;
}
