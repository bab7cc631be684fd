import {
  anyOf,
  DUTY_ACTIONS,
  DUTY_MANNERS,
  EVERY_LATER,
  FIRST_LEADS,
  INHERIT_VERBS,
  LABEL,
  MODALS,
  NOT_LISTED_AGAIN,
  OTHER_NOTE_LABELS,
  roleOfLabel,
  SAME_BELOW,
  type Role,
} from '../../../src/vocabulary/index.ts';
import { forMatching } from '../../lib/text.ts';
import { isGenericPhrase, isOrgName, splitNames } from '../departments/names.ts';

/** One list of bodies in a note, as written, with the role the note gives it. */
export interface NoteList {
  /** The names as written (a 、-list). */
  text: string;
  /** Offset of `text` in the note. */
  index: number;
  /** `duty` supports a named lead, or is the responsibility when no lead is named. */
  role: Role | 'duty';
  /** How the role was read: a label (责任单位：), a closing phrase (牵头), or a bare list of names. */
  by: 'label' | 'phrase' | 'bare' | 'continued';
}

/** Who does what, as read from one responsibility note. Indices are offsets into the note. */
export interface NoteReading {
  lists: NoteList[];
  /** Bodies every later task involves too: 以下均需各县区落实，不再列出 / 各县区，下同. */
  inherits: Array<{ phrase: string; role: 'partner' | 'responsible'; index: number; length: number }>;
  /** The note declares that the first body of every list leads (排在第一位的为牵头单位). */
  firstLeads: boolean;
  /** Other segments: a deadline (6月底完成) or words not understood. */
  rest: Array<{ text: string; index: number }>;
}

const LABELLED = new RegExp(`^(?<label>${LABEL})\\s*[:：]\\s*`);
const OTHER_LABEL = new RegExp(`^${anyOf(OTHER_NOTE_LABELS)}\\s*[:：]`);
const ACTIONS = DUTY_ACTIONS.flatMap(([role, words]) => words.map((w) => [w, role] as const));
/** …牵头 / …等按职责分工负责 / …要配合: the phrase that closes a list. */
const CLOSING = new RegExp(
  `^(?<names>.+?)(?:等(?:有关|相关)?(?:部门|单位)?)?(?:${anyOf(MODALS)})?(?:${anyOf(DUTY_MANNERS)})?` +
    `(?<action>${anyOf(ACTIONS.map(([w]) => w))})(?:工作)?$`,
);
const NOT_AGAIN = anyOf(NOT_LISTED_AGAIN);
const INHERIT_ROLE = INHERIT_VERBS.flatMap(([role, words]) => words.map((w) => [w, role] as const));
const INHERIT_WORDS = anyOf(INHERIT_ROLE.map(([w]) => w));
const INHERIT = new RegExp(
  `${anyOf(EVERY_LATER)}(?:所有|各项)?(?:工作)?(?:任务)?(?:均)?(?:需|由)?` +
    `(?<who>.+?)(?:${INHERIT_WORDS})?(?<verb>${INHERIT_WORDS})[,，]?\\s*${NOT_AGAIN}`,
);
const STARTS_LATER = new RegExp(`^${anyOf(EVERY_LATER)}`);
const SAME = new RegExp(`^(?<who>.+?)[、,，]?${anyOf(SAME_BELOW)}$`);
/** A segment that is a date or a deadline: 2022年6月底前完成, 持续推进. */
const TIME_LIKE = /\d|[一二三四五六七八九十]月|年|季度|完成|前$|持续|长期/;

const roleOfAction = (action: string) => ACTIONS.find(([w]) => w === action)?.[1] ?? 'duty';

/** Whether every name of a list reads as a body (one or a class): what a list of names must be. */
function namesOnly(text: string): boolean {
  const names = splitNames(text);
  return names.length > 0 && names.every((n) => isOrgName(n) || isGenericPhrase(n));
}

/** Splits a note into segments: on 。；; always, on ， before a label or after a closing phrase. */
function segments(note: string): Array<{ text: string; index: number }> {
  const folded = forMatching(note);
  const out: Array<{ text: string; index: number }> = [];
  let start = 0;
  let depth = 0;
  const push = (end: number) => {
    const raw = note.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim()) out.push({ text: raw.trim(), index: start + lead });
  };
  for (let i = 0; i < folded.length; i++) {
    const c = folded[i]!;
    if ('(〔〈【'.includes(c)) depth++;
    else if (')〕〉】'.includes(c) && depth > 0) depth--;
    if (depth > 0) continue;
    const hard = c === '。' || c === ';';
    let soft = false;
    if (c === ',') {
      const before = folded.slice(start, i).trim();
      const after = folded.slice(i + 1).trimStart();
      soft =
        !/^不再/.test(after) &&
        (LABELLED.test(after) ||
          OTHER_LABEL.test(after) ||
          STARTS_LATER.test(after) ||
          /^\d{1,4}\s*(?:年|月)/.test(after) ||
          CLOSING.test(before) ||
          /(?:完成|前|底|季度)$/.test(before));
    }
    if (hard || soft) {
      push(i);
      start = i + 1;
    }
  }
  push(folded.length);
  return out;
}

