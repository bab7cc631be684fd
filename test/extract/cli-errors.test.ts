import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExtract, scratchSources } from '../helpers/cli.ts';

const good = '江澜市节能方案\n一、重点任务\n1. 推进节能改造。（市发改委牵头，市住建局配合）\n';
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+\(.*:\d+:\d+\)/);

describe('npm run extract on bad input', () => {
  it('refuses an empty file with file:1 and writes nothing', () => {
    const w = scratchSources({ 'empty.txt': '', 'ok.txt': good });
    const r = runExtract(w);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('policy-sources/empty.txt:1: 文件是空的');
    expect(existsSync(w.content)).toBe(false);
    noStack(r.stderr);
  });

  it('refuses a file of white space', () => {
    const r = runExtract(scratchSources({ 'blank.txt': ' \n\t\n　\n' }));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/blank\.txt:1: 文件只有空白字符/);
  });

  it('refuses a binary file, naming the line', () => {
    const r = runExtract(
      scratchSources({ 'image.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]) }),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/image\.txt:3: 是二进制数据/);
    noStack(r.stderr);
  });

  it('publishes a text with no numbered structure, with a warning naming the file', () => {
    const w = scratchSources({ 'notice.txt': '关于做好节能宣传周工作的通知\n各单位：请认真组织开展节能宣传活动。\n' });
    const r = runExtract(w);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/notice\.txt:1: 警告 \[outline:no-structure\]/);
    expect(JSON.parse(readFileSync(join(w.content, 'documents/notice.json'), 'utf8')).clauses).toHaveLength(2);
  });

  it('reads a responsibility note whose parenthesis never closes, with a warning on its line', () => {
    const w = scratchSources({
      'open.txt': '江澜市方案\n一、任务\n1. 推进改造。（市发改委牵头，市住建局配合\n2. 完善机制。（市财政局牵头）\n',
    });
    const r = runExtract(w);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/open\.txt:3: 警告 \[tasks:unclosed-parenthesis\]/);
    const tasks = JSON.parse(readFileSync(join(w.content, 'tasks.json'), 'utf8'));
    expect(tasks.map((t: { leads: string[]; partners: string[] }) => [t.leads.length, t.partners.length])).toEqual([
      [1, 1],
      [1, 0],
    ]);
  });

  it('keeps both tasks of a duplicated number and warns on the second', () => {
    const w = scratchSources({ 'dup.txt': '江澜市方案\n一、任务\n1. 甲。（市发改委牵头）\n1. 乙。（市财政局牵头）\n' });
    const r = runExtract(w);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/dup\.txt:4: 警告 \[outline:duplicate-number\]/);
    expect(JSON.parse(readFileSync(join(w.content, 'tasks.json'), 'utf8'))).toHaveLength(2);
  });

  it('names the sidecar line of a wrong field', () => {
    const r = runExtract(scratchSources({ 'a.txt': good, 'a.meta.yaml': 'region: 江澜市\nissued: 2023/7/6\n' }));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/a\.meta\.yaml:2: 旁注文件有误：issued：应为 YYYY-MM-DD 格式的日期/);
    noStack(r.stderr);
  });

  it('names an unknown sidecar field and lists the allowed ones', () => {
    const r = runExtract(scratchSources({ 'a.txt': good, 'a.meta.yaml': 'regoin: 江澜市\n' }));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/a\.meta\.yaml:1: .*可用字段：title、issuer/);
  });

  it('refuses an upper-case extension, which would collide with the lower-case file of the same name', () => {
    const r = runExtract(scratchSources({ 'plan.txt': good, 'plan.TXT': good }));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/plan\.TXT:1: 扩展名须为小写 \.txt/);
  });

  it('refuses a file name that is not a slug', () => {
    const r = runExtract(scratchSources({ '节能方案.txt': good }));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/节能方案\.txt:1: 文件名须为 slug/);
  });

  it('applies a sidecar, and --check fails once content/ is stale', () => {
    const w = scratchSources({ 'a.txt': good, 'a.meta.yaml': 'issued: 2024-05-01\nsource: https://example.org/a\n' });
    expect(runExtract(w).code).toBe(0);
    const doc = JSON.parse(readFileSync(join(w.content, 'documents/a.json'), 'utf8'));
    expect([doc.issued, doc.sourceUrl]).toEqual(['2024-05-01', 'https://example.org/a']);
    expect(runExtract(w, '--check').code).toBe(0);
    writeFileSync(join(w.sources, 'a.txt'), good.replace('市住建局', '市水务局'));
    const stale = runExtract(w, '--check');
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/content\/ 与原文不一致：.*documents\/a\.json/);
  });
});
