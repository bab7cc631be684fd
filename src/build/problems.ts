/**
 * What the post-build step refuses, and how it says so: in Chinese, one line per finding in the
 * `file: what` form of the extractor's messages, never a stack trace.
 */
import path from 'node:path';
import { shortLine } from '../components/lib/plain-text.ts';

export type ProblemRule =
  | 'inline-script'
  | 'script-source'
  | 'event-handler'
  | 'script-url'
  | 'http-equiv'
  | 'element'
  | 'inline-style'
  | 'style-attribute';

export interface Problem {
  /** The page, relative to the output folder. */
  file: string;
  rule: ProblemRule;
  /** What was found, as written in the page. */
  detail: string;
}

const describe: Record<ProblemRule, string> = {
  'inline-script': '未知的内联脚本（不是 Starlight、Astro 或本站写的）',
  'script-source': '脚本不是本站构建生成的文件',
  'event-handler': '事件处理属性（on…）',
  'script-url': 'javascript: 链接',
  'http-equiv': '会让页面跳转或改写设置的 <meta http-equiv>',
  element: '本站不使用的可嵌入或跳转的元素',
  'inline-style': '未知的内联样式',
  'style-attribute': '未知的 style 属性',
};

/** Found text goes to a terminal: one short line, no control characters (no escape sequences). */
function quoted(detail: string): string {
  return shortLine(detail, 80);
}

/** The error a failed build prints; pages are named from the working folder (`dist/…`). */
export function formatProblems(problems: readonly Problem[], root: string, shown = 20): string {
  const where = (file: string) => path.join(path.relative(process.cwd(), root), file);
  const lines = problems.slice(0, shown).map((p) => `${where(p.file)}: ${describe[p.rule]}：${quoted(p.detail)}`);
  if (problems.length > shown) lines.push(`……另有 ${problems.length - shown} 处`);
  return [
    `构建已停止：${new Set(problems.map((p) => p.file)).size} 个页面含有本站没有写过的脚本或跳转，内容安全策略不会放行它们。`,
    ...lines,
    '这通常说明政策原文中的文字被当作代码写进了页面：请找出写出这段文字的组件，改为按文本输出（不要用 set:html）。',
  ].join('\n');
}
