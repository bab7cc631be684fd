import {
  anyOf,
  DUTY_MANNERS,
  MODALS,
  ORG_SUFFIXES,
  SENTENCE_VERBS,
  VERBS_AFTER_BODIES,
  WITH_PARTNERS,
  type Role,
} from '../../../src/vocabulary/index.ts';
import { forMatching } from '../../lib/text.ts';
import type { DocumentContext } from '../context.ts';
import { isGeneric, isGenericPhrase, isOrgName, splitNames } from '../departments/names.ts';
import { sentences } from '../sentences.ts';
import { assign } from './assign.ts';
import type { DraftTask } from './draft.ts';
import { numberOf } from './note-tasks.ts';
import { matchesOf } from '../../lib/matches.ts';

const NAME = '[\\u4e00-\\u9fa5〔〕()（）]{2,30}?';
/** Verbs a sentence gives a duty by, and the role each gives its subject. */
const VERBS: ReadonlyArray<readonly [string, Role | 'with']> = [
  ...SENTENCE_VERBS.flatMap(([role, words]) => words.map((w) => [w, role] as const)),
  ...WITH_PARTNERS.map((w) => [w, 'with'] as const),
  ...DUTY_MANNERS.filter((m) => m.includes('职责')).map((w) => [w, 'partner'] as const),
];
/** A list of bodies named by their field, closed by 等部门 / 等单位. */
const FIELD_LIST = /、[^、]{2,6}等(?:有关|相关)?(?:部门|单位)$/;
const verbRole = (verb: string) => VERBS.find(([w]) => w === verb)?.[1] ?? 'responsible';
/** A duty: `X负责…`, `X牵头…`, `X(将)会同Y…`, `由X牵头/负责`, `X配合…`, opening a sentence or a comma clause. */
const DUTY = new RegExp(
  `(?:^|[,，])\\s*(?:[^,，]{0,20}?由)?(?:根据|按照|依据|依照|经)?(?<subject>${NAME}(?:、${NAME})*)` +
    `(?:${anyOf(MODALS)})?(?<verb>${anyOf(VERBS.map(([w]) => w))})(?!制|人|同志|任|的)`,
  'g',
);
/** The bodies a 会同 names: whole names joined by 、, then 等(有关)部门, before the sentence's own verb. */
const UNIT = `[\\u4e00-\\u9fa5〔〕()]{2,20}${anyOf(ORG_SUFFIXES)}(?=[、和等,，;；。]|${anyOf(VERBS_AFTER_BODIES)}|$)`;
const PARTNER_LIST = new RegExp(`^(?<list>${UNIT}(?:[、和]${UNIT})*)(?<rest>等(?:有关|相关)?部门|等单位)?`);
const LATER_WITH = new RegExp(`[,，]\\s*(?:并)?${anyOf(WITH_PARTNERS)}`, 'g');

/** The bodies after a 会同: named ones support the duty; 等有关部门 / 有关部门 are kept as generic. */
function readCompanions(after: string, partners: string[], generic: string[]): void {
  const folded = forMatching(after);
  const list = PARTNER_LIST.exec(folded);
  if (list) {
    const names = splitNames(after.slice(0, list.groups!.list!.length)).filter(
      (n) => isOrgName(n) && !n.includes('等'),
    );
    if (names.length) partners.push(names.join('、'));
    if (list.groups!.rest && /有关|相关/.test(list.groups!.rest)) generic.push(list.groups!.rest.replace(/^等/, ''));
  } else {
    const g = /^([\u4e00-\u9fa5]{0,3}(?:有关|相关)(?:部门|单位))/.exec(folded);
    if (g) generic.push(g[1]!);
  }
}

/**
 * Tasks from sentences that give a duty to a named body, outside the clauses that carry notes. One
 * sentence is one duty: its first named subject leads (牵头, 会同) or is responsible (负责); bodies
 * in its later comma clauses support (…配合, …按照各自职责) and generic ones (各县（区）人民政府负责…)
 * are kept as written. A subject that is not a public body (企业牵头承担…) assigns nothing.
 */
export function dutySentences(ctx: DocumentContext, taskClauses: Set<string>): DraftTask[] {
  const out: DraftTask[] = [];
  for (const block of ctx.blocks) {
    if (block.kind === 'front' || block.kind === 'table' || taskClauses.has(block.id!)) continue;
    for (const s of sentences(block.text)) {
      const folded = forMatching(s.text);
      const lists: Array<{ text: string; role: Role }> = [];
      const fieldNames: string[] = [];
      const generic: string[] = [];
      let main = false;
      let hasLead = false;
      for (const m of matchesOf(DUTY, folded)) {
        const subjectAt = m.index + m[0].lastIndexOf(m.groups!.subject!, m[0].length - m.groups!.verb!.length);
        const subject = s.text.slice(subjectAt, subjectAt + m.groups!.subject!.length);
        const names = splitNames(subject);
        // 发改、民政、城市管理等部门参与: bodies named by their field, the list closed by 等部门, support a named lead.
        const fields =
          main &&
          hasLead &&
          FIELD_LIST.test(forMatching(subject)) &&
          names.every((n) => /^[\u4e00-\u9fa5]{2,6}$/.test(n) && !isOrgName(n));
        if (fields) {
          fieldNames.push(...names);
          continue;
        }
        if (!names.length || !names.every((n) => isOrgName(n) || isGenericPhrase(n))) continue;
        const named = names.filter((n) => !isGeneric(n, ctx.level));
        const role = verbRole(m.groups!.verb!);
        if (!main) {
          if (!named.length || role === 'partner') continue;
          main = true;
          hasLead = role !== 'responsible';
          lists.push({ text: subject, role: role === 'with' ? 'lead' : role });
          if (role === 'with') {
            const partners: string[] = [];
            readCompanions(s.text.slice(m.index + m[0].length), partners, generic);
            for (const p of partners) lists.push({ text: p, role: 'partner' });
          }
        } else if (!named.length) {
          generic.push(...names);
        } else {
          lists.push({ text: subject, role: hasLead || role === 'partner' ? 'partner' : 'responsible' });
        }
      }
      // 由X牵头，会同Y、Z…: the bodies after a 会同 that opens a later clause support the lead.
      if (main && hasLead) {
        for (const m of matchesOf(LATER_WITH, folded)) {
          const partners: string[] = [];
          readCompanions(s.text.slice(m.index + m[0].length), partners, generic);
          for (const p of partners) lists.push({ text: p, role: 'partner' });
        }
      }
      if (!main) continue;
      const cited = ctx.cite(block, s.index, s.index + s.text.length);
      const who = assign(lists, ctx, cited.line);
      for (const g of generic) if (!who.generic.includes(g)) who.generic.push(g);
      for (const f of fieldNames) if (!who.partners.includes(f)) who.partners.push(f);
      if (!who.leads.length && !who.responsible.length) continue;
      const numbered = block.kind === 'numbered' ? block : ctx.ancestors(block).findLast((a) => a.kind === 'numbered');
      out.push({
        id: ctx.idFor(block.id!, 'task'),
        document: ctx.id,
        kind: 'statement',
        number: numberOf(numbered?.marker ?? null),
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
