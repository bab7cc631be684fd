/**
 * What `npm run extract` does with inputs that are not plain policy texts: links, folders, pipes,
 * sockets, odd names, sidecar mix-ups, markup inside names, invisible characters and impossible
 * dates. Each gets a `file:line` message (or a warning) and never an internal error or a hang.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExtract, scratchSources } from '../helpers/cli.ts';
import { extractText } from '../helpers/run.ts';

const good = '江澜市节能方案\n一、重点任务\n1. 推进节能改造。（市发改委牵头，市住建局配合）\n';
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+\(.*:\d+:\d+\)/);

describe('inputs that are not plain files', () => {
  it.each([
    ['a file outside the folder', '/etc/passwd'],
    ['the repository config', resolve('.git/config')],
    ['nothing (a dangling link)', '/nonexistent/policy.txt'],
  ])('refuses a symlink to %s and reads nothing from it', (_what, target) => {
    const w = scratchSources({ 'ok.txt': good });
    symlinkSync(target, join(w.sources, 'linked.txt'));
    const r = runExtract(w);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/linked\.txt:1: 是符号链接/);
    expect(existsSync(w.content)).toBe(false);
    noStack(r.stderr);
  });

  it('refuses a symlinked sidecar', () => {
    const w = scratchSources({ 'ok.txt': good });
    symlinkSync('/etc/hostname', join(w.sources, 'ok.meta.yaml'));
    const r = runExtract(w);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ok\.meta\.yaml:1: 是符号链接/);
  });

  it('refuses a folder named like a source', () => {
    const w = scratchSources({ 'ok.txt': good });
    mkdirSync(join(w.sources, 'folder.txt'));
    const r = runExtract(w);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/folder\.txt:1: 不是普通文件（是文件夹）/);
  });

  it('refuses a named pipe without waiting on it', () => {
    const w = scratchSources({ 'ok.txt': good });
    execFileSync('mkfifo', [join(w.sources, 'pipe.txt')]);
    const r = runExtract(w);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/pipe\.txt:1: 不是普通文件（是命名管道）/);
  });

  it('refuses a socket', async () => {
    const w = scratchSources({ 'ok.txt': good });
    const server = createServer();
    await new Promise<void>((done) => server.listen(join(w.sources, 'sock.txt'), done));
    try {
      const r = runExtract(w);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/sock\.txt:1: 不是普通文件（是套接字）/);
    } finally {
      server.close();
    }
  });

  it('refuses a name over 100 characters', () => {
    const w = scratchSources({ [`${'a'.repeat(120)}.txt`]: good });
    const r = runExtract(w);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/文件名过长（124 个字符，最多 100 个）/);
  });

  it('refuses .meta.yml beside .meta.yaml for one source', () => {
    const r = runExtract(
      scratchSources({ 'a.txt': good, 'a.meta.yaml': 'region: 江澜市\n', 'a.meta.yml': 'region: 临川市\n' }),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/a\.meta\.yml:1: 与 a\.meta\.yaml 是同一原文的两个旁注文件/);
  });

  it('refuses a sidecar without a source', () => {
    const r = runExtract(scratchSources({ 'a.txt': good, 'b.meta.yaml': 'region: 江澜市\n' }));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/b\.meta\.yaml:1: 旁注文件没有对应的原文（应有 b\.txt /);
  });

  it('skips other files with a warning and extracts the rest', () => {
    const w = scratchSources({ 'a.txt': good, 'notes.docx.bak': 'x' });
    const r = runExtract(w);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/notes\.docx\.bak:1: 已跳过/);
  });

  it('treats an unknown flag as an error and writes nothing', () => {
    const w = scratchSources({ 'a.txt': good });
    const r = runExtract(w, '--chekc');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/不认识的参数 --chekc（可用：--check --quiet --verbose --no-cache）/);
    expect(existsSync(w.content)).toBe(false);
  });
});

describe('names that are not names', () => {
  it('reads a department name with markup as unread text, warning on its line', () => {
    const text = '江澜市方案\n一、任务\n1. 推进改造。（市</title><script>alert(1)</script>局牵头，市住建局配合）\n';
    const result = extractText(text, 'x');
    const all = result.tasks.flatMap((t) => [...t.leads, ...t.partners, ...t.responsible, ...t.generic]);
    expect(all.some((n) => /[<>]/.test(n))).toBe(false);
    expect(all).toContain('市住建局');
    expect(result.document.findings).toContainEqual(expect.objectContaining({ line: 3, rule: 'names:markup' }));
  });

  it('cuts zero-width and bidi-override characters before matching, reporting them as removed', () => {
    const text = '江澜市方案\n一、任务\n1. 推进改造。（市发\u200b改委牵头，市住\u202e建局配合）\n';
    const result = extractText(text, 'x');
    expect(result.tasks[0]!.leads).toEqual(['市发改委']);
    expect(result.tasks[0]!.partners).toEqual(['市住建局']);
    expect(result.document.removed).toContainEqual({
      rule: 'invisible',
      line: 3,
      endLine: 3,
      chars: 2,
      text: '\u200b\u202e',
    });
    const { source, kept, removed } = result.document.accounting;
    expect(source).toBe(kept + removed);
    // Quotes stay exact source substrings, the cut characters included.
    expect(text).toContain(result.tasks[0]!.quote);
  });

  it('gives no region to an issuer line with markup', () => {
    const result = extractText('江"><img src=x>市人民政府\n关于印发节能方案的通知\n一、任务\n1. 推进改造。\n', 'x');
    expect(result.document.region ?? '').not.toMatch(/[<>"]/);
  });
});

describe('dates that do not exist', () => {
  it.each([
    ['issued: 2024-13-45\n', /issued：日历上没有这一天/],
    ['issued: 2024-02-30\n', /issued：日历上没有这一天/],
    ['period: { start: 2030, end: 2025 }\n', /period：规划期的起始年晚于结束年/],
  ])('refuses the sidecar field %j', (sidecar, message) => {
    const r = runExtract(scratchSources({ 'a.txt': good, 'a.meta.yaml': sidecar }));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    noStack(r.stderr);
  });

  it('never produces a date that does not exist or a period that ends before it starts', () => {
    const text =
      '江澜市方案\n一、任务\n1. 于2024年2月30日前完成申报；2025年13月底前完成改造；2025年12月1日至2024年1月1日开展试点。\n';
    const result = extractText(text, 'x');
    const dates = result.milestones.flatMap((m) => [m.start, m.end]).filter((d): d is string => !!d && d.length === 10);
    expect(dates).not.toContain('2024-02-30');
    expect(dates.some((d) => d.startsWith('2025-13') || d.startsWith('2026-01'))).toBe(false);
    for (const m of result.milestones) if (m.start && m.end) expect(m.start <= m.end).toBe(true);
  });
});

describe('content/ is replaced whole', () => {
  it('leaves the previous content/ when extraction fails half-way through the sources', () => {
    const w = scratchSources({ 'a.txt': good });
    expect(runExtract(w).code).toBe(0);
    const before = readFileSync(join(w.content, 'tasks.json'), 'utf8');
    writeFileSync(join(w.sources, 'b.txt'), '');
    expect(runExtract(w).code).toBe(1);
    expect(readFileSync(join(w.content, 'tasks.json'), 'utf8')).toBe(before);
  });
});
