import { forMatching } from '../lib/text.ts';

/** Who does what, as read from one responsibility note; names as written. */
export interface Responsibility {
  leads: string[];
  partners: string[];
  responsible: string[];
  /** Inherited duties declared here: 以下均需各县区落实，不再列出 / 下同. */
  inherits: Array<{ phrase: string; role: 'partner' | 'responsible'; index: number; length: number }>;
  /** Other segments: a deadline (6月底完成) or words not understood. */
  rest: Array<{ text: string; index: number }>;
}

const LABEL = /^(牵头单位|牵头部门|主办单位|主责单位|责任单位|责任部门|负责单位|配合单位|配合部门|协办单位|参与单位|协同单位|协助单位)\s*[:：]\s*/;
const ROLE_OF_LABEL: Record<string, 'lead' | 'partner' | 'responsible'> = {
  牵头单位: 'lead', 牵头部门: 'lead', 主办单位: 'lead', 主责单位: 'lead',
  责任单位: 'responsible', 责任部门: 'responsible', 负责单位: 'responsible',
  配合单位: 'partner', 配合部门: 'partner', 协办单位: 'partner', 参与单位: 'partner', 协同单位: 'partner', 协助单位: 'partner',
};
const LEAD_SUFFIX = /^(.+?)(?:共同)?牵头$/;
const DUTY_SUFFIX = /^(.+?)(?:等部门|等单位|等)?(按职责分工负责|按职责分工落实|按职责负责|分工负责|负责落实|负责|配合|参与|协同|落实)$/;
const INHERIT = /以下(?:所有|各项)?(?:工作)?(?:任务)?(?:均)?(?:需|由)?(.+?)(?:负责)?(落实|负责|配合)[,，]?\s*不再(?:一一)?列出/;

/** Whether a parenthesised note assigns duties (so it is a responsibility note, not an aside). */
export function isResponsibilityNote(text: string): boolean {
  const t = forMatching(text);
  return /牵头|按职责|分工负责|负责落实|责任单位|责任部门|配合单位|配合部门|牵头单位|牵头部门|主办单位|协办单位/.test(t) || /^[^,，。；;]{3,40}负责$/.test(t.trim());
}

/**
 * Reads a responsibility note such as
 * `市发改委牵头，市住建局等部门按职责分工负责` or
 * `牵头单位：市生态环境局；配合单位：市水务局` or `6月底完成，责任单位：市XX局`.
 * Indices in the result are offsets into `note`.
 */
