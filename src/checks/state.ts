/**
 * A check's answers as flat key/value entries, kept in two places that never
 * leave the browser: localStorage (per check) and the URL hash (a shareable
 * link; browsers do not send the fragment to any server).
 *
 * Hash format: `#v=1&type=<rule set id>&required-1=y` — readable, versioned so a
 * later format can tell old links apart, and keys are local ids so a link stays
 * short.
 */
import type { RuleSet, Target } from '../schema/index.ts';
import { chosenRuleSet, noType, questionsOf, type Answer, type EligibilityState } from './eligibility.ts';
import { DEFAULT_TOLERANCE, TOLERANCES } from './indicators.ts';
import { storageKey } from './storage-key.ts';

export type Entries = Record<string, string>;

const formatVersion = '1';

export function encodeHash(entries: Readonly<Entries>): string {
  const keys = Object.keys(entries).filter((k) => entries[k] !== '');
  if (keys.length === 0) return '';
  const params = new URLSearchParams([['v', formatVersion]]);
  for (const key of keys) params.append(key, entries[key] ?? '');
  return `#${params.toString()}`;
}

/** Entries from a hash, or null when the hash is not a check's state (a heading anchor, an old format). */
export function decodeHash(hash: string): Entries | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (params.get('v') !== formatVersion) return null;
  const entries: Entries = {};
  for (const [key, value] of params) if (key !== 'v') entries[key] = value;
  return entries;
}

/** The part of localStorage a page may use: getItem / setItem / removeItem. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export { storageKey };

export function loadEntries(storage: StorageLike, checkId: string): Entries | null {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(storageKey(checkId)) ?? 'null');
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
    const entries: Entries = {};
    for (const [key, value] of Object.entries(parsed)) if (typeof value === 'string') entries[key] = value;
    return entries;
  } catch {
    // Storage disabled (private mode) or a corrupt value: start afresh rather than fail.
    return null;
  }
}

export function saveEntries(storage: StorageLike, checkId: string, entries: Readonly<Entries>): void {
  try {
    if (Object.keys(entries).length === 0) storage.removeItem(storageKey(checkId));
    else storage.setItem(storageKey(checkId), JSON.stringify(entries));
  } catch {
    // Quota exceeded or storage disabled: the check still works, it just forgets.
  }
}

export function clearEntries(storage: StorageLike, checkId: string): void {
  try {
    storage.removeItem(storageKey(checkId));
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}

/** An id without its owner's prefix: `doc/park/required-1` → `required-1` inside rule set `doc/park`. */
export function localId(id: string, owner: string): string {
  return id.startsWith(`${owner}/`) ? id.slice(owner.length + 1) : id;
}

const answerCodes: Record<Answer, string> = { yes: 'y', no: 'n', unsure: 'u' };
const answersByCode: Record<string, Answer> = { y: 'yes', n: 'no', u: 'unsure' };

export function eligibilityToEntries(ruleSets: readonly RuleSet[], state: EligibilityState): Entries {
  if (state.type === null) return {};
  const entries: Entries = { type: state.type === noType ? noType : localId(state.type, ruleSets[0]?.document ?? '') };
  const ruleSet = chosenRuleSet(ruleSets, state.type);
  for (const criterion of ruleSet ? questionsOf(ruleSet) : []) {
    const answer = state.answers[criterion.id];
    if (answer) entries[localId(criterion.id, ruleSet?.id ?? '')] = answerCodes[answer];
  }
  return entries;
}

/** The state a set of entries describes; unknown keys and values are ignored. */
export function eligibilityFromEntries(ruleSets: readonly RuleSet[], entries: Readonly<Entries>): EligibilityState {
  const type = entries.type;
  if (type === noType) return { type: noType, answers: {} };
  const ruleSet = ruleSets.find((r) => r.id === type || localId(r.id, r.document) === type);
  if (!ruleSet) return { type: null, answers: {} };
  const answers: Record<string, Answer> = {};
  for (const criterion of questionsOf(ruleSet)) {
    const answer = answersByCode[entries[localId(criterion.id, ruleSet.id)] ?? ''];
    if (answer) answers[criterion.id] = answer;
  }
  return { type: ruleSet.id, answers };
}

export function indicatorsToEntries(targets: readonly Target[], values: Readonly<Record<string, string>>): Entries {
  const entries: Entries = {};
  for (const target of targets) {
    const value = values[target.id]?.trim();
    if (value) entries[localId(target.id, target.document)] = value;
  }
  return entries;
}

export function indicatorsFromEntries(targets: readonly Target[], entries: Readonly<Entries>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const target of targets) {
    const value = entries[localId(target.id, target.document)];
    if (value !== undefined) values[target.id] = value;
  }
  return values;
}

/** The tolerance for approximate targets, kept as a whole percent (`tol=2`) when not the default. */
export function toleranceToEntries(tolerance: number): Entries {
  return tolerance === DEFAULT_TOLERANCE ? {} : { tol: String(Math.round(tolerance * 100)) };
}

/** The tolerance an entry names, if it is one a person can choose; else the default. */
export function toleranceFromEntries(entries: Readonly<Entries>): number {
  const chosen = Number(entries.tol) / 100;
  return TOLERANCES.find((t) => t === chosen) ?? DEFAULT_TOLERANCE;
}
