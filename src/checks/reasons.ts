/**
 * Reason codes: every result of every check says why with one of these, and
 * every reason carries the citation it rests on. The UI turns a code into
 * words (strings.ts); tests assert codes, never wording.
 */

/** Why an eligibility result is what it is, one code per question asked. */
export type EligibilityReason =
  /** No applicant type chosen yet. */
  | 'type-unanswered'
  /** The applicant is none of the types the rule sets admit. */
  | 'type-none'
  /** Who may apply (申报对象为…): the applicant is, is not, or may be of that kind. */
  | 'scope-met'
  | 'scope-unmet'
  | 'scope-uncertain'
  | 'scope-unanswered'
  | 'required-met'
  | 'required-unmet'
  | 'required-uncertain'
  | 'required-unanswered'
  | 'disqualifier-absent'
  | 'disqualifier-present'
  | 'disqualifier-uncertain'
  | 'disqualifier-unanswered';

/** Whether the application window is still open on the day of viewing. */
export type WindowReason = 'window-open' | 'window-closed';

/** How one target row was judged. */
export type IndicatorReason = 'target-met' | 'target-near' | 'target-unmet' | 'target-empty' | 'target-invalid';

/** Why an acceptance calculation passes or fails. */
export type AcceptanceReason =
  | 'binding-met'
  | 'binding-unmet'
  | 'reference-share-met'
  | 'reference-share-unmet'
  | 'reference-min-met'
  | 'reference-min-unmet'
  /** A count the rule needs is not filled in. */
  | 'counts-missing'
  /** A count is not a whole number ≥ 0, or more are met than exist. */
  | 'counts-invalid';

export type ReasonCode = EligibilityReason | WindowReason | IndicatorReason | AcceptanceReason;

/** Where a reason comes from: a clause on a document page and the exact words. */
export interface Citation {
  document: string;
  /** Clause anchor id on the document page. */
  clause: string;
  /** 1-based source line where `quote` starts. */
  line: number;
  /** Exact substring of the source. */
  quote: string;
}