/**
 * Reads a responsibility note such as `市发改委牵头，市住建局等部门按职责分工负责`,
 * `牵头单位：市生态环境局；配合单位：市水务局`, `责任部门：气候处，完成期限：2021年四季度` or
 * `责任单位：重庆市能源局、市经济信息委；四川省能源局；两省市列首位的为牵头单位，下同`.
 */
export function readNote(note: string): NoteReading {
  const reading: NoteReading = { lists: [], inherits: [], firstLeads: false, rest: [] };
  let last: NoteList['role'] | null = null;
  const add = (text: string, index: number, role: NoteList['role'], by: NoteList['by']) => {
    const trimmed = text.replace(/[,，、\s]+$/, '');
    if (trimmed) reading.lists.push({ text: trimmed, index, role, by });
  };

  const classify = (seg: { text: string; index: number }) => {
    const text = forMatching(seg.text);
    if (FIRST_LEADS.test(text)) {
      reading.firstLeads = true;
      const before = seg.text.slice(0, FIRST_LEADS.exec(text)!.index).replace(/[,，]?\s*[\u4e00-\u9fa5]{0,4}$/, '');
      if (before && namesOnly(before)) add(before, seg.index, last ?? 'duty', 'continued');
      return;
    }
    const inherit = INHERIT.exec(text);
    if (inherit) {
      const whoAt = inherit.index + inherit[0].indexOf(inherit.groups!.who!);
      reading.inherits.push({
        phrase: seg.text.slice(whoAt, whoAt + inherit.groups!.who!.length),
        role: INHERIT_ROLE.find(([w]) => w === inherit.groups!.verb)![1],
        index: seg.index + inherit.index,
        length: inherit[0].length,
      });
      const before = seg.text.slice(0, inherit.index).replace(/[,，。]\s*$/, '');
      if (before.trim()) classify({ text: before, index: seg.index });
      return;
    }
    const labelled = LABELLED.exec(text);
    if (labelled) {
      const role = roleOfLabel(labelled.groups!.label!) ?? 'duty';
      last = role;
      // A label's list may run on into a duty of its own: 责任单位：市水利局，各县区政府按职责分工负责.
      let offset = labelled[0].length;
      for (const part of seg.text.slice(labelled[0].length).split(/[,，]/)) {
        const closing = CLOSING.exec(forMatching(part.trim()));
        if (closing && reading.lists.some((l) => l.index >= seg.index)) {
          add(
            part.trim().slice(0, closing.groups!.names!.length),
            seg.index + offset + (part.length - part.trimStart().length),
            roleOfAction(closing.groups!.action!),
            'phrase',
          );
        } else if (closing) {
          // 责任部门：监测处、省监测中心牵头: a closing phrase of rank (牵头, 配合) says more than the label.
          const own = roleOfAction(closing.groups!.action!);
          add(
            part.trim().slice(0, closing.groups!.names!.length),
            seg.index + offset,
            own === 'duty' ? role : own,
            'label',
          );
        } else add(part, seg.index + offset, role, 'label');
        offset += part.length + 1;
      }
      return;
    }
    if (OTHER_LABEL.test(text)) return void reading.rest.push(seg);
    const same = SAME.exec(text);
    if (same && namesOnly(stripClosing(seg.text.slice(0, same.groups!.who!.length)))) {
      const who = seg.text.slice(0, same.groups!.who!.length);
      reading.inherits.push({
        phrase: stripClosing(who),
        role: 'responsible',
        index: seg.index,
        length: seg.text.length,
      });
      return;
    }
    const closing = CLOSING.exec(text);
    if (closing && namesOnly(closing.groups!.names!)) {
      add(seg.text.slice(0, closing.groups!.names!.length), seg.index, roleOfAction(closing.groups!.action!), 'phrase');
      return;
    }
    if (!TIME_LIKE.test(text) && namesOnly(seg.text)) {
      add(seg.text, seg.index, last ?? 'duty', last ? 'continued' : 'bare');
      return;
    }
    reading.rest.push(seg);
  };

  for (const seg of segments(note)) classify(seg);
  return reading;
}

function stripClosing(phrase: string): string {
  const m = CLOSING.exec(forMatching(phrase));
  return m ? phrase.slice(0, m.groups!.names!.length) : phrase;
}

/** Whether a note assigns duties: a role label, a closing phrase after names, or a convention. */
export function assignsDuties(reading: NoteReading): boolean {
  return reading.lists.some((l) => l.by !== 'bare') || reading.inherits.length > 0;
}

/** Whether a note is nothing but a list of bodies: （市生态环境局、市发改委）. */
export function onlyNames(reading: NoteReading): boolean {
  return reading.lists.length > 0 && reading.lists.every((l) => l.by === 'bare') && reading.rest.length === 0;
}
