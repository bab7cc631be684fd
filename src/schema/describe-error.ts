import { z } from 'zod';

// Zod's own messages in Chinese, like every message a user reads (extractor, site build).
z.config(z.locales.zhCN());

/**
 * Turns a zod failure into one readable sentence, so a user at any boundary
 * (a sidecar, content/ on write, collections on load) never sees a raw dump.
 */
export function describeZodError(error: z.ZodError, what: string): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const path = issue.path.length ? issue.path.join('.') : '（整体）';
    return `${path}：${issue.message}`;
  });
  const more = error.issues.length > 3 ? `（另有 ${error.issues.length - 3} 处）` : '';
  return `${what}有误：${parts.join('；')}${more}`;
}
