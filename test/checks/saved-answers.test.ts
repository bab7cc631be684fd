/**
 * Saved self-check answers (localStorage and shared links) are keyed by the records' stable ids,
 * which depend on the clause a record sits in and its place there, not on the text around it. So
 * answers given before a source was edited and extracted again still land on the same questions.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  eligibilityFromEntries,
  eligibilityToEntries,
  indicatorsFromEntries,
  indicatorsToEntries,
  questionsOf,
  type Answer,
} from '../../src/checks/index.ts';
import { extractTexts } from '../helpers/run.ts';
import { root } from '../site/support/build.ts';

const source = (slug: string) => readFileSync(path.join(root, 'policy-sources', `${slug}.txt`), 'utf8');

/** The source with a sentence added at the end of the line after `marker` (a heading or a quote). */
function edited(text: string, marker: string, sentence: string, nextLine = true): string {
  const at = text.indexOf(marker);
  expect(at).toBeGreaterThan(-1);
  const lineEnd = nextLine ? text.indexOf('\n', text.indexOf('\n', at) + 1) : text.indexOf('\n', at);
  return `${text.slice(0, lineEnd)}${sentence}${text.slice(lineEnd)}`;
}

describe('answers saved before a source was edited', () => {
  test('restore onto the same eligibility questions after re-extraction', () => {
    const slug = 'shandong-near-zero-carbon';
    const before = extractTexts({ [slug]: source(slug) }).content.rules;
    const after = extractTexts({ [slug]: edited(source(slug), '一、总体要求', '各地要高度重视示范创建工作。') }).content
      .rules;
    const ruleSet = before.find((r) => questionsOf(r).length > 3)!;
    const cycle: Answer[] = ['yes', 'no', 'unsure'];
    const answers = Object.fromEntries(questionsOf(ruleSet).map((c, i) => [c.id, cycle[i % 3]!]));
    const entries = eligibilityToEntries(before, { type: ruleSet.id, answers });

    const restored = eligibilityFromEntries(after, entries);
    const same = after.find((r) => r.id === restored.type)!;
    expect(same.applicantType).toBe(ruleSet.applicantType);
    const byText = (list: typeof answers, set: typeof ruleSet) => questionsOf(set).map((c) => [c.text, list[c.id]]);
    expect(byText(restored.answers, same)).toEqual(byText(answers, ruleSet));
  });

  test('restore onto the same indicator targets after re-extraction', () => {
    const slug = 'jinan-green-lowcarbon';
    const text = source(slug);
    const before = extractTexts({ [slug]: text }).content.targets;
    // The edit adds a target of its own at the end of the first target's line, early in the text:
    // ids numbered through the whole document would shift and give every later answer to the wrong
    // target; ids by clause and place in it keep them.
    const after = extractTexts({
      [slug]: edited(text, before[0]!.quote, '到2025年，全市公共建筑屋顶光伏覆盖率达到50%。', false),
    }).content.targets;
    expect(after.length).toBe(before.length + 1);
    const values = Object.fromEntries(before.map((t, i) => [t.id, String(i + 1)]));
    const restored = indicatorsFromEntries(after, indicatorsToEntries(before, values));
    const byMetric = (list: typeof before, vals: Record<string, string>) =>
      list.filter((t) => vals[t.id] !== undefined).map((t) => [t.metric, t.valueText, vals[t.id]]);
    expect(byMetric(after, restored)).toEqual(byMetric(before, values));
    expect(after.filter((t) => restored[t.id] === undefined).map((t) => t.metric)).toEqual(['公共建筑屋顶光伏覆盖率']);
  });
});
