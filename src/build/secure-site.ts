/**
 * The post-build step: inspects every page of a built site against what the site itself writes,
 * and only when nothing foreign is found writes the Content-Security-Policy into `_headers` and
 * into every page. Pages are streamed a few at a time, twice (inspect, then write), so memory and
 * open files stay flat however many pages there are.
 */
import { opendir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildPolicy, headersFile, injectMeta, type Policy } from './csp.ts';
import { eachLimited } from './each-limited.ts';
import { inspectPage, type PageReport } from './inspect-page.ts';
import type { Problem } from './problems.ts';
import type { TrustedInline } from './trusted-inline.ts';

/** Pages in flight at once: enough to overlap reading with parsing on two cores. */
const concurrency = 8;

export type SecureResult =
  | { ok: true; policy: Policy; pages: number; counts: { scripts: number; styles: number; styleAttributes: number } }
  | { ok: false; problems: Problem[]; pages: number };

async function htmlFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for await (const entry of await opendir(dir, { recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) files.push(path.join(entry.parentPath, entry.name));
  }
  return files.sort();
}

export async function secureSite(root: string, base: string, trusted: TrustedInline): Promise<SecureResult> {
  const files = await htmlFiles(root);
  const problems: Problem[] = [];
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const styleAttributes = new Set<string>();
  const metaAt = new Map<string, PageReport['metaAt']>();

  await eachLimited(files, concurrency, async (file) => {
    const report = inspectPage(await readFile(file, 'utf8'), path.relative(root, file), base, trusted);
    for (const p of report.problems) problems.push(p);
    for (const h of report.scripts) scripts.add(h);
    for (const h of report.styles) styles.add(h);
    for (const v of report.styleAttributes) styleAttributes.add(v);
    metaAt.set(file, report.metaAt);
  });
  if (problems.length) {
    problems.sort((a, b) => a.file.localeCompare(b.file));
    return { ok: false, problems, pages: files.length };
  }

  const policy = buildPolicy({ scripts, styles, styleAttributes });
  await writeFile(path.join(root, '_headers'), headersFile(policy, base));
  await eachLimited(files, concurrency, async (file) => {
    await writeFile(file, injectMeta(await readFile(file, 'utf8'), policy, metaAt.get(file)!));
  });
  return {
    ok: true,
    policy,
    pages: files.length,
    counts: { scripts: scripts.size, styles: styles.size, styleAttributes: styleAttributes.size },
  };
}
