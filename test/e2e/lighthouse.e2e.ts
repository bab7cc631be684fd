/**
 * Lighthouse, mobile and desktop, on every page type: performance, accessibility, best practices
 * and SEO must each score 100. Run against the built site on the harness's server (compressed, as
 * hosts serve it). The scores are printed so a run's log carries them.
 *
 * Lighthouse measures time on a machine that other work shares (two cores, a build or a test run
 * beside it), and its own guidance is to judge the median of five runs. A page that scores 100
 * at once is done; one that does not is measured four more times and judged on the median run (by
 * performance). A run Lighthouse could not finish (a lost trace under load: NO_NAVSTART) is no
 * measurement and is run again, twice at most. Every run is printed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Department, Target, RuleSet } from '../../src/schema/index.ts';
import { root } from '../site/support/build.ts';
import { openSite, type Site } from './harness.ts';
import { audit, categories, launchChrome, type Audit } from './lighthouse.ts';
import * as chromeLauncher from 'chrome-launcher';

const content = <T>(file: string) => JSON.parse(readFileSync(path.join(root, 'content', file), 'utf8')) as T;
const departments = content<Department[]>('departments.json');
const targets = content<Target[]>('targets.json');
const rules = content<RuleSet[]>('rules.json');
const largest = [...new Set(departments.flatMap((d) => d.documents))][0]!;

const pages: Array<[string, string]> = [
  ['home', ''],
  ['document', `documents/${largest}/`],
  ['task table', `tasks/${largest}/`],
  ['department', departments[0]!.url.slice(1)],
  ['targets', 'targets/'],
  ['timeline', 'timeline/'],
  ['eligibility check', `checks/eligibility/${rules[0]!.document}/`],
  ['indicator check', `checks/indicators/${targets[0]!.document}/`],
];

let site: Site;
let chrome: chromeLauncher.LaunchedChrome;
const printed: string[] = [];

beforeAll(async () => {
  site = await openSite();
  chrome = await launchChrome();
});

afterAll(async () => {
  await chrome?.kill();
  await site.close();
  console.log(['Lighthouse (performance / accessibility / best practices / SEO):', ...printed].join('\n'));
});

const perfect = (a: Audit) => categories.every((c) => a.scores[c] === 100);
const line = (name: string, formFactor: string, a: Audit) =>
  `  ${name.padEnd(18)} ${formFactor.padEnd(7)} ${categories.map((c) => a.scores[c]).join(' / ')}`;

describe.each(['mobile', 'desktop'] as const)('Lighthouse %s', (formFactor) => {
  test.each(pages)('%s scores 100 in every category', async (name, rel) => {
    const failed = (error: Error): Audit => ({
      scores: { performance: 0, accessibility: 0, 'best-practices': 0, seo: 0 },
      losses: [error.message],
    });
    const run = async (): Promise<Audit> => {
      for (let attempt = 1; ; attempt++) {
        const result = await audit(chrome.port, site.url + rel, formFactor).catch(failed);
        if (!/could not audit/.test(result.losses[0] ?? '') || attempt === 3) return result;
        printed.push(`${line(name, formFactor, result)}  (not finished, run again) ${result.losses[0]}`);
      }
    };
    let result = await run();
    if (!perfect(result)) {
      const runs = [result];
      for (let i = 0; i < 4; i++) runs.push(await run());
      for (const run of runs)
        printed.push(`${line(name, formFactor, run)}  (one of five runs) ${run.losses.slice(0, 3).join('; ')}`);
      result = [...runs].sort((a, b) => a.scores.performance - b.scores.performance)[2]!;
    }
    printed.push(line(name, formFactor, result));
    expect(result.scores, result.losses.join('\n')).toEqual({
      performance: 100,
      accessibility: 100,
      'best-practices': 100,
      seo: 100,
    });
  });
});
