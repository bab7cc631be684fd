import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A scratch policy-sources/ folder with the given files (string or bytes). */
export function scratchSources(files: Record<string, string | Uint8Array>): {
  dir: string;
  sources: string;
  content: string;
} {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-'));
  const sources = join(dir, 'policy-sources');
  mkdirSync(sources);
  for (const [name, body] of Object.entries(files)) writeFileSync(join(sources, name), body);
  return { dir, sources, content: join(dir, 'content') };
}

/** Runs `npm run extract` the way staff do, against a scratch folder. */
export function runExtract(where: { sources: string; content: string }, ...args: string[]) {
  const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/extract.ts', ...args], {
    env: { ...process.env, POLICY_SOURCES: where.sources, POLICY_CONTENT: where.content },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
