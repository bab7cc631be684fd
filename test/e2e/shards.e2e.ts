/**
 * A collection too big for one build (README 部署): two shards, each extracted from its own
 * documents and built separately under its own sub-path, deployed side by side on one origin.
 * Each shard is told of the other (SHARDS), so one search box searches both indexes, and the
 * department and target views link to the other shard's.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PolicyDocument } from '../../src/schema/index.ts';
import { root } from '../site/support/build.ts';
import { serveMany, type Served } from '../site/support/serve.ts';
import { freshBrowser, type FreshBrowser } from '../site/support/chromium.ts';
import { ensureBuilt, search } from './harness.ts';

const scratch = path.join(root, 'node_modules/.cache/policy-atlas/shards');
/** Two shards of the seed documents, each a region of its own, as a province would be. */
const shards = [
  { label: '甲区', base: '/jia/', sources: ['suzhou-carbon-peak', 'shandong-near-zero-carbon'] },
  { label: '乙区', base: '/yi/', sources: ['inner-mongolia-pilot', 'longnan-eco-civilization'] },
];
const SHARDS = shards.map((s) => `${s.label}=${s.base}`).join(',');

/** Extracts a shard's documents into a content folder of its own; returns the folder. */
function extractShard(name: string, stems: string[]): string {
  const dir = path.join(scratch, name);
  rmSync(path.join(dir, 'policy-sources'), { recursive: true, force: true });
  mkdirSync(path.join(dir, 'policy-sources'), { recursive: true });
  for (const stem of stems) {
    copyFileSync(path.join(root, 'policy-sources', `${stem}.txt`), path.join(dir, 'policy-sources', `${stem}.txt`));
  }
  const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/extract.ts', '--quiet'], {
    cwd: root,
    env: {
      ...process.env,
      POLICY_SOURCES: path.join(dir, 'policy-sources'),
      POLICY_CONTENT: path.join(dir, 'content'),
      EXTRACT_CACHE: path.join(dir, 'cache'),
    },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`extract for shard ${name} failed:\n${r.stdout}\n${r.stderr}`);
  return path.join(dir, 'content');
}

let served: Served;
let context: BrowserContext;
let browser: FreshBrowser;
const documentsOf: Array<Array<Pick<PolicyDocument, 'id' | 'title'>>> = [];

beforeAll(async () => {
  const built = shards.map((shard, i) => {
    const content = extractShard(`shard-${i + 1}`, shard.sources);
    documentsOf.push(
      shard.sources.map(
        (id) => JSON.parse(readFileSync(path.join(content, 'documents', `${id}.json`), 'utf8')) as PolicyDocument,
      ),
    );
    return ensureBuilt({ base: shard.base, contentDir: content, env: { SHARDS } });
  });
  served = await serveMany(built.map((b) => ({ dir: b.dir, base: b.base })));
  browser = await freshBrowser({ locale: 'zh-CN' });
  context = browser.context;
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('two shards, one search', () => {
  it('a search from the first shard finds documents of both, each at its own shard’s address', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${served.origin}${shards[0]!.base}`);
    // Each shard's own plans: a query that only the other shard can answer, then one for each.
    for (const [i, shard] of shards.entries()) {
      for (const doc of documentsOf[i]!) {
        const results = await search(page, doc.title);
        const paths = results.map((r) => new URL(r.href).pathname);
        expect(paths, doc.title).toContain(`${shard.base}documents/${doc.id}/`);
      }
    }
    // One query, results from both shards.
    const both = (await search(page, '发改委')).map((r) => new URL(r.href).pathname);
    for (const shard of shards)
      expect(
        both.some((p) => p.startsWith(shard.base)),
        both.join(' '),
      ).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the department and target views link to the other shard’s', async () => {
    const page = await context.newPage();
    for (const view of ['departments/', 'targets/']) {
      await page.goto(`${served.origin}${shards[0]!.base}${view}`);
      const link = page.locator('.shard-links a', { hasText: shards[1]!.label });
      expect(await link.getAttribute('href')).toBe(`${shards[1]!.base}${view}`);
      await link.click();
      await page.waitForURL(`**${shards[1]!.base}${view}`);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('.shard-links a', { hasText: shards[0]!.label }).count()).toBe(1);
    }
    await page.close();
  });
});
