/**
 * The self-checks the data supports: one eligibility check per document with
 * rule sets, one indicator check per document with targets, one acceptance
 * calculator per document whose rule sets carry acceptance numbers.
 */
import { getCollection } from 'astro:content';
import type { PolicyDocument, RuleSet, Target } from '../../schema/index.ts';
import { acceptanceCriteria } from '../../checks/acceptance.ts';
import { questionsOf } from '../../checks/eligibility.ts';
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
}

/** Record ids end in a running number (rules-2, target-10): order them as numbers, not strings. */
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id, 'en', { numeric: true });

const groupByDocument = <T extends { document: string }>(records: T[]) => groupBy(records, (r) => r.document);

let cached: Promise<Checks> | undefined;

async function load(): Promise<Checks> {
  const documents = (await getCollection('documents')).map((e) => e.data as PolicyDocument);
  const rules = (await getCollection('rules')).map((e) => e.data as RuleSet).sort(byId);
  const targets = (await getCollection('targets')).map((e) => e.data as Target).sort(byId);
  // Every check page refers to its document; the document's own page carries the full title.
  const refs = new Map(documents.map((d) => [d.id, { id: d.id, title: reference(d.title), region: d.region }]));
  const ref = (id: string): DocumentRef => refs.get(id) ?? { id, title: id, region: null };
  const ruleGroups = [...groupByDocument(rules)];
  return {
    eligibility: ruleGroups
      .filter(([, sets]) => sets.some((r) => questionsOf(r).length > 0))
      .map(([id, ruleSets]) => ({ document: ref(id), ruleSets })),
    indicators: [...groupByDocument(targets)].map(([id, list]) => ({ document: ref(id), targets: list })),
    acceptance: ruleGroups
      .map(([id, sets]) => ({ document: ref(id), ruleSets: sets.filter((r) => acceptanceCriteria(r.criteria).length > 0) }))
      .filter((group) => group.ruleSets.length > 0),
  };
}

export function checks(): Promise<Checks> {
  cached ??= load();
  return cached;
}
