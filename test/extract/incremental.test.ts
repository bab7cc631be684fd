/**
 * Incremental and parallel extraction (extractMany) gives what one serial run gives, byte for byte:
 * on worker threads, from the cache, after a document is added, and after a sidecar or a cache
 * entry changes. The documents are the seeds and plans generated in their shapes.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticPlan } from '../../scripts/bench/synthetic.ts';
import { extractAll, type SourceFile } from '../../scripts/extract-all.ts';
import { extractMany } from '../../scripts/extract-many.ts';

const encoder = new TextEncoder();
const seeds: SourceFile[] = readdirSync('policy-sources')
  .filter((n) => n.endsWith('.txt'))
  .map((n) => ({ file: `policy-sources/${n}`, bytes: readFileSync(`policy-sources/${n}`) }));
const generated = (n: number, from = 1): SourceFile[] =>
  Array.from({ length: n }, (_, i) => ({
    file: `policy-sources/generated-${from + i}.txt`,
    bytes: encoder.encode(syntheticPlan(from + i, 12)),
  }));
const sources = [...seeds, ...generated(10)];
const serial = extractAll(sources);
const same = (a: Map<string, string>, b: Map<string, string>) =>
  expect(Object.fromEntries(a)).toEqual(Object.fromEntries(b));

describe('extractMany', () => {
  it('gives a serial run’s content on two threads', async () => {
    const many = await extractMany(sources, { cacheDir: null, threads: 2 });
    expect(many.errors).toEqual([]);
    expect(many.stats).toEqual({ extracted: sources.length, threads: 2, cached: 0 });
    same(many.files, serial.files);
  });

  it('takes unchanged documents from the cache and extracts only what changed', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'atlas-cache-'));
    const first = await extractMany(sources, { cacheDir, threads: 2 });
    expect(first.stats.extracted).toBe(sources.length);

    const again = await extractMany(sources, { cacheDir, threads: 2 });
    expect(again.stats).toEqual({ extracted: 0, threads: 1, cached: sources.length });
    same(again.files, serial.files);

    // One more document: it alone is extracted, and the registry takes in its departments.
    const grown = [...sources, ...generated(1, 500)];
    const added = await extractMany(grown, { cacheDir, threads: 2 });
    expect(added.stats).toMatchObject({ extracted: 1, cached: sources.length });
    same(added.files, extractAll(grown).files);

    // A sidecar is part of a document: a new one means extracting that document again.
    const withSidecar = grown.map((s) =>
      s.file.endsWith('generated-3.txt')
        ? { ...s, sidecar: { file: 'policy-sources/generated-3.meta.yaml', text: 'region: 某市\n' } }
        : s,
    );
    const sided = await extractMany(withSidecar, { cacheDir, threads: 2 });
    expect(sided.stats).toMatchObject({ extracted: 1, cached: grown.length - 1 });
    same(sided.files, extractAll(withSidecar).files);
    expect(JSON.parse(sided.files.get('documents/generated-3.json')!).region).toBe('某市');
  });

  it('extracts again a cache entry cut short by a killed run', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'atlas-cache-'));
    await extractMany(sources, { cacheDir, threads: 1 });
    const entries = readdirSync(cacheDir);
    expect(entries).toHaveLength(sources.length);
    writeFileSync(path.join(cacheDir, entries[0]!), '{"document": {');
    const mended = await extractMany(sources, { cacheDir, threads: 1 });
    expect(mended.stats).toMatchObject({ extracted: 1, cached: sources.length - 1 });
    same(mended.files, serial.files);
  });

  it('keeps one cache entry per source', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'atlas-cache-'));
    await extractMany(sources, { cacheDir, threads: 1 });
    await extractMany(sources.slice(0, 4), { cacheDir, threads: 1 });
    expect(readdirSync(cacheDir)).toHaveLength(4);
  });
});
