import type { VFile } from 'vfile';
import type { Finding } from '../../src/schema/index.ts';
import { say, type ArgsOf, type RuleId } from './messages.ts';

/**
 * Findings are vfile messages on the document's VFile: the outline plugins and the extract passes
 * report through it (`file.message`), with a place and a rule id whose text comes from the one
 * messages table. They are printed by one reporter and stored in the document as findings.
 */

/** Reports a finding of `rule` on a line of the document's file. */
export function report<R extends RuleId>(file: VFile, line: number, rule: R, ...args: ArgsOf<R>): void {
  file.message((say as (r: RuleId, ...a: unknown[]) => string)(rule, ...args), { line, column: 1 }, rule);
}

/** The document's findings, in line order, as stored in content/. */
export function findingsOf(file: VFile): Finding[] {
  return file.messages
    .map((m) => ({
      line: m.line ?? 1,
      rule: [m.source, m.ruleId].filter(Boolean).join(':') || 'extract',
      message: m.reason,
    }))
    .sort((a, b) => a.line - b.line);
}

/** The one way a finding is printed: `file:line: 警告 [rule] text`. */
export function formatFinding(file: string, f: Finding): string {
  return `${file}:${f.line}: 警告 [${f.rule}] ${f.message}`;
}
