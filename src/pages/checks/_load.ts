/**
 * The self-checks the data supports: one eligibility check per document with rule sets, one
 * indicator check per document with targets, one acceptance calculator per document whose rule
 * sets carry acceptance numbers. Read from the site's one content loader (siteData).
 */
import type { RuleSet, Target } from '../../schema/index.ts';
import { acceptanceCriteria } from '../../checks/acceptance.ts';
import { questionsOf } from '../../checks/eligibility.ts';
import { siteData } from '../../components/lib/data.ts';
import { groupBy } from '../../components/lib/group.ts';
import { reference } from '../../components/lib/plain-text.ts';

export interface DocumentRef {
  id: string;
  title: string;
  region: string | null;
}

export interface Checks {
  eligibility: { document: DocumentRef; ruleSets: RuleSet[] }[];
  indicators: { document: DocumentRef; targets: Target[] }[];
  acceptance: { document: DocumentRef; ruleSets: RuleSet[] }[];
  /** The documents that have each check, for pages that ask of one document. */
  ids: { eligibility: Set<string>; indicators: Set<string>; acceptance: Set<string> };
}

/** Record ids end in a running number (rules-2, target-10): order them as numbers, not strings. */
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id, 'en', { numeric: true });

const groupByDocument = <T extends { document: string }>(records: T[]) => groupBy(records, (r) => r.document);

let cached: Promise<Checks> | undefined;

async function load(): Promise<Checks> {
  const data = await siteData();
  const rules = [...data.rules].sort(byId);
  const targets = [...data.targets].sort(byId);
  // Every check page refers to its document; the document's own page carries the full title.
  const ref = (id: string): DocumentRef => {
    const doc = data.documentById.get(id);
    return doc ? { id, title: reference(doc.title), region: doc.region } : { id, title: id, region: null };
  };
  const ruleGroups = [...groupByDocument(rules)];
  const found: Omit<Checks, 'ids'> = {
    eligibility: ruleGroups
      .filter(([, sets]) => sets.some((r) => questionsOf(r).length > 0))
      .map(([id, ruleSets]) => ({ document: ref(id), ruleSets })),
    indicators: [...groupByDocument(targets)].map(([id, list]) => ({ document: ref(id), targets: list })),
    acceptance: ruleGroups
      .map(([id, sets]) => ({
        document: ref(id),
        ruleSets: sets.filter((r) => acceptanceCriteria(r.criteria).length > 0),
      }))
      .filter((group) => group.ruleSets.length > 0),
  };
  const idsOf = (list: Array<{ document: DocumentRef }>) => new Set(list.map((c) => c.document.id));
  return {
    ...found,
    ids: {
      eligibility: idsOf(found.eligibility),
      indicators: idsOf(found.indicators),
      acceptance: idsOf(found.acceptance),
    },
  };
}

export function checks(): Promise<Checks> {
  cached ??= load();
  return cached;
}
