import type { z } from 'zod';

/**
 * Turns a zod failure into one readable sentence, so a user at any boundary
 * (a sidecar, content/ on write, collections on load) never sees a raw dump.
 */
export function describeZodError(error: z.ZodError, what: string): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const path = issue.path.length ? issue.path.join('.') : '(root)';
    return `${path}: ${issue.message}`;
  });
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
  return `${what} is not valid: ${parts.join('; ')}${more}`;
}
