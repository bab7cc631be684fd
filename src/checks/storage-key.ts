/** Where a check keeps its answers in localStorage: one key per check (`indicators:<document>`). */
export function storageKey(checkId: string): string {
  return `policy-atlas:check:${checkId}`;
}
