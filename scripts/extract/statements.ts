import { forMatching } from '../lib/text.ts';
import { assign } from './assign.ts';
import type { DocumentContext } from './context.ts';
import { isGeneric, isOrgName, splitNames } from './department-names.ts';
import type { DraftTask } from './draft.ts';
import { sentences } from './sentences.ts';

/** A duty sentence: `X负责…`, `X牵头…`, `X(将)会同Y、Z等部门…`, the subject opening a sentence or a comma clause. */
const DUTY = /(?:^|[,，])\s*((?:[\u4e00-\u9fa5〔〕()]{2,30}?)(?:、[\u4e00-\u9fa5〔〕()]{2,30}?)*)(?:要|将|应|应当|须|必须)?(负责|牵头|会同)/g;
const PARTNER_END = /(等(?:有关|相关)?部门|等单位|[,，。；;]|成立|建立|组建|利用|定期|开展|研究|制定|组织|推进|做好|对|共同|在)/;

/**
 * Statement tasks: sentences outside the numbered tasks that assign a duty to
 * a named department. A subject that is not a public body (企业牵头承担…) or
 * only a generic phrase (各市生态环境局负责…) assigns nothing here.
 */
export function extractStatements(ctx: DocumentContext, taskClauses: Set<string>, counter: { n: number }): DraftTask[] {
  const out: DraftTask[] = [];
  for (const block of ctx.blocks) {
    if (block.kind === 'front' || block.kind === 'table' || taskClauses.has(block.id!)) continue;
    for (const s of sentences(block.text)) {
      const folded = forMatching(s.text);
      for (const m of folded.matchAll(DUTY)) {
        const subject = s.text.slice(m.index + m[0].indexOf(m[1]!), m.index + m[0].indexOf(m[1]!) + m[1]!.length);
        const names = splitNames(subject);
        if (!names.length || !names.every(isOrgName) || names.every((n) => isGeneric(n, ctx.level))) continue;
        const verb = m[2]!;
        let partners: string[] = [];
        if (verb === '会同') {
          const after = s.text.slice(m.index + m[0].length);
          const end = forMatching(after).search(PARTNER_END);
          partners = [after.slice(0, end < 0 ? after.length : end)];
          const tail = forMatching(after.slice(end)).match(/^等((?:有关|相关)?部门|单位)/);
          if (tail && /有关|相关/.test(tail[1]!)) partners.push(tail[1]!);
        }
        const r = verb === '负责' ? { leads: [], partners, responsible: [subject] } : { leads: [subject], partners, responsible: [] };
        const from = s.index;
        const cited = ctx.cite(block, from, from + s.text.length);
        const who = assign(r, ctx, cited.line);
        if (!who.leads.length && !who.responsible.length) continue;
        counter.n++;
        out.push({
          id: `${ctx.id}/${block.id}/duty-${counter.n}`,
          document: ctx.id,
          kind: 'statement',
          number: `职责${counter.n}`,
          title: block.heading ?? ctx.ancestors(block).at(-1)?.heading ?? s.text.slice(0, 30),
          ...who,
          inherited: [],
          category: null,
          text: s.text,
          ...cited,
          url: `/documents/${ctx.id}/#${block.id}`,
        });
      }
    }
  }
  return out;
}
