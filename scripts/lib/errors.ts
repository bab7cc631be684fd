/**
 * The extractor's one error type. Anything it cannot understand is reported as
 * `file:line: what was expected`; the CLI prints the message, never a stack.
 */
export class ExtractError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'ExtractError';
  }
}

/** A non-fatal finding, printed in the per-file summary (its shape is the schema's). */
export type { Finding } from '../../src/schema/index.ts';
