/**
 * Record ids come from position (document, clause anchor, kind, ordinal within the clause), so an
 * edit to one clause renumbers nothing outside it: links and saved self-check answers survive.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTexts } from '../helpers/run.ts';

/**
 * A record with what identifies it apart from its id: its clause, its quote, and for a criterion its rule set's type.
 */
type Keyed = { id: string; clause: string; quote: string; of?: string };

function records(text: string): Keyed[] {
  const ex = extractTexts({ seed: text });
  expect(ex.errors).toEqual([]);
  const c = ex.content;
  const criteria = c.rules.flatMap((r) => r.criteria.map((k) => ({ ...k, of: r.applicantType })));
  return [...c.tasks, ...c.targets, ...c.baselines, ...c.milestones, ...c.rules, ...criteria];
}

describe('ids stay put when a clause is edited', () => {
  it.each(['jinan-green-lowcarbon', 'longnan-eco-civilization', 'shandong-near-zero-carbon'])(
    '%s: a new sentence with a target, a date and a duty changes no id outside its clause',
    (seed) => {
      const original = readFileSync(`policy-sources/${seed}.txt`, 'utf8');
      const before = records(original);
      // The first clause of the body that already holds a fact: the edit goes to its start.
      const ex = extractTexts({ seed: original }).content;
      const doc = ex.documents[0]!;
      const firstWithFacts = doc.clauses.find((cl) => cl.kind !== 'front' && before.some((r) => r.clause === cl.id))!;
      const insertAt = original.indexOf(firstWithFacts.text.slice(0, 12));
      const sentence = '到2025年，新增公共充电桩1000个，于2024年6月30日前完成规划编制，市发展改革委负责统筹推进。';
      const edited = original.slice(0, insertAt) + sentence + original.slice(insertAt);
      const after = records(edited);

      const key = (r: Keyed) => `${r.of ?? ''}|${r.clause}|${r.quote}`;
      const afterByKey = new Map(after.map((r) => [key(r), r.id]));
      const outside = before.filter((r) => r.clause !== firstWithFacts.id);
      expect(outside.length).toBeGreaterThan(5);
      for (const r of outside) expect(afterByKey.get(key(r)), `${r.id} (${r.quote.slice(0, 20)})`).toBe(r.id);
      // The edit did add facts to its clause.
      expect(after.filter((r) => r.clause === firstWithFacts.id).length).toBeGreaterThan(
        before.filter((r) => r.clause === firstWithFacts.id).length,
      );
    },
  );
});

describe('department ids stay put when other documents are added', () => {
  const seeds = readdirSync('policy-sources')
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.replace(/\.txt$/, ''));
  const texts = Object.fromEntries(seeds.map((s) => [s, readFileSync(`policy-sources/${s}.txt`, 'utf8')]));
  const together = extractTexts(texts);
  const idOf = new Map(together.content.departments.map((d) => [`${d.region}|${d.name}`, d.id]));

  it.each(seeds)('%s alone gives its departments the ids they have among all the seeds', (seed) => {
    const alone = extractTexts({ [seed]: texts[seed]! });
    expect(alone.errors).toEqual([]);
    expect(alone.content.departments.length).toBeGreaterThan(0);
    for (const d of alone.content.departments) expect(idOf.get(`${d.region}|${d.name}`), d.name).toBe(d.id);
  });

  it('reads an id as an address: region and name in pinyin', () => {
    const ids = together.content.departments.map((d) => d.id);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
