import { VFileMessage } from 'vfile-message';

/**
 * The extractor's one error type: a fatal diagnostic (vfile-message) that names its file and line.
 * Anything the extractor cannot understand is reported as `file:line: what was expected`; the CLI
 * prints the message, never a stack.
 */
export class ExtractError extends Error {
  readonly diagnostic: VFileMessage;
  readonly file: string;
  readonly line: number;
  readonly reason: string;
  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.file = file;
    this.line = line;
    this.reason = reason;
    this.name = 'ExtractError';
    this.diagnostic = new VFileMessage(reason, { place: { line, column: 1 }, source: 'policy-atlas', ruleId: 'fatal' });
    this.diagnostic.file = file;
    this.diagnostic.fatal = true;
  }
}

/** A non-fatal finding, printed in the per-file summary (its shape is the schema's). */
export type { Finding } from '../../src/schema/index.ts';
