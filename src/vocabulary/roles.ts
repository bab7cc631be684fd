import { anyOf } from './pattern.ts';

/** The part a body plays in a task. */
export type Role = 'lead' | 'partner' | 'responsible';

/**
 * Words that name a role inside a responsibility label (牵头单位：, 责任处室：, 配合部门：). A label
 * is recognised by its shape, role word + label noun + colon, so an unseen one such as 主责部门：
 * or 协办单位： is read by its words, not looked up in a closed list. Order matters: a label
 * with a lead word leads even when it also holds another word (牵头负责单位).
 */
export const ROLE_WORDS: ReadonlyArray<readonly [Role, readonly string[]]> = [
  ['lead', ['牵头', '主办', '主责', '总牵头']],
  ['partner', ['配合', '协办', '参与', '协同', '协助', '参加', '支持']],
  ['responsible', ['责任', '负责', '承办', '实施', '落实', '考核']],
];

/** What a label ends with before its colon: 单位 / 部门 / 机构 / 处室 / 科室. */
export const LABEL_NOUNS = ['单位', '部门', '机构', '处室', '科室', '处（室）', '处(室)', '主体'] as const;

/**
 * The phrase that closes a list of bodies in a note or a sentence: X牵头, X、Y配合, X等按职责分工负责.
 * A manner (按职责分工) may come before the action. `duty` is a duty without a stated rank: it
 * supports a named lead, or is the responsibility itself when no lead is named.
 */
export const DUTY_ACTIONS: ReadonlyArray<readonly [Role | 'duty', readonly string[]]> = [
  ['lead', ['牵头负责', '牵头抓总', '共同牵头', '牵头', '主办', '主责']],
  ['partner', ['配合', '协助', '参与', '协同', '协办', '参加']],
  ['duty', ['负责落实', '负责', '落实', '指导推动', '组织实施', '推进实施', '指导', '推动', '推进', '实施']],
];
export const DUTY_MANNERS = [
  '按照职责分工',
  '按职责分工',
  '按照各自职责',
  '按各自职责',
  '按照职责',
  '按职责',
  '根据职责',
  '分工',
  '各自',
  '共同',
] as const;
/** Verbs that give a duty in a sentence (X牵头…, X负责…, X配合…), by the role they give their subject. */
export const SENTENCE_VERBS: ReadonlyArray<readonly [Role, readonly string[]]> = [
  ['lead', ['牵头负责', '牵头抓总', '共同牵头', '牵头']],
  ['responsible', ['负责']],
  ['partner', ['配合', '协助', '参与', '协办']],
];
/** What follows the last body a 会同 names: the sentence's own verb. */
export const VERBS_AFTER_BODIES = [
  '负责',
  '对',
  '建立',
  '成立',
  '组建',
  '开展',
  '研究',
  '制定',
  '组织',
  '推进',
  '做好',
  '定期',
  '利用',
  '共同',
  '在',
  '按照',
  '将',
  '加强',
  '实施',
  '进行',
  '联合',
  '完善',
  '统筹',
  '指导',
  '督促',
  '推动',
  '编制',
  '落实',
] as const;
/** Words of a column of bodies in a table besides the role words: 责任部门, 实施单位. */
export const BODY_COLUMN_WORDS = ['部门'] as const;
/** The verb of a sentence that names its partners after it: X会同Y、Z…. */
export const WITH_PARTNERS = ['会同'] as const;
/** Words between a body and its duty verb in a sentence: X要负责, X应当牵头. */
export const MODALS = ['要', '将', '应', '应当', '须', '必须', '需', '继续'] as const;

/** A document-level convention that the first body of every list leads: 排在第一位的为牵头单位. */
export const FIRST_LEADS =
  /(?:排在|排|列|居)(?:第一位|第一|首位)的?(?:为|是)牵头(?:单位|部门)|第一个(?:为|是)牵头(?:单位|部门)/;
/** The words that open a note about every later task: 以下均需各县区落实. */
export const EVERY_LATER = ['以下'] as const;
/** The verb of such a note, by the role it gives: …落实 / …负责 / …配合. */
export const INHERIT_VERBS: ReadonlyArray<readonly ['partner' | 'responsible', readonly string[]]> = [
  ['responsible', ['落实', '负责']],
  ['partner', ['配合']],
];
/** A note that gives every later task to a body too: 以下均需各县区落实，不再列出. */
export const NOT_LISTED_AGAIN = ['不再一一列出', '不再列出', '不再重复列出', '不一一列出'] as const;
/** 下同: what a note says holds for every later one. */
export const SAME_BELOW = ['下同'] as const;
/** Labels in a note that are not roles: a deadline or a leader. */
export const OTHER_NOTE_LABELS = [
  '完成期限',
  '完成时限',
  '完成时间',
  '时间节点',
  '时限',
  '时间',
  '责任领导',
  '牵头领导',
  '分管领导',
  '进度安排',
] as const;

/** How the site names each role (column headers, chips, counts). */
export const ROLE_LABEL: Readonly<Record<Role, string>> = { lead: '牵头', partner: '配合', responsible: '负责' };

/** The role a label's words name, or null when the label names none. */
export function roleOfLabel(label: string): Role | null {
  for (const [role, words] of ROLE_WORDS) if (words.some((w) => label.includes(w))) return role;
  return null;
}

/** `牵头单位`, `责任处室`, `配合部门` …: role words then a label noun (the colon is matched by the caller). */
const ROLE_WORD = anyOf(ROLE_WORDS.flatMap(([, w]) => w));
export const LABEL = `(?:[\\u4e00-\\u9fa5]{0,3}?${ROLE_WORD}[\\u4e00-\\u9fa5]{0,2}?${anyOf(LABEL_NOUNS)})`;
