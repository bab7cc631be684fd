import { forMatching } from '../lib/text.ts';
import { assign } from './assign.ts';
import type { DocumentContext } from './context.ts';
import { isGeneric, isGenericPhrase, isOrgName, splitNames } from './department-names.ts';
import type { DraftTask } from './draft.ts';
import { sentences } from './sentences.ts';

const NAME = '[\\u4e00-\\u9fa5〔〕()]{2,30}?';
/** A duty: `X负责…`, `X牵头…`, `X(将)会同Y…`, `由X牵头/负责`, `X配合…`, `X按照各自职责…`, opening a sentence or a comma clause. */
const DUTY = new RegExp(`(?:^|[,，])\\s*(?:[^,，]{0,20}?由)?(${NAME}(?:、${NAME})*)(?:要|将|应|应当|须|必须)?(负责|牵头|会同|配合|协助|按照各自职责|按各自职责|按职责)`, 'g');
/** The bodies a 会同 names: whole names joined by 、, then 等(有关)部门. */
const UNIT = '[\\u4e00-\\u9fa5〔〕()]{2,20}(?:局|委|厅|办|室|部|中心|所|院|政府|公司|分局|海关|党校|委员会|办公室)(?=[、和等,，;；。]|对|建立|成立|组建|开展|研究|制定|组织|推进|做好|定期|利用|共同|在|按照|将|加强|实施|进行|联合|完善|$)';
const PARTNER_LIST = new RegExp(`^(${UNIT}(?:[、和]${UNIT})*)(等(?:有关|相关)?部门|等单位)?`);
const SUPPORT = /^(配合|协助|按照各自职责|按各自职责|按职责)$/;

/**
 * Statement tasks: sentences outside the numbered tasks that assign a duty to
 * a named department. One sentence is one duty: its first named subject leads
 * (牵头, 会同) or is responsible (负责); bodies in its later comma clauses
 * support (…配合, …按照各自职责) and generic ones (各县（区）人民政府负责…) are
 * kept as written. A subject that is not a public body (企业牵头承担…) assigns nothing.
 */
export function extractStatements(ctx: DocumentContext, taskClauses: Set<string>, counter: { n: number }): DraftTask[] {
  const out: DraftTask[] = [];
  for (const block of ctx.blocks) {
    if (block.kind === 'front' || block.kind === 'table' || taskClauses.has(block.id!)) continue;
    for (const s of sentences(block.text)) {
      const folded = forMatching(s.text);
      const r = { leads: [] as string[], partners: [] as string[], responsible: [] as string[] };
      const generic: string[] = [];
      let main = false;
      for (const m of folded.matchAll(DUTY)) {
        const at = m.index + m[0].lastIndexOf(m[1]!, m[0].length - m[2]!.length);
        const subject = s.text.slice(at, at + m[1]!.length);
        const names = splitNames(subject);
        if (!names.length || !names.every((n) => isOrgName(n) || isGenericPhrase(n))) continue;
        const named = names.filter((n) => !isGeneric(n, ctx.level));
        const verb = m[2]!;
        if (!main) {
          if (!named.length || SUPPORT.test(verb)) continue;
          main = true;
          (verb === '负责' ? r.responsible : r.leads).push(subject);
          if (verb === '会同') readCompanions(s.text.slice(m.index + m[0].length), r.partners, generic);
        } else if (!named.length) {
          generic.push(...names);
        } else {
          (r.leads.length ? r.partners : SUPPORT.test(verb) ? r.partners : r.responsible).push(subject);
        }
      }
      // 由X牵头，会同Y、Z…: the bodies after a 会同 that opens a later clause support the lead.
      if (main && r.leads.length) {
        for (const m of folded.matchAll(/[,，]\s*(?:并)?会同/g)) readCompanions(s.text.slice(m.index + m[0].length), r.partners, generic);
      }
      if (!main) continue;
      const cited = ctx.cite(block, s.index, s.index + s.text.length);
      const who = assign(r, ctx, cited.line);
      for (const g of generic) if (!who.generic.includes(g)) who.generic.push(g);
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
  return out;
}

/** The bodies after a 会同: named ones support the duty; 等有关部门 / 有关部门 are kept as generic. */
function readCompanions(after: string, partners: string[], generic: string[]): void {
  const folded = forMatching(after);
  const list = PARTNER_LIST.exec(folded);
  if (list) partners.push(after.slice(0, list[1]!.length).replace(/[、和]$/, ''));
  if (list?.[2] && /有关|相关/.test(list[2])) generic.push(list[2].replace(/^等/, ''));
  else if (!list) {
    const g = /^([\u4e00-\u9fa5]{0,3}(?:有关|相关)(?:部门|单位))/.exec(folded);
    if (g) generic.push(g[1]!);
  }
}
