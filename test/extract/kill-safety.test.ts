/**
 * Killing `npm run extract` at any moment leaves content/ as it was or as it should become, never
 * half-written: a run is started, killed at a random point of its last stretch (where it writes),
 * and content/ is compared with both complete versions, many times.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeContent } from '../../scripts/6-emit/write-content.ts';
import { runExtract, scratchSources } from '../helpers/cli.ts';

function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile())
      files.set(join(e.parentPath, e.name).slice(dir.length + 1), readFileSync(join(e.parentPath, e.name), 'utf8'));
  }
  return files;
}

function same(a: Map<string, string>, b: Map<string, string>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}

function runAndKillAfter(w: { sources: string; content: string }, ms: number): Promise<void> {
  return new Promise((done) => {
    // One process (node with tsx's loader), so the kill reaches the extractor itself, not a wrapper.
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', '--quiet'], {
      env: { ...process.env, POLICY_SOURCES: w.sources, POLICY_CONTENT: w.content },
      stdio: 'ignore',
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', () => (clearTimeout(timer), done()));
  });
}

describe('killing npm run extract', () => {
  it('leaves content/ equal to the old or the new version, at any moment', { timeout: 240_000 }, async () => {
    const seeds = readdirSync('policy-sources').filter((n) => n.endsWith('.txt'));
    const files: Record<string, string> = {};
    for (let copy = 0; copy < 12; copy++)
      for (const s of seeds) files[`c${copy}-${s}`] = readFileSync(join('policy-sources', s), 'utf8');
    const w = scratchSources(files);
    expect(runExtract(w).code).toBe(0);
    const before = snapshot(w.content);

    // The new version: one document edited, one added.
    writeFileSync(join(w.sources, `c0-${seeds[0]}`), files[`c0-${seeds[0]}`]!.replace(/。/, '。新增一句。'));
    writeFileSync(join(w.sources, 'added.txt'), '江澜市节能方案\n一、重点任务\n1. 推进节能改造。（市发改委牵头）\n');
    expect(runExtract(w).code).toBe(0);
    const after = snapshot(w.content);
    // The length of a run as the kills below see it (one process, the machine as busy as it is now).
    rmSync(w.content, { recursive: true, force: true });
    writeContent(w.content, before);
    const started = performance.now();
    await runAndKillAfter(w, 600_000);
    const duration = performance.now() - started;
    expect(same(snapshot(w.content), after)).toBe(true);
    expect(same(before, after)).toBe(false);

    let sawOld = 0;
    let sawNew = 0;
    // At least 24 kills; more (up to 80) until both outcomes were seen, whatever the machine's load.
    for (let i = 0; i < 80 && (i < 24 || !sawOld || !sawNew); i++) {
      rmSync(w.content, { recursive: true, force: true });
      writeContent(w.content, before);
      // Most kills land in the last third of a run, where content/ is written.
      await runAndKillAfter(w, duration * (0.3 + 0.9 * Math.random()));
      const now = snapshot(w.content);
      const isOld = same(now, before);
      const isNew = same(now, after);
      expect(isOld || isNew, `kill ${i}: content/ is neither the old nor the new version`).toBe(true);
      if (isOld) sawOld++;
      else sawNew++;
    }
    // Both outcomes were seen, so the kills did land on both sides of the write.
    expect(sawOld).toBeGreaterThan(0);
    expect(sawNew).toBeGreaterThan(0);
  });
});