export function readResponsibility(note: string): Responsibility {
  const result: Responsibility = { leads: [], partners: [], responsible: [], inherits: [], rest: [] };
  const folded = forMatching(note);

  // Segments: split on 。；; always, and on ，, before a label or after a role word.
  const segments: Array<{ text: string; index: number }> = [];
  let start = 0;
  const push = (end: number) => {
    const raw = note.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim()) segments.push({ text: raw.trim(), index: start + lead });
  };
  for (let i = 0; i < folded.length; i++) {
    const c = folded[i]!;
    const before = folded.slice(start, i);
    const after = folded.slice(i + 1);
    const hard = c === '。' || c === ';' || c === '；';
    const soft = c === ',' && !/^\s*不再/.test(after) && (LABEL.test(after.trimStart()) || /牵头$|负责$|配合$|落实$|列出$/.test(before) || /^以下/.test(after.trimStart()) || /^\s*\d{1,2}\s*月/.test(after) || /(完成|前|底)$/.test(before));
    if (hard || soft) {
      push(i);
      start = i + 1;
    }
  }
  push(folded.length);

  // A lead is "partner" context for 按职责分工负责 lists; with no lead they are responsible.
  const hasLead = segments.some((s) => LEAD_SUFFIX.test(forMatching(s.text)) || /^(牵头单位|牵头部门|主办单位|主责单位)/.test(forMatching(s.text)));

  // A segment with no label of its own continues the list of the label before it (责任单位：甲、乙；丙).
  let lastLabel: 'lead' | 'partner' | 'responsible' | null = null;
  for (const seg of segments) {
    const text = forMatching(seg.text);
    const inherit = INHERIT.exec(text);
    if (inherit) {
      const phrase = seg.text.slice(inherit.index, inherit.index + inherit[0].length);
      const who = seg.text.slice(inherit.index + inherit[0].indexOf(inherit[1]!), inherit.index + inherit[0].indexOf(inherit[1]!) + inherit[1]!.length);
      result.inherits.push({ phrase: who, role: inherit[2] === '配合' ? 'partner' : 'responsible', index: seg.index + inherit.index, length: phrase.length });
      const before = seg.text.slice(0, inherit.index).replace(/[,，]\s*$/, '');
      if (before.trim()) classify({ text: before, index: seg.index });
      continue;
    }
    classify(seg);
  }

  function classify(seg: { text: string; index: number }) {
    const text = forMatching(seg.text);
    const label = LABEL.exec(text);
    if (label) {
      // 责任单位 beside a named lead supports it: responsible is for tasks with no lead.
      const role = ROLE_OF_LABEL[label[1]!] === 'responsible' && hasLead ? 'partner' : ROLE_OF_LABEL[label[1]!]!;
      lastLabel = role;
      // A label's list may run on into a duty of its own: 牵头单位：市水利局，各县区人民政府负责落实.
      const list = seg.text.slice(label[0].length);
      const parts = list.split(/[,，]/);
      const own: string[] = [];
      let offset = label[0].length;
      for (const part of parts) {
        if (own.length && DUTY_SUFFIX.test(forMatching(part.trim()))) classify({ text: part.trim(), index: seg.index + offset });
        else own.push(part);
        offset += part.length + 1;
      }
      const names = own.join('，').trim();
      if (role === 'lead') result.leads.push(names);
      else if (role === 'partner') result.partners.push(names);
      else result.responsible.push(names);
      return;
    }
    const lead = LEAD_SUFFIX.exec(text);
    if (lead) {
      result.leads.push(seg.text.slice(0, lead[1]!.length));
      return;
    }
    const downstream = /^(.+?)[、,，]?下同$/.exec(text);
    if (downstream) {
      const phrase = seg.text.slice(0, downstream[1]!.length);
      result.inherits.push({ phrase: stripDuty(phrase), role: hasLead ? 'partner' : 'responsible', index: seg.index, length: seg.text.length });
      return;
    }
    const duty = DUTY_SUFFIX.exec(text);
    if (duty) {
      const names = seg.text.slice(0, duty[1]!.length);
      (hasLead ? result.partners : result.responsible).push(names);
      return;
    }
    if (lastLabel && !/\d|月|年|完成|前/.test(text)) {
      (lastLabel === 'lead' ? result.leads : lastLabel === 'partner' ? result.partners : result.responsible).push(seg.text);
      return;
    }
    result.rest.push(seg);
  }
  return result;
}

function stripDuty(phrase: string): string {
  const m = DUTY_SUFFIX.exec(forMatching(phrase));
  return m ? phrase.slice(0, m[1]!.length) : phrase;
}

/** Finds the last balanced parenthesis in a text: its content and position. Unclosed → `unclosed`. */
export function lastParenthesis(text: string): { inner: string; start: number; end: number; unclosed: boolean } | null {
  const folded = forMatching(text);
  let end = folded.length - 1;
  while (end >= 0 && /[\s。．.；;]/.test(folded[end]!)) end--;
  if (folded[end] === ')') {
    let depth = 0;
    for (let i = end; i >= 0; i--) {
      if (folded[i] === ')') depth++;
      else if (folded[i] === '(') {
        depth--;
        if (depth === 0) return { inner: text.slice(i + 1, end), start: i, end: end + 1, unclosed: false };
      }
    }
    return null;
  }
  // An opening parenthesis never closed: the note runs to the end of the text.
  let depth = 0;
  for (let i = folded.length - 1; i >= 0; i--) {
    if (folded[i] === ')') depth++;
    else if (folded[i] === '(') {
      if (depth === 0) return { inner: text.slice(i + 1, end + 1), start: i, end: end + 1, unclosed: true };
      depth--;
    }
  }
  return null;
}
