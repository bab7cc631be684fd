import type { Clause } from '../../schema/index.ts';
import { documentPage } from '../../ui/strings.ts';

/** Heading element level for an outline depth: top-level clauses are h2 (the page title is h1). */
export function headingLevel(depth: number): 2 | 3 | 4 | 5 | 6 {
  return Math.min(depth + 2, 6) as 2 | 3 | 4 | 5 | 6;
}

/**
 * Where a numbered clause's heading ends in its text, so the heading can be set as a run-in
 * heading and the rest as body text. The closing 。 stays with the heading, so no character of
 * the text is dropped. Null when the clause has no heading that opens its text.
 */
export function splitHeading(clause: Pick<Clause, 'heading' | 'text'>): { headEnd: number; rest: string } | null {
  const { heading, text } = clause;
  if (!heading || !text.startsWith(heading)) return null;
  let headEnd = heading.length;
  if (/^[。．.：:]/.test(text.slice(headEnd))) headEnd += 1;
  const rest = text.slice(headEnd);
  return { headEnd, rest: rest.trim().length === 0 ? '' : rest };
}

/** A short name for a clause, for the label of its link: 1.强化规划引领, or the opening words. */
export function clauseLabel(clause: Pick<Clause, 'marker' | 'heading' | 'text' | 'kind' | 'rows'>, words = 16): string {
  const marker = clause.marker?.trim() ?? '';
  if (clause.heading) return `${marker}${clause.heading}`;
  const header = clause.kind === 'table' ? clause.rows?.[0]?.join('、') : undefined;
  const text = (header ? `${documentPage.table}：${header}` : clause.text).replace(/\s+/g, ' ').trim();
  const opening = [...text].slice(0, words).join('');
  return `${marker}${opening}${[...text].length > words ? '…' : ''}`;
}
