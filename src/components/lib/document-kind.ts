/**
 * What kind of document a policy is, and at what level of government, for the document list's
 * filters. Read from the data, not from words in the title: a document with eligibility rules is a
 * call for applications, one written in articles (第一条) is a regulation, the rest are plans.
 * The level comes from how the region's name ends (src/vocabulary REGION_ENDINGS).
 */
import type { PolicyDocument } from '../../schema/index.ts';
import { NATIONAL, PROVINCIAL_CITIES, REGION_ENDINGS } from '../../vocabulary/index.ts';

export type DocumentKind = 'plan' | 'regulation' | 'call';
export type Level = 'national' | 'province' | 'city' | 'county';

export function kindOf(
  doc: Pick<PolicyDocument, 'id' | 'clauses'>,
  documentsWithRules: { has: (id: string) => boolean },
): DocumentKind {
  if (documentsWithRules.has(doc.id)) return 'call';
  if (doc.clauses.some((c) => c.style === 'article')) return 'regulation';
  return 'plan';
}

/** The level of a region by the ending of its name; the longest ending decides (自治区 before 区). */
export function levelOf(region: string | null): Level | null {
  if (!region) return null;
  if (region === NATIONAL) return 'national';
  if ((PROVINCIAL_CITIES as readonly string[]).includes(region)) return 'province';
  const endings = (Object.entries(REGION_ENDINGS) as Array<[Exclude<Level, 'national'>, readonly string[]]>)
    .flatMap(([level, list]) => list.map((ending) => ({ level, ending })))
    .sort((a, b) => b.ending.length - a.ending.length);
  return endings.find(({ ending }) => region.endsWith(ending))?.level ?? null;
}

/** The year a document was issued (or published), for the year filter. */
export function yearOf(doc: Pick<PolicyDocument, 'issued' | 'published'>): string | null {
  return (doc.issued ?? doc.published)?.slice(0, 4) ?? null;
}
